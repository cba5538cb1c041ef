/** The article to cite for a highlight: its stored article, or one made from its page when none is stored. */
import { pageArticle } from '../src/core/export/export-bundle';
import type { ArticleRecord, Highlight } from '../src/core/model';

/** The highlight's stored article, or a stand-in from its own page URL and title. */
export function articleForHighlight(highlight: Highlight, articles: ReadonlyMap<string, ArticleRecord>): ArticleRecord {
  const stored = highlight.articleId ? articles.get(highlight.articleId) : undefined;
  return stored ?? pageArticle(highlight);
}

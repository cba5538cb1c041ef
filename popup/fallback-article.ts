/** The article to cite for a highlight: its stored article, or one made from its page when none is stored. */
import type { ArticleRecord, Highlight } from '../src/core/model';

/** A stand-in article from the highlight's own page URL and title (cited like an untitled web page). */
export function articleForHighlight(highlight: Highlight, articles: ReadonlyMap<string, ArticleRecord>): ArticleRecord {
  const stored = highlight.articleId ? articles.get(highlight.articleId) : undefined;
  return (
    stored ?? {
      id: highlight.pageUrl,
      url: highlight.pageUrl,
      title: highlight.pageTitle,
      authors: [],
      bodyText: '',
      sentences: [],
      sources: {},
      createdAt: highlight.createdAt,
      updatedAt: highlight.updatedAt,
    }
  );
}

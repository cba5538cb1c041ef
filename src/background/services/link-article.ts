/**
 * Finds which article of a page a highlight belongs to and which sentences it covers. A page
 * such as the seed e-paper holds several articles; the quote is looked up in each article's
 * normalised body, so the answer does not depend on where the page put its headlines. A quote
 * no body holds is placed by the cover rule (cover-highlight.ts).
 */
import type { ArticleRecord, Span } from '../../core/model';
import { normalizeText } from '../../core/text/normalize';

export interface ArticleLink {
  articleId: string;
  sentenceRange?: [number, number];
}

/** Index of the sentence containing a character offset (sentences sorted by start). */
function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function linkToArticle(articles: ArticleRecord[], exact: string): ArticleLink | undefined {
  if (articles.length === 0) return undefined;
  const quote = normalizeText(exact).text.trim();
  for (const article of articles) {
    const at = quote ? article.bodyText.indexOf(quote) : -1;
    if (at < 0) continue;
    if (article.sentences.length === 0) return { articleId: article.id };
    return {
      articleId: article.id,
      sentenceRange: [sentenceAt(article.sentences, at), sentenceAt(article.sentences, at + quote.length - 1)],
    };
  }
  // A quote from an item's headline belongs to that item (its heading is part of the record).
  const headed = quote ? articles.filter((a) => [a.kicker, a.title, a.subtitle].some((h) => h && normalizeText(h).text.includes(quote))) : [];
  return headed.length === 1 ? { articleId: headed[0].id } : undefined;
}

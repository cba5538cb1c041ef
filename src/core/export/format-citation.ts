/** One entry point for every citation style, and the "copy one highlight with its citation" text. */
import type { ArticleRecord, Highlight } from '../model';
import { formatApa } from './citation-apa';
import { formatChicago } from './citation-chicago';
import { formatGbt7714 } from './citation-gbt7714';
import { markupWriter, type CitationMarkup } from './citation-markup';
import { formatMla } from './citation-mla';
import { safeHttpUrl } from './escape-html';

/** The citation styles, as stored in Settings.citationStyle. */
export const CITATION_STYLES = ['gbt7714-2015', 'gbt7714-2025', 'apa', 'mla', 'chicago'] as const;

/** A citation style id. */
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Options for one citation. */
export interface CitationOptions {
  /** Cite the online form (URL, and the access date where the style wants it). Default: when the article has an http(s) URL. */
  online?: boolean;
  /** Default 'plain'. */
  markup?: CitationMarkup;
}

/** Whether a string names a citation style (Settings may hold anything). */
export function isCitationStyle(value: string): value is CitationStyle {
  return (CITATION_STYLES as readonly string[]).includes(value);
}

/** The reference for one article in one style. `accessedAt` is used by the styles that print an access date. */
export function formatCitation(
  article: ArticleRecord,
  style: CitationStyle,
  accessedAt: Date,
  options: CitationOptions = {},
): string {
  const w = markupWriter(options.markup ?? 'plain');
  const httpUrl = safeHttpUrl(article.url);
  const url = (options.online ?? true) ? httpUrl : undefined;
  switch (style) {
    case 'gbt7714-2015':
      return formatGbt7714(article, '2015', accessedAt, url, w);
    case 'gbt7714-2025':
      return formatGbt7714(article, '2025', accessedAt, url, w);
    case 'apa':
      return formatApa(article, url, w);
    case 'mla':
      return formatMla(article, accessedAt, url, w);
    case 'chicago':
      return formatChicago(article, url, w);
  }
}

/**
 * The clipboard text for one highlight: the quote, the reader's note if any, then the
 * citation. The access date is when the highlight was made, which is when the reader read
 * the page.
 */
export function copyWithCitation(
  highlight: Highlight,
  article: ArticleRecord,
  style: CitationStyle,
  accessedAt: Date = new Date(highlight.createdAt),
): string {
  const parts = [`“${highlight.exact.trim()}”`];
  if (highlight.note.trim()) parts.push(highlight.note.trim());
  parts.push(formatCitation(article, style, accessedAt));
  return parts.join('\n\n');
}

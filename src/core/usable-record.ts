/**
 * Whether a record read from the database can be shown. Import and messages validate every
 * record now, but a database written by an earlier Jianbao (or edited by hand) may hold one
 * that breaks a view: a timestamp outside the Date range makes Intl throw and the whole list
 * render blank. Read paths keep the records that pass and count the rest, so a view shows
 * every good record and says how many it skipped. This is the cheap shape check a view
 * needs on every row, not the full import schema.
 */
import type { ArticleRecord, Highlight } from './model';
import { isModelTimestamp, MAX_TEXT_OFFSET } from './model-bounds';

const isString = (value: unknown): value is string => typeof value === 'string';

export function isUsableHighlight(value: unknown): value is Highlight {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Record<string, unknown>;
  return (
    isString(h.id) &&
    isString(h.pageUrl) &&
    isString(h.pageTitle) &&
    isString(h.exact) &&
    isString(h.color) &&
    isString(h.note) &&
    Array.isArray(h.tags) &&
    h.tags.every(isString) &&
    Array.isArray(h.selectors) &&
    isModelTimestamp(h.createdAt) &&
    isModelTimestamp(h.updatedAt) &&
    (h.sentenceRange === undefined || isSpan(h.sentenceRange))
  );
}

/** `[first, last]`: exactly two ordered integers ≥ 0 (the model's sentence range and span). */
function isSpan(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every(isOffset) &&
    value[0] <= value[1]
  );
}

const isOffset = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_TEXT_OFFSET;

/** A sentence span `{start, end}` of offsets into the body, in order. */
function isTextSpan(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return isOffset(start) && isOffset(end) && (start as number) <= (end as number);
}

const isOptionalString = (value: unknown): boolean => value === undefined || isString(value);

/**
 * Whether an article record can be shown (the heading of a group, a citation, an export). A
 * damaged one is left out: its highlights fall back to the heading their own record gives
 * (popup/fallback-article.ts), and the view counts it among the skipped.
 */
export function isUsableArticle(value: unknown): value is ArticleRecord {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    isString(a.id) &&
    isString(a.url) &&
    isString(a.title) &&
    isString(a.bodyText) &&
    Array.isArray(a.authors) &&
    a.authors.every((p) => typeof p === 'object' && p !== null && isString((p as { name?: unknown }).name)) &&
    Array.isArray(a.sentences) &&
    a.sentences.every(isTextSpan) &&
    ['kicker', 'subtitle', 'publication', 'date', 'page', 'section', 'language'].every((field) => isOptionalString(a[field])) &&
    isModelTimestamp(a.createdAt) &&
    isModelTimestamp(a.updatedAt) &&
    (a.readerFields === undefined ||
      (typeof a.readerFields === 'object' && a.readerFields !== null && Object.values(a.readerFields).every(isModelTimestamp)))
  );
}

/** The usable articles of a list, in order, and how many were left out. */
export function usableArticles(records: readonly unknown[]): { articles: ArticleRecord[]; skipped: number } {
  const articles = records.filter(isUsableArticle);
  return { articles, skipped: records.length - articles.length };
}

/** The usable highlights of a list, in order, and how many were left out. */
export function usableHighlights(records: readonly unknown[]): { highlights: Highlight[]; skipped: number } {
  const highlights = records.filter(isUsableHighlight);
  return { highlights, skipped: records.length - highlights.length };
}

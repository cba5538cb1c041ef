/**
 * Whether a record read from the database can be shown. Import and messages validate every
 * record now, but a database written by an earlier Jianbao (or edited by hand) may hold one
 * that breaks a view: a timestamp outside the Date range makes Intl throw and the whole list
 * render blank. Read paths keep the records that pass and count the rest, so a view shows
 * every good record and says how many it skipped. This is the cheap shape check a view
 * needs on every row, not the full import schema.
 */
import type { Highlight } from './model';
import { isModelTimestamp } from './model-bounds';

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
    (h.sentenceRange === undefined ||
      (Array.isArray(h.sentenceRange) && h.sentenceRange.length === 2 && h.sentenceRange.every(Number.isInteger)))
  );
}

/** The usable highlights of a list, in order, and how many were left out. */
export function usableHighlights(records: readonly unknown[]): { highlights: Highlight[]; skipped: number } {
  const highlights = records.filter(isUsableHighlight);
  return { highlights, skipped: records.length - highlights.length };
}

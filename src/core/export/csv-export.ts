/**
 * CSV: Readwise's import columns (Highlight,Title,Author,URL,Note,Location,Date; tags as
 * ".tag" inside Note), and a full CSV with every field. Both RFC 4180, UTF-8 with BOM,
 * formulas neutralised (see csv-cell.ts).
 */
import type { Highlight } from '../model';
import { toCsv } from './csv-cell';
import { groupHighlights, positionOf, type ExportBundle } from './export-bundle';
import { isoTimestamp } from './format-date';

/** Readwise reads ".tag" tokens in the note; a tag cannot hold spaces, so they become "_". */
function readwiseNote(highlight: Highlight): string {
  const tags = highlight.tags.map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean).map((t) => `.${t}`);
  return [tags.join(' '), highlight.note.trim()].filter(Boolean).join(' ');
}

/** The Readwise CSV. Location is the highlight's character offset in its article, which keeps reading order. */
export function buildReadwiseCsv(bundle: ExportBundle): string {
  const rows = groupHighlights(bundle).flatMap(({ article, highlights }) =>
    highlights.map((h) => {
      const position = positionOf(h);
      return [
        h.exact,
        article.title,
        article.authors.map((p) => p.name.trim()).filter(Boolean).join(', '),
        article.url,
        readwiseNote(h),
        Number.isFinite(position) ? position : undefined,
        isoTimestamp(h.createdAt),
      ];
    }),
  );
  return toCsv(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'], rows);
}

/** Columns of the full CSV; lists and selectors are JSON so nothing is lost or ambiguous. */
export const FULL_CSV_COLUMNS = [
  'id', 'articleId', 'pageUrl', 'pageTitle', 'articleTitle', 'kicker', 'subtitle', 'authors',
  'newspaper', 'date', 'page', 'section', 'language', 'exact', 'prefix', 'suffix', 'positionStart',
  'positionEnd', 'selectors', 'color', 'note', 'tags', 'status', 'sentenceRange', 'createdAt', 'updatedAt',
] as const;

/** The full CSV: one row per highlight with its article's fields. */
export function buildFullCsv(bundle: ExportBundle): string {
  const rows = groupHighlights(bundle).flatMap(({ article, isStored, highlights }) =>
    highlights.map((h) => {
      const quote = h.selectors.find((s) => s.type === 'TextQuoteSelector');
      const position = h.selectors.find((s) => s.type === 'TextPositionSelector');
      return [
        h.id, h.articleId, h.pageUrl, h.pageTitle,
        isStored ? article.title : undefined, article.kicker, article.subtitle,
        isStored ? JSON.stringify(article.authors) : undefined,
        article.publication, article.date, article.page, article.section, article.language,
        h.exact, quote?.prefix, quote?.suffix, position?.start, position?.end,
        JSON.stringify(h.selectors), h.color, h.note, JSON.stringify(h.tags), h.status,
        h.sentenceRange ? JSON.stringify(h.sentenceRange) : undefined,
        isoTimestamp(h.createdAt), isoTimestamp(h.updatedAt),
      ];
    }),
  );
  return toCsv(FULL_CSV_COLUMNS, rows);
}

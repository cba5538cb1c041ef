/**
 * CSV: Readwise's import columns (Highlight,Title,Author,URL,Note,Location,Date; tags as
 * ".tag" inside Note), and a full CSV with every field. Both RFC 4180, UTF-8 with BOM,
 * formulas neutralised (see csv-cell.ts).
 */
import type { Highlight } from '../model';
import { csvPieces } from './csv-cell';
import { groupHighlights, positionOf, type ExportBundle } from './export-bundle';
import { isoTimestamp } from './format-date';
import { joinPieces } from './pieces';

/** Readwise reads ".tag" tokens in the note; a tag cannot hold spaces, so they become "_". */
function readwiseNote(highlight: Highlight): string {
  const tags = highlight.tags.map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean).map((t) => `.${t}`);
  return [tags.join(' '), highlight.note.trim()].filter(Boolean).join(' ');
}

const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];

/** The Readwise CSV, a row at a time. Location is the highlight's character offset in its article, which keeps reading order. */
export function* readwiseCsvPieces(bundle: ExportBundle): Generator<string> {
  yield* csvPieces(READWISE_COLUMNS, readwiseRows(bundle));
}

/** The Readwise CSV as one string. */
export const buildReadwiseCsv = (bundle: ExportBundle): string => joinPieces(readwiseCsvPieces(bundle));

function* readwiseRows(bundle: ExportBundle) {
  for (const { article, highlights } of groupHighlights(bundle)) {
    for (const h of highlights) {
      const position = positionOf(h);
      yield [
        h.exact,
        article.title,
        article.authors.map((p) => p.name.trim()).filter(Boolean).join(', '),
        article.url,
        readwiseNote(h),
        Number.isFinite(position) ? position : undefined,
        isoTimestamp(h.createdAt),
      ];
    }
  }
}

/** Columns of the full CSV; lists and selectors are JSON so nothing is lost or ambiguous. */
export const FULL_CSV_COLUMNS = [
  'id', 'articleId', 'pageUrl', 'pageTitle', 'articleTitle', 'kicker', 'subtitle', 'authors',
  'newspaper', 'date', 'page', 'section', 'language', 'exact', 'prefix', 'suffix', 'positionStart',
  'positionEnd', 'selectors', 'color', 'note', 'tags', 'status', 'sentenceRange', 'createdAt', 'updatedAt',
] as const;

/** The full CSV, a row at a time: one row per highlight with its article's fields. */
export function* fullCsvPieces(bundle: ExportBundle): Generator<string> {
  yield* csvPieces(FULL_CSV_COLUMNS, fullRows(bundle));
}

/** The full CSV as one string. */
export const buildFullCsv = (bundle: ExportBundle): string => joinPieces(fullCsvPieces(bundle));

function* fullRows(bundle: ExportBundle) {
  for (const { article, isStored, highlights } of groupHighlights(bundle)) {
    for (const h of highlights) {
      const quote = h.selectors.find((s) => s.type === 'TextQuoteSelector');
      const position = h.selectors.find((s) => s.type === 'TextPositionSelector');
      yield [
        h.id, h.articleId, h.pageUrl, h.pageTitle,
        isStored ? article.title : undefined, article.kicker, article.subtitle,
        isStored ? JSON.stringify(article.authors) : undefined,
        article.publication, article.date, article.page, article.section, article.language,
        h.exact, quote?.prefix, quote?.suffix, position?.start, position?.end,
        JSON.stringify(h.selectors), h.color, h.note, JSON.stringify(h.tags), h.status,
        h.sentenceRange ? JSON.stringify(h.sentenceRange) : undefined,
        isoTimestamp(h.createdAt), isoTimestamp(h.updatedAt),
      ];
    }
  }
}

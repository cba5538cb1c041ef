/**
 * CSV: Readwise's import columns (Highlight,Title,Author,URL,Note,Location,Date; tags as
 * ".tag" inside Note), and a full CSV with every field. Both RFC 4180, UTF-8 with BOM,
 * formulas neutralised (see csv-cell.ts).
 */
import type { Highlight } from '../model';
import { csvPieces } from './csv-cell';
import { groupHighlights, positionOf, type ExportBundle } from './export-bundle';
import { safeHttpUrl } from './escape-html';
import { isoTimestamp } from './format-date';
import { joinPieces } from './pieces';

/** Readwise refuses a highlight or note longer than this (its import limit). */
export const READWISE_MAX_CHARS = 8191;

/** A long highlight in parts Readwise takes, cut after a sentence end or space where one is near. */
export function readwiseParts(text: string, max = READWISE_MAX_CHARS): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(...['。', '！', '？', '. ', '! ', '? ', '\n', ' '].map((end) => window.lastIndexOf(end) + end.length));
    // A break in the last quarter of the window; else a hard cut (not inside a surrogate pair).
    let at = cut > max * 0.75 ? cut : max;
    if (/[\ud800-\udbff]/.test(rest[at - 1])) at -= 1;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts;
}

/** A note cut to Readwise's limit, an ellipsis marking the cut. */
function readwiseLimit(text: string): string {
  return text.length <= READWISE_MAX_CHARS ? text : `${Array.from(text.slice(0, READWISE_MAX_CHARS - 1)).join('')}…`;
}

/** Readwise reads ".tag" tokens in the note; a tag cannot hold spaces, so they become "_". */
function readwiseNote(highlight: Highlight): string {
  const tags = highlight.tags.map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean).map((t) => `.${t}`);
  return [tags.join(' '), highlight.note.trim()].filter(Boolean).join(' ');
}

const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];

/**
 * The Readwise CSV, a row at a time. Location is the highlight's character offset in its
 * article, which keeps reading order. A highlight over Readwise's 8,191 characters becomes
 * consecutive rows (each part's Location its own offset), the note on the first, cut to the
 * limit; only an http(s) address goes into URL.
 */
export function* readwiseCsvPieces(bundle: ExportBundle): Generator<string> {
  yield* csvPieces(READWISE_COLUMNS, readwiseRows(bundle));
}

/** The Readwise CSV as one string. */
export const buildReadwiseCsv = (bundle: ExportBundle): string => joinPieces(readwiseCsvPieces(bundle));

function* readwiseRows(bundle: ExportBundle) {
  for (const { article, highlights } of groupHighlights(bundle)) {
    for (const h of highlights) {
      const position = positionOf(h);
      let offset = 0;
      for (const [i, part] of readwiseParts(h.exact).entries()) {
        yield [
          part,
          article.title,
          article.authors.map((p) => p.name.trim()).filter(Boolean).join(', '),
          safeHttpUrl(article.url) ? article.url : '',
          i === 0 ? readwiseLimit(readwiseNote(h)) : '',
          Number.isFinite(position) ? position + offset : undefined,
          isoTimestamp(h.createdAt),
        ];
        offset += part.length;
      }
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
        // Page key and article id only as http(s) addresses (a file: or javascript: one is left out; the backup keeps it).
        h.id, h.articleId && safeHttpUrl(h.articleId) ? h.articleId : '', safeHttpUrl(h.pageUrl) ? h.pageUrl : '', h.pageTitle,
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

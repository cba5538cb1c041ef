/**
 * The book as one self-contained HTML file: contents, then every clipping (one a page in print),
 * images inside as data: URLs. Its Content-Security-Policy allows no script, no remote load and
 * images from data: only, so even a text the escaping missed could not run or call home.
 */
import { encodeBase64 } from '../../text/base64';
import { formatIsoDay, localDay } from '../../export/format-date';
import type { ExportBundle } from '../../export/export-bundle';
import { articleMarkup, bookCss } from './article-markup';
import { buildBook, type BookOptions } from './book-model';
import { contentsList } from './contents-markup';
import { escapeXml } from './xml-text';

export const BOOK_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The HTML text of the book. */
export function buildBookHtml(bundle: ExportBundle, options: BookOptions = {}): string {
  const book = buildBook(bundle, options);
  const lang = book.labels.lang;
  const day = formatIsoDay(localDay(book.exportedAt));
  const articles = book.articles.map((a) =>
    articleMarkup(book, a, {
      headlineLevel: 2,
      idPrefix: `a${a.n}-`,
      imageSrc: (image) => `data:${image.type};base64,${encodeBase64(new Uint8Array(image.bytes))}`,
    }),
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8"/>',
    `<meta http-equiv="Content-Security-Policy" content="${BOOK_HTML_CSP}"/>`,
    '<meta name="viewport" content="width=device-width,initial-scale=1"/>',
    `<title>${escapeXml(`${book.title} ${day}`)}</title>`,
    `<style>\n${bookCss(book)}\n</style>`,
    '</head>',
    '<body>',
    '<section class="contents">',
    `<h1>${escapeXml(book.title)}</h1>`,
    `<p class="muted">${escapeXml(book.labels.exported)} ${day}</p>`,
    `<h2>${escapeXml(book.labels.contents)}</h2>`,
    contentsList(book, (a) => `#a${a.n}-article`),
    '</section>',
    ...articles,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

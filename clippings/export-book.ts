/**
 * The book page's exports: the clippings shown (the whole book, or what the search and filters
 * chose) as one HTML file, an EPUB or a zipped Markdown folder, built by the same core code as
 * the command line and saved as a download.
 */
import type { Clipping } from '../src/core/clippings/clipping';
import { bookCitations } from '../src/core/clippings/book-export/book-citations';
import { buildEpub } from '../src/core/clippings/book-export/book-epub';
import { buildBookHtml } from '../src/core/clippings/book-export/book-html';
import { buildBookMarkdown } from '../src/core/clippings/book-export/book-markdown';
import { formatIsoDay, localDay } from '../src/core/export/format-date';
import type { Settings } from '../src/core/model';
import { openDb } from '../src/background/db/database';
import { clippingSetFor } from '../src/background/db/book-export-queries';
import { renderCitations } from '../popup/citations';
import { downloadBlob } from '../popup/download';

export type BookFormat = 'html' | 'epub' | 'markdown';

export const BOOK_FORMATS: readonly BookFormat[] = ['html', 'epub', 'markdown'];

/** Builds the export of `clippings` and returns its file name and bytes. */
export async function buildBookExport(format: BookFormat, clippings: readonly Clipping[], settings: Settings, language: string, now = new Date()): Promise<{ filename: string; blob: Blob }> {
  const { set, highlights } = await clippingSetFor(openDb(), clippings);
  const bundle = { articles: [], highlights, clippings: set, settings, exportedAt: now };
  const day = formatIsoDay(localDay(now));
  // A failed engine leaves the references out, not the export.
  const citations = await bookCitations(bundle, renderCitations, settings.citationStyle).catch((e: unknown) => {
    console.error('[jianbao:book] citations', e);
    return new Map<string, string>();
  });
  const options = { language, citations };
  if (format === 'html') return { filename: `jianbao-book-${day}.html`, blob: new Blob([buildBookHtml(bundle, options)], { type: 'text/html;charset=utf-8' }) };
  if (format === 'epub') return { filename: `jianbao-book-${day}.epub`, blob: new Blob([buildEpub(bundle, options) as Uint8Array<ArrayBuffer>], { type: 'application/epub+zip' }) };
  return { filename: `jianbao-book-${day}-markdown.zip`, blob: new Blob([buildBookMarkdown(bundle, options) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) };
}

export async function exportBook(format: BookFormat, clippings: readonly Clipping[], settings: Settings, language: string): Promise<void> {
  const { filename, blob } = await buildBookExport(format, clippings, settings, language);
  downloadBlob(filename, blob);
}

/**
 * The clipping book's exports on the command line: `book-html` (one self-contained HTML file,
 * to --out or standard output), `epub` and `book-markdown` (a zip of the Markdown folder), both
 * binary and so written to --out. The labels follow --locale (Chinese for zh-CN).
 */
import { writeFileSync } from 'node:fs';
import { bookCitations } from '../core/clippings/book-export/book-citations';
import type { BookOptions } from '../core/clippings/book-export/book-model';
import { buildEpub } from '../core/clippings/book-export/book-epub';
import { buildBookHtml } from '../core/clippings/book-export/book-html';
import { buildBookMarkdown } from '../core/clippings/book-export/book-markdown';
import type { ExportBundle } from '../core/export/export-bundle';
import { registerCliFormat, type CliExportOptions } from './export-registry';
import { nodeRenderCitations } from './node-citations';

function needsBook(bundle: ExportBundle): void {
  if (!bundle.clippings?.clippings.length) throw new Error('the backup holds no clippings (clip articles, then export a backup from the options page)');
}

/** Labels in --locale's language; each clipping cited in --style (default GB/T 7714-2015) by the engine. */
async function bookOptions(bundle: ExportBundle, options: CliExportOptions): Promise<BookOptions> {
  needsBook(bundle);
  const base = nodeRenderCitations(options.custom);
  const render: typeof base = (request) => base(options.locale ? { ...request, locale: options.locale } : request);
  return { language: options.locale, citations: await bookCitations(bundle, render, options.style) };
}

function writeOut(id: string, options: CliExportOptions, bytes: Uint8Array | string): string {
  if (!options.out) throw new Error(`${id} writes a file: give --out PATH`);
  writeFileSync(options.out, bytes);
  return '';
}

registerCliFormat({
  id: 'book-html',
  description: 'The clipping book as one self-contained HTML file (images inside), to --out or standard output',
  run: async (bundle, options) => {
    const html = buildBookHtml(bundle, await bookOptions(bundle, options));
    return options.out ? writeOut('book-html', options, html) : html;
  },
});

/** A binary book format: built in memory, written to --out. */
function registerFileFormat(id: string, description: string, build: (bundle: ExportBundle, options: BookOptions) => Uint8Array): void {
  registerCliFormat({
    id,
    description,
    run: async (bundle, options) => {
      needsBook(bundle);
      if (!options.out) throw new Error(`${id} writes a file: give --out PATH`);
      return writeOut(id, options, build(bundle, await bookOptions(bundle, options)));
    },
  });
}

registerFileFormat('epub', 'The clipping book as an EPUB 3 file (--out PATH)', buildEpub);
registerFileFormat('book-markdown', 'The clipping book as a zipped Markdown folder with its images, for Obsidian (--out PATH.zip)', buildBookMarkdown);

/**
 * Opens a PDF with pdfjs-dist in Node (its legacy build: the modern one needs built-ins Node 20
 * lacks) and hands each page's text items to the pure code in src/core/pdf. The character maps
 * and standard fonts come from the package itself, never from the network.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfTextItem } from '../core/pdf/text-items';

/** What the CLI needs of one PDF. */
export interface LoadedPdf {
  fingerprint: string;
  numPages: number;
  info: Record<string, unknown>;
  pages: { index: number; label?: string; width: number; height: number; items: PdfTextItem[] }[];
}

/** A PDF that cannot be read, with a code the JSON error carries. */
export class PdfReadError extends Error {
  constructor(
    readonly code: 'not-pdf' | 'encrypted' | 'damaged',
    message: string,
  ) {
    super(message);
  }
}

const packageDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Reads every page's text items. Throws PdfReadError for what is not a readable PDF. */
export async function loadPdf(bytes: Uint8Array): Promise<LoadedPdf> {
  // pdf.js finds a PDF header anywhere in the first kilobyte; a file without one is not a PDF.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new PdfReadError('not-pdf', 'not a PDF file (no %PDF- header)');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes,
    cMapUrl: `${path.join(packageDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(packageDir, 'standard_fonts')}/`,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfReadError('encrypted', 'the PDF is encrypted with a password');
    if (name === 'InvalidPDFException') throw new PdfReadError('not-pdf', `not a readable PDF (${(error as Error).message})`);
    throw new PdfReadError('damaged', `cannot read the PDF (${(error as Error).message})`);
  }
  try {
    const meta = await doc.getMetadata().catch(() => ({ info: {} }));
    const labels = await doc.getPageLabels().catch(() => null);
    const pages: LoadedPdf['pages'] = [];
    for (let index = 0; index < doc.numPages; index++) {
      const page = await doc.getPage(index + 1);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
      pages.push({ index, label: labels?.[index] ?? undefined, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return { fingerprint: doc.fingerprints[0] ?? '', numPages: doc.numPages, info: (meta.info ?? {}) as Record<string, unknown>, pages };
  } finally {
    await doc.destroy();
  }
}

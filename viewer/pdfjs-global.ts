/**
 * pdf.js for the reader page. Its viewer components (pdf_viewer.mjs) read the library from
 * `globalThis.pdfjsLib` when they are evaluated, so this module is imported before them.
 * Worker, character maps and standard fonts are files of the extension (copied by
 * scripts/build.mjs next to viewer.html): nothing is fetched from the network.
 */
import * as pdfjsLib from 'pdfjs-dist';

(globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
pdfjsLib.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', location.href).href;

/** Options for getDocument that keep every resource inside the extension. */
export const LOCAL_RESOURCES = {
  cMapUrl: new URL('cmaps/', location.href).href,
  cMapPacked: true,
  standardFontDataUrl: new URL('standard_fonts/', location.href).href,
  isEvalSupported: false,
  enableXfa: false,
} as const;

export { pdfjsLib };

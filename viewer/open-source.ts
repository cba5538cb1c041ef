/**
 * Where the reader's PDF comes from: `?file=<address>` (the popup and the context menu open the
 * page so), a file chosen with Open…, or a file dropped on the page. Only http(s) and file
 * addresses are fetched; anything else is refused with a sentence.
 */

/** A PDF to open: its bytes and the address or file name it came from (the issue readers use it). */
export interface PdfSource {
  bytes: Uint8Array;
  address: string;
  name: string;
}

/** Largest PDF the reader opens: a newspaper page with its images is rarely over 30 MB. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** The `file` parameter of the page address, if it is an address the reader may fetch. */
export function addressFromQuery(search: string): string | undefined {
  const raw = new URLSearchParams(search).get('file');
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches a PDF by address (the extension's host permissions cover http, https and file). */
export async function fetchPdf(address: string): Promise<PdfSource> {
  const response = await fetch(address, { credentials: 'include' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_PDF_BYTES) throw new Error(`${length} bytes`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bytes, address, name: fileNameOf(address) };
}

/** The last path segment of an address, decoded when it can be (a stray `%` is no reason to refuse the PDF). */
export function fileNameOf(address: string): string {
  const segment = new URL(address).pathname.split('/').pop() || address;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Reads a chosen or dropped file. */
export async function readPdfFile(file: File): Promise<PdfSource> {
  if (file.size > MAX_PDF_BYTES) throw new Error(`${file.size} bytes`);
  return { bytes: new Uint8Array(await file.arrayBuffer()), address: file.name, name: file.name };
}

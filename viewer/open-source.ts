/**
 * Where the reader's PDF comes from: `?file=<address>` (the popup and the context menu open the
 * page so), a file chosen with Open…, or a file dropped on the page. Only http(s) and file
 * addresses are fetched; anything else is refused with a sentence.
 */

import { readCappedBody } from '../src/core/net/read-capped-body';

/** A PDF to open: its bytes and the address or file name it came from (the issue readers use it). */
export interface PdfSource {
  bytes: Uint8Array;
  address: string;
  name: string;
  /** Fetched from `address` (so the reader can be reloaded on it), not a chosen or dropped file. */
  fetched: boolean;
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

/** A PDF over the reader's limit: said as a sentence, never read to the end. */
export class PdfTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
    this.name = 'PdfTooLargeError';
  }
}

/**
 * Fetches a PDF by address (the extension's host permissions cover http, https and file). The
 * limit holds whether or not the server says how long the body is (core/net/read-capped-body.ts).
 */
export async function fetchPdf(address: string, fetcher: typeof fetch = fetch, limit = MAX_PDF_BYTES): Promise<PdfSource> {
  const response = await fetcher(address, { credentials: 'include' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = await readCappedBody(response, limit);
  if (!bytes) throw new PdfTooLargeError(limit);
  return { bytes, address, name: fileNameOf(address), fetched: true };
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
export async function readPdfFile(file: File, limit = MAX_PDF_BYTES): Promise<PdfSource> {
  if (file.size > limit) throw new PdfTooLargeError(limit);
  return { bytes: new Uint8Array(await file.arrayBuffer()), address: file.name, name: file.name, fetched: false };
}

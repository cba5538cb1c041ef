import { batchPieces } from '../src/core/export/pieces';

/**
 * A file made of pieces of text as a Blob of Blobs, one per batch of about a megabyte: the
 * browser keeps Blob data outside the JS heap (Chromium may page it to disk), so a large export
 * is never one string here, and each batch's text can be collected once it is in its Blob.
 */
export function blobOfPieces(pieces: Iterable<string>, type: string): Blob {
  const parts: Blob[] = [];
  for (const batch of batchPieces(pieces)) parts.push(new Blob([batch], { type }));
  return new Blob(parts, { type });
}

/** Saves text as a file through an object URL: no downloads permission is needed for this. */
export function downloadText(filename: string, content: string, mimeType: string): void {
  downloadBlob(filename, new Blob([content], { type: mimeType }));
}

/** Saves a Blob (a streamed backup, a text export) as a file. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

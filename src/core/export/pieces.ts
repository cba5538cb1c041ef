/**
 * Exports as pieces of text: a large export (every highlight as CSV, Markdown, W3C JSON, a
 * backup) is produced one record or article at a time, so a caller can stream it (into a Blob
 * of Blobs in the popup, to standard output in the command line) instead of holding the whole
 * file as one string next to the records it came from.
 */

/** The pieces joined: the export as one string (tests, golden files, small exports). */
export function joinPieces(pieces: Iterable<string>): string {
  return Array.from(pieces).join('');
}

/** Characters gathered before a batch of pieces is handed on (about 1 MiB of UTF-16). */
export const BATCH_CHARS = 512 * 1024;

/**
 * Pieces gathered into batches of about BATCH_CHARS characters: one Blob part or one write per
 * batch, not per record (100,000 tiny Blobs cost more than the text they hold).
 */
export function* batchPieces(pieces: Iterable<string>, size = BATCH_CHARS): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield batch.join('');
}

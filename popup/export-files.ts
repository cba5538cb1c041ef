/** Runs one export format over a bundle and downloads what it produces (jianbao-YYYY-MM-DD.ext). */
import type { ExportBundle } from '../src/core/export/export-bundle';
import { EXPORT_FORMAT_IDS, streamExport, type ExportFormatId } from '../src/core/export/export-formats';
import type { Settings } from '../src/core/model';
import type { StyleFallback } from '../src/core/citation/style-fallback';
import { collectingFallback } from './citations';
import { blobOfPieces, downloadBlob } from './download';

/** Whether a stored setting names a known export format. */
export function isExportFormatId(value: string): value is ExportFormatId {
  return (EXPORT_FORMAT_IDS as readonly string[]).includes(value);
}

/**
 * Builds the files of a format and downloads each; returns their names. The bundle carries the
 * reader's settings: citation style, palette colours (HTML, W3C) and, in a backup, the settings
 * themselves. `fallback`: the reader's citation style could not be used (the default one was).
 */
export async function exportBundle(
  format: ExportFormatId,
  bundle: ExportBundle & { settings: Settings },
): Promise<{ names: string[]; fallback?: StyleFallback }> {
  const citations = collectingFallback();
  // Streamed: a large export is made and stored a batch of records at a time, never as one string.
  const files = await streamExport(format, bundle, citations.render);
  // CSV opens in Excel as UTF-8 only with a byte-order mark; the builders decide, we keep their text as is.
  for (const file of files) downloadBlob(file.filename, blobOfPieces(file.pieces, file.mimeType));
  const fallback = citations.fallback();
  return { names: files.map((f) => f.filename), ...(fallback && { fallback }) };
}

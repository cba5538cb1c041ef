/**
 * Restore and import, where the file is: the options page has the same origin as the database,
 * so it reads the file a slice at a time, validates every record as it is read
 * (core/import/backup-stream.ts) and writes the validated plan itself (import-service, one
 * transaction written slice by slice). Nothing goes through runtime messaging but a small
 * "imported" note afterwards, so the background can tell open tabs to repaint. The one size rule
 * is MAX_IMPORT_BYTES, checked on the file's size before anything is read.
 */
import { JianbaoError } from '../src/core/errors';
import { BackupStreamReader, looksLikeBackup } from '../src/core/import/backup-stream';
import { MAX_IMPORT_BYTES, sizeRuleDetail, type ImportPlan } from '../src/core/import/import-plan';
import { parseImportFile } from '../src/core/import/parse-import-file';
import { openDb } from '../src/background/db/database';
import { importPlan } from '../src/background/services/import-service';
import { runSearchIndexOnce } from '../src/background/services/search-index-backlog';
import { loadSettings, saveSettings } from '../src/background/settings-store';
import type { ImportReport } from '../src/messages';
import { callBackground } from '../popup/background-call';

/** Bytes read per step: big enough to keep the parser busy, small enough to show progress often. */
export const READ_SLICE_BYTES = 1024 * 1024;

/** Where a restore is: reading (and validating) the file, then writing the records. */
export interface RestoreProgress {
  phase: 'reading' | 'writing';
  /** 0–1 within the phase. */
  fraction: number;
}

/** One slice of a file as bytes (Blob.arrayBuffer where it exists, FileReader elsewhere). */
export function readSlice(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** The file's text in slices, decoded as UTF-8 across slice boundaries. */
async function* textSlices(file: Blob, onBytes: (read: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for (let offset = 0; offset < file.size; offset += READ_SLICE_BYTES) {
    const end = Math.min(file.size, offset + READ_SLICE_BYTES);
    const text = decoder.decode(await readSlice(file.slice(offset, end)), { stream: end < file.size });
    onBytes(end);
    yield text;
  }
}

/** Reads and validates a file into a plan, streaming a Jianbao backup and parsing other formats whole. */
export async function readImportFile(
  file: Blob,
  onProgress: (p: RestoreProgress) => void = () => undefined,
  options: { defaultColor?: string; maxBytes?: number } = {},
): Promise<ImportPlan> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.size > maxBytes) throw new JianbaoError('ImportTooLarge', sizeRuleDetail(file.size, maxBytes));
  const head = new TextDecoder('utf-8').decode(await readSlice(file.slice(0, 64 * 1024)));
  const progress = (read: number) => onProgress({ phase: 'reading', fraction: file.size ? read / file.size : 1 });
  if (!looksLikeBackup(head)) {
    // W3C and Hypothesis files come from other tools, in shapes that are read whole; a backup
    // whose "format" is not near its start (re-serialised by another program) lands here too.
    let text = '';
    for await (const slice of textSlices(file, progress)) text += slice;
    const parsed = parseImportFile(text, { defaultColor: options.defaultColor, maxBytes });
    if (!parsed.ok) throw new JianbaoError(parsed.error.code, parsed.error.detail);
    return parsed.value;
  }
  const reader = new BackupStreamReader();
  for await (const slice of textSlices(file, progress)) {
    if (!reader.write(slice)) break; // the first bad record decides: stop reading
  }
  const plan = reader.finish();
  if (!plan.ok) throw new JianbaoError(plan.error.code, plan.error.detail);
  return plan.value;
}

/**
 * The whole restore: read and validate everything first (nothing is written if any record is
 * bad), then write every record in one transaction (nothing is written if storage fails), then
 * the settings, then tell open tabs. Importing the same file again changes nothing. The
 * restored records are searchable once the caller's index pass (indexRestored) is through.
 */
export async function restoreFile(file: Blob, onProgress: (p: RestoreProgress) => void = () => undefined): Promise<ImportReport> {
  const settings = await loadSettings();
  const plan = await readImportFile(file, onProgress, { defaultColor: settings.defaultColor });
  // The records first, their search-index entries in a second pass (search-index-backlog.ts):
  // those entries are most of a large restore's write time.
  const written = await importPlan(openDb(), plan, (done, total) => onProgress({ phase: 'writing', fraction: total ? done / total : 1 }), {
    deferSearchIndex: true,
  });
  // Settings only after the records are in, so a failed import changes nothing at all.
  if (plan.settings) await saveSettings(plan.settings);
  // Open tabs show the imported highlights (and a restored palette) without a reload. The
  // records are stored whatever this answers: a tab reloaded later shows them anyway.
  await callBackground('ui-bg:imported', {}).catch(() => undefined);
  return { source: plan.source, ...written, settingsRestored: !!plan.settings, warnings: plan.warnings.slice(0, 20) };
}

/**
 * The second pass of a restore: indexes what the restore (or an earlier one, cut off) left in
 * the backlog, a slice per transaction; `onProgress` gets 0–1. Resolves when the backlog is
 * empty (at once when it was). The background goes on from where this stops if the page closes.
 */
export function indexRestored(onProgress: (fraction: number) => void = () => undefined): Promise<number> {
  return runSearchIndexOnce(openDb(), { onProgress: ({ done, total }) => onProgress(total ? done / total : 1) });
}

/** What an import file becomes before anything is written: the records to store, and what was left out. */
import type { ClippingSet } from '../export/export-bundle';
import type { ArticleRecord, Highlight, Settings } from '../model';
import { isColorKey } from '../settings/color-rules';

/** The file formats an import reads. */
export type ImportSource = 'jianbao-backup' | 'w3c' | 'hypothesis';

/** The validated records of one import file. Writing them is import-service's job. */
export interface ImportPlan {
  source: ImportSource;
  articles: ArticleRecord[];
  highlights: Highlight[];
  /** From a backup with a clipping book only: clippings, their texts (tokens empty) and decoded images. */
  clippings?: ClippingSet;
  /** From a backup only; the caller applies them (browser.storage is not core's business). */
  settings?: Settings;
  /** Things skipped on purpose (page notes, replies, unknown selector types), one sentence each. */
  warnings: string[];
}

/** Options of parseImportFile. */
export interface ImportOptions {
  /** Largest accepted file in UTF-8 bytes; default MAX_IMPORT_BYTES. */
  maxBytes?: number;
  /** Colour key for imported annotations that carry none (Hypothesis has no colours); default "yellow". */
  defaultColor?: string;
}

/**
 * 1 GB: the one size rule of restore and import, checked on the file's size before anything is
 * read (options/restore-file.ts) and on the text's UTF-8 size by parseImportFile. A backup is
 * streamed and validated record by record, so its limit is the memory of the validated records:
 * a 100,000-highlight backup with article bodies is measured in docs/BENCHMARKS.md
 * (bench:restore); 1 GB is several such libraries.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** The size rule's sentence, the same wherever a file is refused for its size. */
export function sizeRuleDetail(bytes: number, maxBytes = MAX_IMPORT_BYTES): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `The file is ${mb(bytes)}; Jianbao restores and imports files of up to ${mb(maxBytes)}. Split it or import a smaller export.`;
}

/** The colour of imported annotations that carry none (or an unusable one): the caller's default when it is a valid key, else "yellow". */
export function importDefaultColor(options: ImportOptions): string {
  return isColorKey(options.defaultColor) ? options.defaultColor : 'yellow';
}

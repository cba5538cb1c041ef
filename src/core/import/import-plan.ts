/** What an import file becomes before anything is written: the records to store, and what was left out. */
import type { ArticleRecord, Highlight, Settings } from '../model';
import { isColorKey } from '../settings/color-rules';

/** The file formats an import reads. */
export type ImportSource = 'jianbao-backup' | 'w3c' | 'hypothesis';

/** The validated records of one import file. Writing them is import-service's job. */
export interface ImportPlan {
  source: ImportSource;
  articles: ArticleRecord[];
  highlights: Highlight[];
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
 * 200 MB. Measured: 100,000 highlights on 5,000 articles (the scale the popup is built
 * for) make a 70 MB backup and an 81 MB W3C file, so 50 MB would refuse our own exports;
 * 200 MB leaves room to grow while keeping JSON.parse within an extension page's memory.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** The colour of imported annotations that carry none (or an unusable one): the caller's default when it is a valid key, else "yellow". */
export function importDefaultColor(options: ImportOptions): string {
  return isColorKey(options.defaultColor) ? options.defaultColor : 'yellow';
}

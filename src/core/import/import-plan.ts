/** What an import file becomes before anything is written: the records to store, and what was left out. */
import type { ArticleRecord, Highlight, Settings } from '../model';

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

/** 50 MB: a backup of 100,000 highlights with their articles is about 40 MB of JSON. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

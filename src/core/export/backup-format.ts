/**
 * The full JSON backup: articles, highlights and settings, with a format name and version
 * so a later Jianbao can read (and migrate) what an earlier one wrote.
 */
import type { ArticleRecord, Highlight, Settings } from '../model';
import type { ExportBundle } from './export-bundle';

/** Format name written into every backup. */
export const BACKUP_FORMAT = 'jianbao-backup';

/** The backup version this code writes (and the newest it reads). */
export const BACKUP_VERSION = 1;

/** The backup document. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: ArticleRecord[];
  highlights: Highlight[];
  settings?: Settings;
}

/** The backup of a bundle, as pretty-printed JSON; records keep the bundle's order. */
export function buildBackup(bundle: ExportBundle): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: bundle.exportedAt.toISOString(),
    articles: bundle.articles,
    highlights: bundle.highlights,
  };
  if (bundle.settings) backup.settings = bundle.settings;
  return `${JSON.stringify(backup, null, 2)}\n`;
}

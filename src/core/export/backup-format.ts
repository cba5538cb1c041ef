/**
 * The full JSON backup: articles, highlights and settings, with a format name and version
 * so a later Jianbao can read (and migrate) what an earlier one wrote.
 */
import type { Highlight, Settings } from '../model';
import type { ExportBundle } from './export-bundle';

/** Format name written into every backup. */
export const BACKUP_FORMAT = 'jianbao-backup';

/** The backup version this code writes (and the newest it reads). */
export const BACKUP_VERSION = 1;


/**
 * The backup file is written in pieces so a large library can be streamed (options/backup-file.ts
 * reads the database a page at a time): the opening with the head and `"articles": [`, the
 * records of a table a page at a time, the step between the two tables, the closing with the
 * settings. `buildBackup` joins the same pieces for a bundle in memory, so both give the same
 * bytes. Search tokens are left out: they are derived from the quote, note, tags and title,
 * are often larger than all of those together, and the import service makes them again. One
 * record per line keeps the file readable, diffable and a third of the pretty-printed size.
 */
export function backupOpening(exportedAt: Date): string {
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString() };
  const lines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  return `{\n${lines.join('\n')}\n  "articles": [\n`;
}

/** A highlight as the backup stores it: without its derived search tokens. */
export function backupHighlight({ tokens: _derived, ...rest }: Highlight): Omit<Highlight, 'tokens'> {
  return rest;
}

/** Records of one table, one per line; `first` when nothing of this table was written yet. */
export function backupRecords(records: readonly object[], first: boolean): string {
  if (records.length === 0) return '';
  return (first ? '' : ',\n') + records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
}

/** Closes the articles array and opens the highlights array. */
export const BACKUP_BETWEEN_TABLES = '\n  ],\n  "highlights": [\n';

/** Closes the highlights array and the file, with the settings when there are any. */
export function backupClosing(settings?: Settings): string {
  return settings ? `\n  ],\n  "settings": ${JSON.stringify(settings)}\n}\n` : '\n  ]\n}\n';
}

/** The backup of a bundle in memory; records keep the bundle's order. */
export function buildBackup(bundle: ExportBundle): string {
  return (
    backupOpening(bundle.exportedAt) +
    backupRecords(bundle.articles, true) +
    BACKUP_BETWEEN_TABLES +
    backupRecords(bundle.highlights.map(backupHighlight), true) +
    backupClosing(bundle.settings)
  );
}

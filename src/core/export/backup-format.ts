/**
 * The full JSON backup: articles, highlights and settings, with a format name and version
 * so a later Jianbao can read (and migrate) what an earlier one wrote.
 */
import type { ExportBundle } from './export-bundle';

/** Format name written into every backup. */
export const BACKUP_FORMAT = 'jianbao-backup';

/** The backup version this code writes (and the newest it reads). */
export const BACKUP_VERSION = 1;


/**
 * The backup of a bundle; records keep the bundle's order. Search tokens are left out: they
 * are derived from the quote, note, tags and title, are often larger than all of those
 * together, and the import service makes them again. One record per line keeps the file
 * readable and diffable at a third of the pretty-printed size (100,000 highlights would
 * otherwise pass the import size limit).
 */
export function buildBackup(bundle: ExportBundle): string {
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: bundle.exportedAt.toISOString() };
  const lines = (records: readonly object[]): string => records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  const highlights = bundle.highlights.map(({ tokens: _derived, ...rest }) => rest);
  const parts = [
    ...Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`),
    `  "articles": [\n${lines(bundle.articles)}\n  ],`,
    `  "highlights": [\n${lines(highlights)}\n  ]${bundle.settings ? ',' : ''}`,
  ];
  if (bundle.settings) parts.push(`  "settings": ${JSON.stringify(bundle.settings)}`);
  return `{\n${parts.join('\n')}\n}\n`;
}

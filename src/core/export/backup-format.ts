/**
 * The full JSON backup: articles, highlights, the clipping book (clippings with their text, and
 * their images as base64) and settings, with a format name and version so a later Jianbao can
 * read (and migrate) what an earlier one wrote.
 */
import type { Clipping, ClippingImage } from '../clippings/clipping';
import type { Highlight, Settings } from '../model';
import { encodeBase64 } from '../text/base64';
import type { ExportBundle } from './export-bundle';
import { joinPieces } from './pieces';

/** Format name written into every backup. */
export const BACKUP_FORMAT = 'jianbao-backup';

/**
 * The backup version this code writes (and the newest it reads). The clipping tables were added
 * to version 1 as optional arrays rather than as version 2: a file without them is what every
 * earlier Jianbao wrote, and an earlier Jianbao reading a file with them restores its notes and
 * says the clippings were left out (it was built to skip `clippings`), instead of refusing it.
 */
export const BACKUP_VERSION = 1;

/** Image bytes per base64 piece: a multiple of 3, so only the last piece of an image is padded. */
export const IMAGE_CHUNK_BYTES = 96 * 1024;


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

/** Closes the highlights array and opens the clippings array. */
export const BACKUP_BEFORE_CLIPPINGS = '\n  ],\n  "clippings": [\n';

/** Closes the clippings array and opens the clipping images array. */
export const BACKUP_BEFORE_IMAGES = '\n  ],\n  "clippingImages": [\n';

/** Closes the last array and the file, with the settings when there are any. */
export function backupClosing(settings?: Settings): string {
  return settings ? `\n  ],\n  "settings": ${JSON.stringify(settings)}\n}\n` : '\n  ]\n}\n';
}

/** A clipping as the backup stores it: its heading with its body text (search tokens are derived). */
export function backupClipping(clipping: Clipping, bodyText: string): Clipping & { bodyText: string } {
  return { ...clipping, bodyText };
}

/**
 * One image of a clipping as pieces of text: the record without its bytes, then the bytes as
 * base64 in pieces of IMAGE_CHUNK_BYTES (`"data": ["…", "…"]`), so neither the writer nor the
 * reader ever holds an image as one long string. `first` as in backupRecords.
 */
export function backupImagePieces(image: ClippingImage, first: boolean): string[] {
  const { bytes, ...described } = image;
  const head = JSON.stringify(described);
  const pieces = [`${first ? '' : ',\n'}    ${head.slice(0, -1)},"data":[`];
  const all = new Uint8Array(bytes);
  for (let at = 0; at < all.length; at += IMAGE_CHUNK_BYTES) {
    pieces.push(`${at === 0 ? '' : ','}"${encodeBase64(all.subarray(at, at + IMAGE_CHUNK_BYTES))}"`);
  }
  pieces.push(']}');
  return pieces;
}

/** Records per piece of a streamed backup of a bundle. */
const PIECE_RECORDS = 1_000;

function* recordPieces(records: readonly object[]): Generator<string> {
  for (let at = 0; at < records.length; at += PIECE_RECORDS) yield backupRecords(records.slice(at, at + PIECE_RECORDS), at === 0);
}

/** The backup of a bundle in memory, in pieces (a thousand records, or a piece of an image, each); records keep the bundle's order. */
export function* backupPieces(bundle: ExportBundle): Generator<string> {
  const book = bundle.clippings;
  yield backupOpening(bundle.exportedAt);
  yield* recordPieces(bundle.articles);
  yield BACKUP_BETWEEN_TABLES;
  for (let at = 0; at < bundle.highlights.length; at += PIECE_RECORDS) {
    yield backupRecords(bundle.highlights.slice(at, at + PIECE_RECORDS).map(backupHighlight), at === 0);
  }
  if (book) {
    const texts = new Map(book.texts.map((t) => [t.id, t.bodyText]));
    yield BACKUP_BEFORE_CLIPPINGS;
    yield* recordPieces(book.clippings.map((c) => backupClipping(c, texts.get(c.id) ?? '')));
    yield BACKUP_BEFORE_IMAGES;
    for (const [i, image] of book.images.entries()) yield* backupImagePieces(image, i === 0);
  }
  yield backupClosing(bundle.settings);
}

/** The backup of a bundle as one string. */
export const buildBackup = (bundle: ExportBundle): string => joinPieces(backupPieces(bundle));

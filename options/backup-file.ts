/**
 * The backup file, streamed from the database: records are read a page at a time in primary-key
 * order, each page becomes one piece of text and then one Blob, and the file is a Blob of those
 * Blobs. At no moment are all records or the whole text in the page's memory at once (the
 * browser keeps Blob data outside the JS heap and may page it to disk). The text is exactly what
 * `buildBackup` writes for the same records (core/export/backup-format.ts).
 */
import {
  backupClipping,
  backupClosing,
  backupHighlight,
  backupImagePieces,
  backupOpening,
  backupRecords,
  BACKUP_BEFORE_CLIPPINGS,
  BACKUP_BEFORE_IMAGES,
  BACKUP_BETWEEN_TABLES,
} from '../src/core/export/backup-format';
import type { Clipping, ClippingImage } from '../src/core/clippings/clipping';
import type { Settings } from '../src/core/model';
import { isUsableHighlight } from '../src/core/usable-record';
import type { JianbaoDb } from '../src/background/db/database';

/** Records read per database call while writing a backup. */
export const BACKUP_PAGE_RECORDS = 2_000;

/** Images read per database call: each may be megabytes, so a page holds a few dozen at most. */
export const BACKUP_PAGE_IMAGES = 32;

interface PagedTable<T> {
  orderBy(index: ':id'): { limit(n: number): { toArray(): Promise<T[]> } };
  where(index: ':id'): { above(key: string): { limit(n: number): { toArray(): Promise<T[]> } } };
}

/** The records of a table a page at a time, by primary key (a stable order, resumable by key). */
async function* pages<T extends { id: string }>(table: PagedTable<T>, size = BACKUP_PAGE_RECORDS): AsyncGenerator<T[]> {
  let last: string | undefined;
  for (;;) {
    const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(size).toArray();
    if (page.length === 0) return;
    last = page[page.length - 1].id;
    yield page;
    if (page.length < size) return;
  }
}

/** What a streamed backup holds. */
export interface BackupFile {
  blob: Blob;
  highlights: number;
  articles: number;
  clippings: number;
  images: number;
  /** Damaged highlights left out: a backup holding one could not be restored (all or nothing). */
  skipped: number;
}

/** Writes the backup of everything stored, plus the settings. */
export async function backupFile(db: JianbaoDb, settings: Settings, exportedAt = new Date()): Promise<BackupFile> {
  const parts: Blob[] = [];
  const type = 'application/json';
  parts.push(new Blob([backupOpening(exportedAt)], { type }));
  let articles = 0;
  for await (const page of pages(db.articles as unknown as PagedTable<{ id: string }>)) {
    parts.push(new Blob([backupRecords(page, articles === 0)], { type }));
    articles += page.length;
  }
  parts.push(new Blob([BACKUP_BETWEEN_TABLES], { type }));
  let highlights = 0;
  let skipped = 0;
  for await (const page of pages(db.annotations as unknown as PagedTable<{ id: string }>)) {
    const usable = page.filter(isUsableHighlight);
    skipped += page.length - usable.length;
    parts.push(new Blob([backupRecords(usable.map(backupHighlight), highlights === 0)], { type }));
    highlights += usable.length;
  }
  // The clipping book: each clipping with its body, then every image of those clippings, each
  // image a Blob of base64 pieces (an image is never one long string here).
  parts.push(new Blob([BACKUP_BEFORE_CLIPPINGS], { type }));
  const clipped = new Set<string>();
  for await (const page of pages(db.clippings as unknown as PagedTable<Clipping>)) {
    const texts = await db.clippingTexts.bulkGet(page.map((c) => c.id));
    parts.push(new Blob([backupRecords(page.map((c, i) => backupClipping(c, texts[i]?.bodyText ?? '')), clipped.size === 0)], { type }));
    for (const c of page) clipped.add(c.id);
  }
  parts.push(new Blob([BACKUP_BEFORE_IMAGES], { type }));
  let images = 0;
  for await (const page of pages(db.clippingImages as unknown as PagedTable<ClippingImage>, BACKUP_PAGE_IMAGES)) {
    // An image whose clipping went while the backup was being written would be refused on restore.
    for (const image of page.filter((i) => clipped.has(i.clippingId))) {
      parts.push(new Blob(backupImagePieces(image, images === 0), { type }));
      images++;
    }
  }
  parts.push(new Blob([backupClosing(settings)], { type }));
  return { blob: new Blob(parts, { type }), highlights, articles, clippings: clipped.size, images, skipped };
}

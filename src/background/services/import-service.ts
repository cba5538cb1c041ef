/**
 * Writes an import plan (from core/import's parseImportFile) into the database in ONE
 * read-write transaction over articles, annotations and the clipping book's three tables: a
 * failure anywhere leaves the database as it was. Per record, by id: new → added; same content
 * → unchanged; different content → the one with the newer updatedAt wins (a tie keeps what is
 * stored). A clipping is one unit with its text and images: when the file's clipping wins, its
 * text and images replace the stored ones; when the stored one stays, so do they. Importing
 * the same file twice therefore changes nothing the second time.
 */
import { imagesByClipping, type Clipping, type ClippingImage } from '../../core/clippings/clipping';
import type { ClippingSet } from '../../core/export/export-bundle';
import type { ImportPlan } from '../../core/import/import-plan';
import type { ArticleRecord, Highlight } from '../../core/model';
import type { ImportReport, ImportTableCounts } from '../../messages';
import { clippingTextRow } from '../clippings/clip-service';
import type { JianbaoDb } from '../db/database';
import { backlogKey } from '../db/index-backlog-row';
import { withStorage } from '../db/map-error';
import { withoutSearchKeys } from '../db/search-keys-middleware';
import { tokensFor } from './highlight-service';

/** What an import did, per table (the rest of the report is the handler's). */
export type ImportSummary = Pick<ImportReport, 'articles' | 'highlights' | 'clippings'>;

/** Structural equality of JSON-like records; a key holding undefined counts as absent (as in IndexedDB). */
export function isSameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => isSameRecord(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!isSameRecord(left[key], right[key])) return false;
  return true;
}

type Stored = { id: string; updatedAt: number };

/** One record per id: a file that repeats an id (W3C allows it) keeps the newest, the first on a tie. */
export function newestPerId<T extends Stored>(records: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    const kept = byId.get(record.id);
    if (!kept || record.updatedAt > kept.updatedAt) byId.set(record.id, record);
  }
  return [...byId.values()];
}

/** The records to write and the counts, given what the table holds for the same ids. */
function merge<T extends Stored>(incoming: readonly T[], existing: readonly (T | undefined)[]): { writes: T[]; counts: ImportTableCounts } {
  const counts: ImportTableCounts = { added: 0, updated: 0, unchanged: 0 };
  const writes: T[] = [];
  incoming.forEach((record, i) => {
    const current = existing[i];
    if (!current) {
      counts.added++;
      writes.push(record);
    } else if (!isSameRecord(current, record) && record.updatedAt > current.updatedAt) {
      counts.updated++;
      writes.push(record);
    } else {
      counts.unchanged++;
    }
  });
  return { writes, counts };
}

/**
 * Search tokens are derived data: they are made here the same way a saved highlight gets them,
 * whatever the file carried (W3C and Hypothesis files carry none, and a backup's could be stale
 * or edited), so imported highlights are found by exactly what they say.
 */
function withTokens(highlight: Highlight): Highlight {
  return { ...highlight, tokens: tokensFor(highlight) };
}

/** Records read and written per step inside the import transaction (one bulkGet + one bulkPut). */
export const IMPORT_SLICE = 2_000;

/** How far a write has come: records done of all records in the plan. */
export type ImportProgress = (done: number, total: number) => void;

/**
 * Merges and writes one table in slices, all inside the caller's transaction: only IndexedDB
 * requests are awaited between slices, so the transaction stays open, and memory holds one
 * slice of stored records at a time.
 */
async function writeTable<T extends Stored>(
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]>; bulkPut(items: readonly T[]): Promise<unknown> },
  records: readonly T[],
  step: (count: number) => void,
  put: (writes: T[]) => Promise<unknown> = (writes) => table.bulkPut(writes),
): Promise<ImportTableCounts> {
  const counts: ImportTableCounts = { added: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < records.length; start += IMPORT_SLICE) {
    const slice = records.slice(start, start + IMPORT_SLICE);
    const merged = merge<T>(slice, await table.bulkGet(slice.map((r) => r.id)));
    if (merged.writes.length) await put(merged.writes);
    counts.added += merged.counts.added;
    counts.updated += merged.counts.updated;
    counts.unchanged += merged.counts.unchanged;
    step(slice.length);
  }
  return counts;
}

/** Clippings read and written per step (each with its text; their images follow in byte-bounded puts). */
export const CLIPPING_SLICE = 500;

/** Image bytes per bulkPut: one put of thousands of images would clone them all at once. */
export const IMAGE_PUT_BYTES = 32 * 1024 * 1024;

/** Writes images in puts of at most IMAGE_PUT_BYTES (one image larger than that goes alone). */
async function putImages(db: JianbaoDb, images: readonly ClippingImage[]): Promise<void> {
  let batch: ClippingImage[] = [];
  let bytes = 0;
  for (const image of images) {
    if (batch.length && bytes + image.size > IMAGE_PUT_BYTES) {
      await db.clippingImages.bulkPut(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(image);
    bytes += image.size;
  }
  if (batch.length) await db.clippingImages.bulkPut(batch);
}

/**
 * Merges and writes the clipping book in slices inside the caller's transaction. The file's
 * clipping wins as `merge` decides for any record (its text counts as part of its content);
 * a winner's stored images are deleted and the file's written, so the book never mixes the
 * images of two versions of one clipping.
 */
async function writeClippings(db: JianbaoDb, set: ClippingSet, step: (count: number) => void, deferIndex: boolean): Promise<ImportTableCounts> {
  const counts: ImportTableCounts = { added: 0, updated: 0, unchanged: 0 };
  const texts = new Map(set.texts.map((t) => [t.id, t.bodyText]));
  const imagesOf = imagesByClipping(set.images);
  // Compared and written as one record: the heading with its body (tokens are derived).
  type Unit = Clipping & { bodyText: string };
  const clippings = newestPerId(set.clippings);
  for (let start = 0; start < clippings.length; start += CLIPPING_SLICE) {
    const slice = clippings.slice(start, start + CLIPPING_SLICE);
    const ids = slice.map((c) => c.id);
    const [storedHeadings, storedTexts] = await Promise.all([db.clippings.bulkGet(ids), db.clippingTexts.bulkGet(ids)]);
    const incoming: Unit[] = slice.map((c) => ({ ...c, bodyText: texts.get(c.id) ?? '' }));
    const existing = storedHeadings.map((c, i): Unit | undefined => (c ? { ...c, bodyText: storedTexts[i]?.bodyText ?? '' } : undefined));
    const merged = merge<Unit>(incoming, existing);
    if (merged.writes.length) {
      const headings = merged.writes.map(({ bodyText: _body, ...c }) => c as Clipping);
      // Deferred: the rows without search keys; the backlog pass makes them (search-index-backlog.ts).
      const bodies = merged.writes.map((c) => (deferIndex ? { id: c.id, bodyText: c.bodyText, searchKeys: [] } : clippingTextRow(c, c.bodyText)));
      await db.clippings.bulkPut(headings);
      await db.clippingTexts.bulkPut(bodies);
      if (deferIndex) await db.indexBacklog.bulkPut(headings.map((c) => ({ key: backlogKey('clippingTexts', c.id) })));
      await db.clippingImages.where('clippingId').anyOf(headings.map((c) => c.id)).delete();
      await putImages(db, headings.flatMap((c) => imagesOf.get(c.id) ?? []));
    }
    counts.added += merged.counts.added;
    counts.updated += merged.counts.updated;
    counts.unchanged += merged.counts.unchanged;
    step(slice.reduce((n, c) => n + 1 + (imagesOf.get(c.id)?.length ?? 0), 0));
  }
  return counts;
}

export interface ImportOptions {
  /**
   * Write highlights and clipping bodies without their search-index entries and list them in
   * `indexBacklog` (in the same transaction), for buildSearchIndex to index afterwards. Those
   * entries are most of what a large restore costs (~40 µs each in Chromium, ~10 M for the
   * 100k library); the records are complete, listed and exported at once, and found by search
   * once the second pass has reached them (docs/architecture/large-files.md).
   */
  deferSearchIndex?: boolean;
}

/**
 * Writes the plan in ONE transaction, slice by slice; a storage failure throws (mapped at the
 * storage boundary) and the transaction's abort leaves the database as it was, however many
 * slices were already written. Settings in the plan are not written here: the caller applies
 * them to browser.storage after a successful import.
 */
export async function importPlan(
  db: JianbaoDb,
  plan: ImportPlan,
  onProgress: ImportProgress = () => undefined,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const defer = options.deferSearchIndex === true;
  const highlights = newestPerId(plan.highlights).map(withTokens);
  const articles = newestPerId(plan.articles);
  const book = plan.clippings;
  const total = highlights.length + articles.length + (book ? newestPerId(book.clippings).length + book.images.length : 0);
  let done = 0;
  const step = (count: number) => onProgress((done += count), total);
  return withStorage(() =>
    db.transaction('rw', [db.articles, db.annotations, db.clippings, db.clippingTexts, db.clippingImages, db.indexBacklog], async () => {
      const articleCounts = await writeTable<ArticleRecord>(db.articles, articles, step);
      const putHighlights = async (writes: Highlight[]) => {
        if (!defer) return db.annotations.bulkPut(writes);
        await db.annotations.bulkPut(writes.map(withoutSearchKeys));
        await db.indexBacklog.bulkPut(writes.map((h) => ({ key: backlogKey('annotations', h.id) })));
      };
      const highlightCounts = await writeTable<Highlight>(db.annotations, highlights, step, putHighlights);
      const clippingCounts = book ? await writeClippings(db, book, step, defer) : { added: 0, updated: 0, unchanged: 0 };
      return { articles: articleCounts, highlights: highlightCounts, clippings: clippingCounts };
    }),
  );
}

/**
 * The second pass of a restore: the search-index entries of the records it wrote without them
 * (import-service, deferSearchIndex). Those entries are most of a large restore's cost, so the
 * restore writes the records and a backlog row for each (one transaction: all or nothing), and
 * this pass indexes them afterwards, a slice of records per transaction. The backlog is the
 * pass's only state: a slice commits its records' index entries together with the removal of
 * their backlog rows, so a pass cut off anywhere (the options page closed, the background
 * stopped) loses at most the slice in flight, and whoever runs it next (the options page after
 * a restore, the background at every start) goes on from what is left.
 * Records edited, synced or deleted meanwhile are read inside the slice's transaction: the
 * current record is indexed, a deleted one is skipped.
 */
import { clippingTextRow } from '../clippings/clip-service';
import type { JianbaoDb } from '../db/database';
import { backlogKey, parseBacklogKey, type BackloggedTable } from '../db/index-backlog-row';
import { withStorage } from '../db/map-error';
import { searchBacklogSize } from '../db/queries';

export { searchBacklogSize };

/**
 * Records indexed per transaction, about 10–20 thousand index entries each (under a second in
 * Chromium): a highlight has ~40, a clipping body hundreds. A slice's transaction holds its
 * table, so a save waiting behind it waits at most that long.
 */
export const INDEX_SLICE: Readonly<Record<BackloggedTable, number>> = { annotations: 300, clippingTexts: 25 };

export interface IndexProgress {
  /** Records indexed by this run. */
  done: number;
  /** Records in the backlog when this run started (or more, if a restore added some meanwhile). */
  total: number;
}

export interface BuildOptions {
  onProgress?: (p: IndexProgress) => void;
  /** Called between slices; a pass that is asked to stop ends after the slice in flight. */
  shouldStop?: () => boolean;
  /** Called before each slice (the background: an extension call, so the browser keeps it running). */
  beforeSlice?: () => Promise<unknown> | void;
  slice?: Partial<Record<BackloggedTable, number>>;
}


/** The backlog keys of one table, first `limit` of them (key order). */
function backlogKeys(db: JianbaoDb, table: BackloggedTable, limit: number): Promise<string[]> {
  const prefix = backlogKey(table, '');
  return db.indexBacklog.where('key').between(prefix, prefix + '\uffff', true, false).limit(limit).primaryKeys() as Promise<string[]>;
}

/** Indexes up to `size` backlogged highlights in one transaction; returns how many rows it took. */
function indexHighlights(db: JianbaoDb, size: number): Promise<number> {
  return withStorage(() =>
    db.transaction('rw', [db.indexBacklog, db.annotations], async () => {
      const keys = await backlogKeys(db, 'annotations', size);
      if (!keys.length) return 0;
      const ids = keys.map((key) => parseBacklogKey(key)!.id);
      // A plain put: the search-keys middleware makes the keys from the record as it is now.
      const highlights = (await db.annotations.bulkGet(ids)).filter((h) => h !== undefined);
      if (highlights.length) await db.annotations.bulkPut(highlights);
      await db.indexBacklog.bulkDelete(keys);
      return keys.length;
    }),
  );
}

/** Indexes up to `size` backlogged clipping bodies in one transaction; returns how many rows it took. */
function indexClippings(db: JianbaoDb, size: number): Promise<number> {
  return withStorage(() =>
    db.transaction('rw', [db.indexBacklog, db.clippings, db.clippingTexts], async () => {
      const keys = await backlogKeys(db, 'clippingTexts', size);
      if (!keys.length) return 0;
      const ids = keys.map((key) => parseBacklogKey(key)!.id);
      const [headings, texts] = await Promise.all([db.clippings.bulkGet(ids), db.clippingTexts.bulkGet(ids)]);
      const indexed = texts.flatMap((text, i) => {
        const heading = headings[i];
        return text && heading ? [clippingTextRow(heading, text.bodyText)] : [];
      });
      if (indexed.length) await db.clippingTexts.bulkPut(indexed);
      await db.indexBacklog.bulkDelete(keys);
      return keys.length;
    }),
  );
}

/**
 * Indexes the whole backlog, highlights first (the popup's search), slice by slice, and
 * resolves with the records it indexed. Two passes at once (the options page and the
 * background) only share the work: slices are transactions, each takes what is left when it
 * starts. Rows of no known table (none are written) are dropped.
 */
export async function buildSearchIndex(db: JianbaoDb, options: BuildOptions = {}): Promise<number> {
  const size = { ...INDEX_SLICE, ...options.slice };
  const total = await searchBacklogSize(db);
  if (!total) return 0;
  let done = 0;
  options.onProgress?.({ done, total });
  for (const [table, index] of [['annotations', indexHighlights], ['clippingTexts', indexClippings]] as const) {
    while (!options.shouldStop?.()) {
      await options.beforeSlice?.();
      const taken = await index(db, size[table]);
      if (!taken) break;
      done += taken;
      options.onProgress?.({ done, total: Math.max(total, done) });
    }
  }
  if (!options.shouldStop?.()) {
    const stray = (await db.indexBacklog.toCollection().primaryKeys()).filter((key) => !parseBacklogKey(key as string));
    if (stray.length) await db.indexBacklog.bulkDelete(stray);
  }
  return done;
}

const running = new WeakMap<JianbaoDb, Promise<number>>();

/** buildSearchIndex, at most one at a time per database object of this context. */
export function runSearchIndexOnce(db: JianbaoDb, options: BuildOptions = {}): Promise<number> {
  const current = running.get(db);
  if (current) return current;
  const run = buildSearchIndex(db, options).finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

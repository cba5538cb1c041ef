/** "Delete everything" (options page): every table emptied in one transaction. */
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';

/**
 * Empties highlights, articles and the clipping book together; returns how many records were
 * removed. `forgetSync` (the reader chose "in this browser only") empties this device's sync
 * tables in the same transaction: with their metas gone no sync can read the empty library as
 * deletes to send, so the server and the other devices keep everything. Without it the metas
 * stay, and the next sync sends every record's delete (docs/architecture/sync.md).
 */
export async function deleteEverything(db: JianbaoDb, options: { forgetSync?: boolean } = {}): Promise<{ highlights: number; articles: number; clippings: number }> {
  // The index backlog names records of these tables: it goes with them.
  const tables = [db.annotations, db.articles, db.clippings, db.clippingTexts, db.clippingImages, db.indexBacklog, ...(options.forgetSync ? [db.syncMeta, db.syncState] : [])];
  return withStorage(() =>
    db.transaction('rw', tables, async () => {
      const counts = { highlights: await db.annotations.count(), articles: await db.articles.count(), clippings: await db.clippings.count() };
      await Promise.all(tables.map((table) => table.clear()));
      return counts;
    }),
  );
}

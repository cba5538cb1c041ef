/** "Delete everything" (options page): every table emptied in one transaction. */
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';

/** Empties highlights, articles and the clipping book together; returns how many records were removed. */
export async function deleteEverything(db: JianbaoDb): Promise<{ highlights: number; articles: number; clippings: number }> {
  return withStorage(() =>
    db.transaction('rw', [db.annotations, db.articles, db.clippings, db.clippingTexts, db.clippingImages], async () => {
      const counts = { highlights: await db.annotations.count(), articles: await db.articles.count(), clippings: await db.clippings.count() };
      await Promise.all([db.annotations.clear(), db.articles.clear(), db.clippings.clear(), db.clippingTexts.clear(), db.clippingImages.clear()]);
      return counts;
    }),
  );
}

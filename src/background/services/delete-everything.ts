/** "Delete everything" (options page): both tables emptied in one transaction. */
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';

/** Empties highlights and articles together; returns how many records were removed. */
export async function deleteEverything(db: JianbaoDb): Promise<{ highlights: number; articles: number }> {
  return withStorage(() =>
    db.transaction('rw', db.annotations, db.articles, async () => {
      const counts = { highlights: await db.annotations.count(), articles: await db.articles.count() };
      await Promise.all([db.annotations.clear(), db.articles.clear()]);
      return counts;
    }),
  );
}

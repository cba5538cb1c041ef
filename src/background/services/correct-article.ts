/**
 * The reader's corrections of a stored article: applied to the record itself in one
 * transaction, so every later read (popup, exports, citations, clipping book) gets the merged
 * record, and kept through later detections by article-service's merge.
 */
import { applyCorrection, type Correction } from '../../core/article/article-corrections';
import { JianbaoError } from '../../core/errors';
import type { ArticleRecord } from '../../core/model';
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';

export async function correctArticle(db: JianbaoDb, articleId: string, correction: Correction, now = Date.now()): Promise<ArticleRecord> {
  return withStorage(() =>
    db.transaction('rw', db.articles, async () => {
      const current = await db.articles.get(articleId);
      if (!current) throw new JianbaoError('ArticleNotFound', `No article with id ${articleId.slice(0, 200)}.`);
      const next = applyCorrection(current, correction, now);
      next.updatedAt = Math.max(now, current.updatedAt + 1);
      await db.articles.put(next);
      return next;
    }),
  );
}

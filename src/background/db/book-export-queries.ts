/**
 * Everything the book's exports need of a set of clippings, read in a few bulk queries (not one
 * per clipping): their texts, images and the reader's highlights on them.
 */
import type { Clipping } from '../../core/clippings/clipping';
import type { ClippingSet } from '../../core/export/export-bundle';
import type { Highlight } from '../../core/model';
import type { JianbaoDb } from './database';

export async function clippingSetFor(db: JianbaoDb, clippings: readonly Clipping[]): Promise<{ set: ClippingSet; highlights: Highlight[] }> {
  const ids = clippings.map((c) => c.id);
  const pageUrls = [...new Set(clippings.map((c) => c.pageUrl))];
  const [texts, images, linked, onPages] = await Promise.all([
    db.clippingTexts.bulkGet(ids),
    db.clippingImages.where('clippingId').anyOf(ids).toArray(),
    db.annotations.where('articleId').anyOf(ids).toArray(),
    db.annotations.where('pageUrl').anyOf(pageUrls).toArray(),
  ]);
  const byId = new Map<string, Highlight>();
  for (const h of [...linked, ...onPages.filter((h) => !h.articleId)]) byId.set(h.id, h);
  return {
    set: { clippings: [...clippings], texts: texts.filter((t) => t !== undefined), images },
    highlights: [...byId.values()],
  };
}

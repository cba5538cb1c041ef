/**
 * Everything the book's exports need of a set of clippings: their texts, images and the
 * reader's highlights on them. No `anyOf`: its cursor jumps (`continue(key)`) fail with
 * "Illegal invocation" through the search-keys middleware's cursor wrapper in Chromium, so a
 * small selection is read key by key (each an index lookup) and a large one by one scan.
 */
import type { Clipping } from '../../core/clippings/clipping';
import type { ClippingSet } from '../../core/export/export-bundle';
import type { Highlight } from '../../core/model';
import type { JianbaoDb } from './database';

/** Above this many clippings one scan of a table is cheaper than a lookup per clipping. */
const LARGE_SELECTION = 200;

export async function clippingSetFor(db: JianbaoDb, clippings: readonly Clipping[]): Promise<{ set: ClippingSet; highlights: Highlight[] }> {
  const ids = clippings.map((c) => c.id);
  const pageUrls = [...new Set(clippings.map((c) => c.pageUrl))];
  const byKey = <T>(keys: string[], read: (key: string) => Promise<T[]>) => Promise.all(keys.map(read)).then((lists) => lists.flat());
  const large = clippings.length > LARGE_SELECTION;
  const wanted = new Set(ids);
  const pages = new Set(pageUrls);
  const [texts, images, linked, onPages] = await Promise.all([
    db.clippingTexts.bulkGet(ids),
    large ? db.clippingImages.filter((i) => wanted.has(i.clippingId)).toArray() : byKey(ids, (id) => db.clippingImages.where('clippingId').equals(id).toArray()),
    large ? db.annotations.filter((h) => !!h.articleId && wanted.has(h.articleId)).toArray() : byKey(ids, (id) => db.annotations.where('articleId').equals(id).toArray()),
    large ? db.annotations.filter((h) => pages.has(h.pageUrl)).toArray() : byKey(pageUrls, (url) => db.annotations.where('pageUrl').equals(url).toArray()),
  ]);
  const byId = new Map<string, Highlight>();
  for (const h of [...linked, ...onPages.filter((h) => !h.articleId)]) byId.set(h.id, h);
  return {
    set: { clippings: [...clippings], texts: texts.filter((t) => t !== undefined), images },
    highlights: [...byId.values()],
  };
}

/**
 * Read side of the clipping book for extension pages (the book, options, the benchmark): the
 * headings of every clipping for the contents, one clipping's text, images and highlights,
 * and search through the clippings' token index (the same token model as notes).
 */
import type { Clipping, ClippingImage, ClippingText } from '../../core/clippings/clipping';
import type { Highlight } from '../../core/model';
import { queryTokens } from '../../core/text/search-tokens';
import type { JianbaoDb } from './database';

/** Every clipping's heading (small records: the bodies are in clippingTexts). */
export function allClippings(db: JianbaoDb): Promise<Clipping[]> {
  return db.clippings.toArray();
}

export function clippingById(db: JianbaoDb, id: string): Promise<Clipping | undefined> {
  return db.clippings.get(id);
}

export function clippingText(db: JianbaoDb, id: string): Promise<ClippingText | undefined> {
  return db.clippingTexts.get(id);
}

export function clippingTexts(db: JianbaoDb, ids: readonly string[]): Promise<(ClippingText | undefined)[]> {
  return db.clippingTexts.bulkGet([...ids]);
}

/** A clipping's images in article order. */
export async function clippingImages(db: JianbaoDb, id: string): Promise<ClippingImage[]> {
  const images = await db.clippingImages.where('clippingId').equals(id).toArray();
  return images.sort((a, b) => a.index - b.index);
}

/** The reader's highlights on a clipped article (and on its page, for highlights not yet linked). */
export async function highlightsForClipping(db: JianbaoDb, clipping: Pick<Clipping, 'id' | 'pageUrl'>): Promise<Highlight[]> {
  const [linked, onPage] = await Promise.all([
    db.annotations.where('articleId').equals(clipping.id).toArray(),
    db.annotations.where('[pageUrl+createdAt]').between([clipping.pageUrl, -Infinity], [clipping.pageUrl, Infinity]).toArray(),
  ]);
  const byId = new Map(linked.map((h) => [h.id, h]));
  for (const h of onPage) if (!h.articleId) byId.set(h.id, h);
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
}

/** Ids of clippings whose article has a highlight of this colour. */
export async function clippingIdsWithColor(db: JianbaoDb, color: string): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.annotations.where('color').equals(color).each((h) => {
    if (h.articleId) ids.add(h.articleId);
    ids.add(h.pageUrl);
  });
  return ids;
}

/** Clipping ids whose tokens hold every token of `query`; the last Latin word also matches as a prefix (typing). */
export async function searchClippingIds(db: JianbaoDb, query: string): Promise<Set<string> | undefined> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return undefined;
  const typing = /[a-z0-9]$/iu.test(query.trim()) ? tokens[tokens.length - 1] : undefined;
  // Rarest first would need counts; the sets are small once intersected, so plain order is fine.
  let result: Set<string> | undefined;
  for (const token of tokens) {
    const keys =
      token === typing && /^[a-z0-9]+$/u.test(token)
        ? await db.clippingTexts.where('tokens').startsWith(token).primaryKeys()
        : await db.clippingTexts.where('tokens').equals(token).primaryKeys();
    const next = new Set(keys as string[]);
    result = result ? new Set([...result].filter((id) => next.has(id))) : next;
    if (result.size === 0) break;
  }
  return result ?? new Set();
}

/** Image bytes and counts per paper, for the storage summary in options. */
export async function clippingStorageByPaper(db: JianbaoDb): Promise<{ paper: string; clippings: number; images: number; bytes: number }[]> {
  const totals = new Map<string, { paper: string; clippings: number; images: number; bytes: number }>();
  await db.clippings.each((c) => {
    const paper = c.publication ?? '';
    const entry = totals.get(paper) ?? { paper, clippings: 0, images: 0, bytes: 0 };
    entry.clippings++;
    entry.images += c.imageCount;
    entry.bytes += c.imageBytes;
    totals.set(paper, entry);
  });
  return [...totals.values()].sort((a, b) => b.bytes - a.bytes || b.clippings - a.clippings);
}

/**
 * Read side of the clipping book for extension pages (the book, options, the benchmark): the
 * headings of every clipping for the contents, one clipping's text, images and highlights,
 * and search through the clippings' token index (the same token model as notes).
 */
import Dexie from 'dexie';
import { comparePapers, compareDates, editionDay, previewContents, type PaperGroup } from '../../core/clippings/book-contents';
import type { Clipping, ClippingImage, ClippingText } from '../../core/clippings/clipping';
import type { Highlight } from '../../core/model';
import { queryTokens } from '../../core/text/search-tokens';
import type { JianbaoDb } from './database';

/** Every clipping's heading (small records: the bodies are in clippingTexts). */
export function allClippings(db: JianbaoDb): Promise<Clipping[]> {
  return db.clippings.toArray();
}

/** The book's first screen, read from indexes (see bookPreview). */
export interface BookPreview {
  total: number;
  /** Contents by paper: counts of all, dates of the first paper, clippings of its newest day (previewContents). */
  papers: PaperGroup<Clipping>[];
  /** The filter menus' papers (as stored) and tags, as filterChoices gives them. */
  choices: { papers: string[]; tags: string[] };
}

/** How many edition days of the first paper the first screen lists (about two screens' height). */
export const FIRST_SCREEN_DAYS = 40;

/**
 * The contents' first screen without reading every heading (10,000 of them take ~0.5 s in
 * Chromium): the count, each paper's count (publication index), the first paper's edition days
 * (its newest FIRST_SCREEN_DAYS, [publication+date] index keys) and its newest day's clippings (a range of the same
 * index). Undefined when the first paper has no name or its newest group is undated (no index
 * range holds it): the caller then reads every heading.
 */
export async function bookPreview(db: JianbaoDb): Promise<BookPreview | undefined> {
  const table = db.clippings;
  const [total, names, tags] = await Promise.all([table.count(), table.orderBy('publication').uniqueKeys(), table.orderBy('tags').uniqueKeys()]);
  const stored = await Promise.all(names.map(async (key) => ({ raw: String(key), count: await table.where('publication').equals(key).count() })));
  const counts = new Map<string, number>();
  for (const { raw, count } of stored) counts.set(raw.trim(), (counts.get(raw.trim()) ?? 0) + count);
  const unnamed = total - stored.reduce((sum, s) => sum + s.count, 0);
  if (unnamed > 0) counts.set('', (counts.get('') ?? 0) + unnamed);
  const first = [...counts.keys()].sort(comparePapers)[0];
  if (!first) return undefined;
  // A paper spelt with stray spaces is one paper in the contents, several keys in the index.
  const spellings = stored.filter((s) => s.raw.trim() === first).map((s) => s.raw);
  const range = (raw: string) => table.where('[publication+date]').between([raw, Dexie.minKey], [raw, Dexie.maxKey]);
  // The newest days only (a cursor step each): a screen's worth; the rest come with the headings.
  const [keys, dated] = await Promise.all([
    Promise.all(spellings.map((raw) => range(raw).reverse().limit(FIRST_SCREEN_DAYS).uniqueKeys())).then((lists) => lists.flat() as unknown as [string, string][]),
    Promise.all(spellings.map((raw) => range(raw).count())).then((n) => n.reduce((a, b) => a + b, 0)),
  ]);
  const days = [...new Set(keys.map(([, date]) => editionDay(date)))].sort(compareDates).slice(0, FIRST_SCREEN_DAYS);
  if (days.length < FIRST_SCREEN_DAYS && dated < (counts.get(first) ?? 0)) days.push('');
  const newest = days[0];
  if (!newest) return undefined;
  const newestDay = (await Promise.all(spellings.map((raw) => table.where('[publication+date]').between([raw, newest], [raw, `${newest}\uffff`], true, true).toArray())))
    .flat()
    .filter((c) => editionDay(c.date) === newest);
  const collator = new Intl.Collator(['zh-CN', 'en']);
  const papers = stored.map((s) => s.raw);
  if (unnamed > 0 && !papers.includes('')) papers.push('');
  return {
    total,
    papers: previewContents(counts, days, newestDay),
    choices: { papers: papers.sort(collator.compare), tags: (tags as string[]).sort(collator.compare) },
  };
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
  const prefix = (token: string) => token === typing && /^[a-z0-9]+$/u.test(token);
  const where = (token: string) => (prefix(token) ? db.clippingTexts.where('tokens').startsWith(token) : db.clippingTexts.where('tokens').equals(token));
  // Every token's ids are read at once (parallel transactions) and intersected smallest first.
  // Counting postings first to read only the rarest token's ids and probe the candidates
  // (idsWithToken) measured slower in Chromium: an index count walks the whole range too.
  const lists = await Promise.all([...new Set(tokens)].map(async (token) => (await where(token).primaryKeys()) as string[]));
  lists.sort((x, y) => x.length - y.length);
  let result = new Set(lists[0]);
  for (const list of lists.slice(1)) {
    if (result.size === 0) break;
    const keys = new Set(list);
    result = new Set([...result].filter((id) => keys.has(id)));
  }
  return result;
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

/**
 * Read side of the clipping book for extension pages (the book, options, the benchmark): the
 * headings of every clipping for the contents, one clipping's text, images and highlights,
 * and search through the clippings' token index (the same token model as notes).
 */
import Dexie from 'dexie';
import { comparePapers, compareDates, editionDay, previewContents, type PreviewPaper } from '../../core/clippings/book-contents';
import type { Clipping, ClippingImage, StoredClippingText } from '../../core/clippings/clipping';
import type { Highlight } from '../../core/model';
import type { JianbaoDb } from './database';
import { createdAtBounds, windowedStream, type SearchIndex } from './notes-search';
import { conditionKeys, textConditions } from './search-conditions';

/** Every clipping's heading (small records: the bodies are in clippingTexts). */
export function allClippings(db: JianbaoDb): Promise<Clipping[]> {
  return db.clippings.toArray();
}

/** The book's first screen, read from indexes (see bookPreview). */
export interface BookPreview {
  /** Contents by paper: every named paper, the first paper's newest days, its newest day's clippings (previewContents); no counts yet. */
  papers: PreviewPaper<Clipping>[];
  /** The filter menus' papers (as stored, named ones) and tags, as filterChoices gives them. */
  choices: { papers: string[]; tags: string[] };
}

/** How many edition days of the first paper the first screen lists (about two screens' height). */
export const FIRST_SCREEN_DAYS = 40;
/** Clippings read for the newest day at once; a day with more is read again whole (a third round). */
const NEWEST_DAY_READ = 48;

/**
 * The distinct string keys of an index, in order: one cursor that seeks past each key
 * (`continue(key + '\0')`, the next string after every entry of `key`). Not Dexie's
 * `uniqueKeys()`: its 'nextunique' cursor makes Chromium step over every duplicate entry, so
 * the six papers of 10,000 clippings took 200–750 ms; the seeks take 3 ms (bench:clippings,
 * load 20). A key that is not a string (none in these indexes) is stepped over entry by entry.
 */
function distinctKeys(db: JianbaoDb, store: string, index: string): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction(store, 'readonly').objectStore(store).index(index).openKeyCursor();
    const keys: IDBValidKey[] = [];
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(keys);
      if (keys.length === 0 || indexedDB.cmp(keys[keys.length - 1], cursor.key) !== 0) keys.push(cursor.key);
      if (typeof cursor.key === 'string') cursor.continue(`${cursor.key}\u0000`);
      else cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * The contents' first screen without reading every heading, in two rounds of small index
 * reads: (1) the papers (distinct keys of `publication`) and tags; (2) the first paper's newest
 * FIRST_SCREEN_DAYS edition days (reverse unique keys of `[publication+date]`) beside its newest
 * clippings (a reverse range of the same index). No counts: an IndexedDB count walks every entry
 * of its range (in Chromium as slow as reading the keys), so the total and each paper's count
 * come with the headings, read after the first screen is drawn. Clippings of the first paper
 * without a date (not in the index) appear then too. Undefined when no clipping has a paper.
 */
export async function bookPreview(db: JianbaoDb): Promise<BookPreview | undefined> {
  const table = db.clippings;
  await db.open();
  const [names, tags] = await Promise.all([distinctKeys(db, 'clippings', 'publication'), distinctKeys(db, 'clippings', 'tags')]);
  const raws = names.map(String);
  const first = [...new Set(raws.map((raw) => raw.trim()).filter(Boolean))].sort(comparePapers)[0];
  if (!first) return undefined;
  // A paper spelt with stray spaces is one paper in the contents, several keys in the index.
  const spellings = raws.filter((raw) => raw.trim() === first);
  const range = (raw: string) => table.where('[publication+date]').between([raw, Dexie.minKey], [raw, Dexie.maxKey]);
  const [keys, newest] = await Promise.all([
    Promise.all(spellings.map((raw) => range(raw).reverse().limit(FIRST_SCREEN_DAYS).uniqueKeys())).then((lists) => lists.flat() as unknown as [string, string][]),
    Promise.all(spellings.map((raw) => range(raw).reverse().limit(NEWEST_DAY_READ).toArray())).then((lists) => lists.flat()),
  ]);
  const days = [...new Set(keys.map(([, date]) => editionDay(date)))].sort(compareDates).slice(0, FIRST_SCREEN_DAYS);
  const day = days[0];
  if (day === undefined) return undefined;
  let newestDay = newest.filter((c) => editionDay(c.date) === day);
  // Every record read was of that day: it may hold more (the index range of the day, whole).
  if (newest.length >= NEWEST_DAY_READ && newestDay.length === newest.length) {
    newestDay = (await Promise.all(spellings.map((raw) => table.where('[publication+date]').between([raw, day], [raw, `${day}\uffff`], true, true).toArray())))
      .flat()
      .filter((c) => editionDay(c.date) === day);
  }
  const collator = new Intl.Collator(['zh-CN', 'en']);
  return {
    papers: previewContents(raws, days, newestDay),
    choices: { papers: [...raws].sort(collator.compare), tags: (tags as string[]).sort(collator.compare) },
  };
}

export function clippingById(db: JianbaoDb, id: string): Promise<Clipping | undefined> {
  return db.clippings.get(id);
}

export function clippingText(db: JianbaoDb, id: string): Promise<StoredClippingText | undefined> {
  return db.clippingTexts.get(id);
}

export function clippingTexts(db: JianbaoDb, ids: readonly string[]): Promise<(StoredClippingText | undefined)[]> {
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

/** The book's texts as a search index for the window walk (notes-search.ts), newest clipped first. */
function clippingIndex(db: JianbaoDb): SearchIndex {
  return {
    timeBounds: () => createdAtBounds(db.clippings),
    conditionKeys: (prefixes, lo, hi) => conditionKeys(db, prefixes, lo, hi, db.clippingTexts),
    createdIn: (lo, hi) => db.clippings.where('createdAt').between(lo, hi, true, true).primaryKeys(),
    // No checkRecords: a text row holds the whole body, far more than the keys of a window.
  };
}

/** A search of the book: the newest matches first (a screen's worth), then every match. */
export interface ClippingSearch {
  /** Up to `n` more matching ids, newest clipped first, read one time window at a time (at most `maxWindows` more). */
  next(n: number, maxWindows?: number): Promise<string[]>;
  /** The matching ids not served yet, in one read of the rest of the time span. */
  rest(): Promise<string[]>;
  /** Every matching id (reads each condition's keys whole, in parallel), whatever was served. */
  all(): Promise<Set<string>>;
}

/**
 * Searches the clippings' time-ordered token index (schema version 7) the way "All notes" does:
 * one condition per query token (the last typed Latin word also as its completions), the
 * newest matches found window by window so a common word's first screen reads a few hundred
 * keys, not thousands. Undefined when the query has no token.
 */
export async function clippingSearch(db: JianbaoDb, query: string, allowed?: Set<string>): Promise<ClippingSearch | undefined> {
  const conditions = await textConditions(db, query, db.clippingTexts);
  if (conditions.length === 0) return undefined;
  const stream = await windowedStream(clippingIndex(db), { conditions, allowed, newestFirst: true });
  let every: Promise<Set<string>> | undefined;
  return {
    next: (n, maxWindows) => stream.next(n, maxWindows),
    rest: () => stream.rest(),
    all: () =>
      (every ??= (async () => {
        const lists = await Promise.all(conditions.map((c) => conditionKeys(db, c, undefined, undefined, db.clippingTexts)));
        lists.sort((x, y) => x.length - y.length);
        let result = new Set(lists[0]);
        for (const list of lists.slice(1)) {
          if (result.size === 0) break;
          const keys = new Set(list);
          result = new Set([...result].filter((id) => keys.has(id)));
        }
        return allowed ? new Set([...result].filter((id) => allowed.has(id))) : result;
      })()),
  };
}

/** Every clipping id matching `query` (clippingSearch's all()); undefined when the query has no token. */
export async function searchClippingIds(db: JianbaoDb, query: string): Promise<Set<string> | undefined> {
  return (await clippingSearch(db, query))?.all();
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

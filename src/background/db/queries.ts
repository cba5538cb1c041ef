/**
 * Named read queries. Every one uses an index (no full-table scans when the popup opens);
 * the popup and options call these directly, being in the same extension origin.
 */
import Dexie from 'dexie';
import type { ArticleRecord, Highlight } from '../../core/model';
import type { JianbaoDb } from './database';
import { queryTokens } from '../../core/text/search-tokens';
import { conditionKeys, fieldConditions, textConditions } from './search-conditions';

/** A page's highlights in the order they were made. */
export function highlightsForPage(db: JianbaoDb, pageUrl: string): Promise<Highlight[]> {
  return db.annotations
    .where('[pageUrl+createdAt]')
    .between([pageUrl, Dexie.minKey], [pageUrl, Dexie.maxKey])
    .toArray();
}

export function countHighlightsForPage(db: JianbaoDb, pageUrl: string): Promise<number> {
  return db.annotations.where('pageUrl').equals(pageUrl).count();
}

export function countAllHighlights(db: JianbaoDb): Promise<number> {
  return db.annotations.count();
}

/**
 * Records a restore wrote that the search index does not hold yet (its second pass is still
 * running, services/search-index-backlog.ts): search and the colour and tag filters miss them.
 */
export function searchBacklogSize(db: JianbaoDb): Promise<number> {
  return db.indexBacklog.count();
}

/** The articles a list of highlights belongs to, keyed by id (one bulk read). */
export async function articlesFor(db: JianbaoDb, highlights: Highlight[]): Promise<Map<string, ArticleRecord>> {
  const ids = [...new Set(highlights.map((h) => h.articleId).filter((id): id is string => !!id))];
  const found = await db.articles.bulkGet(ids);
  return new Map(found.filter((a): a is ArticleRecord => !!a).map((a) => [a.id, a]));
}

export function articlesForPage(db: JianbaoDb, pageUrl: string): Promise<ArticleRecord[]> {
  return db.articles.where('url').equals(pageUrl).toArray();
}

// ---------------------------------------------------------------------------------------------
// "All notes" (popup): search, filters, sorting and windows of a virtualised list.

/** The filters of the "All notes" list; an absent field does not filter. */
export interface NotesFilter {
  /** Free text; matched through the *searchKeys index (see core/text/search-tokens, search-keys.ts). */
  query?: string;
  color?: string;
  tag?: string;
  /** A host name, e.g. "www.news.cn": highlights of its http(s) pages. */
  site?: string;
  /** A newspaper / publication name, as stored on articles. */
  publication?: string;
  /** createdAt range, inclusive, in milliseconds since the epoch. */
  fromMs?: number;
  toMs?: number;
}

/** Orders of the "All notes" list. */
export const NOTES_SORTS = ['newest', 'oldest', 'page'] as const;
/** One order of the "All notes" list. */
export type NotesSort = (typeof NOTES_SORTS)[number];

/** Whether a filter restricts anything (an empty filter lists every highlight). */
export function isFilterActive(filter: NotesFilter): boolean {
  return (
    queryTokens(filter.query ?? '').length > 0 ||
    !!filter.color || !!filter.tag || !!filter.site || !!filter.publication ||
    filter.fromMs !== undefined || filter.toMs !== undefined
  );
}

/** Above this many matches the order comes from an index walk instead of sorting loaded records. */
const SORT_IN_MEMORY_MAX = 200;

/**
 * Ids allowed by the site and newspaper filters (conditions the time-ordered index does not
 * hold), or undefined when neither is set.
 */
export async function keysForSiteAndPublication(db: JianbaoDb, filter: NotesFilter): Promise<Set<string> | undefined> {
  const lists: string[][] = [];
  if (filter.site) {
    const host = filter.site.toLowerCase();
    lists.push(await db.annotations.where('pageUrl').startsWithAnyOf(`http://${host}/`, `https://${host}/`).primaryKeys());
  }
  if (filter.publication) {
    const articleIds = await db.articles.where('publication').equals(filter.publication).primaryKeys();
    lists.push(articleIds.length ? await db.annotations.where('articleId').anyOf(articleIds).primaryKeys() : []);
  }
  return lists.length ? intersect(lists) : undefined;
}

/** One key list per active condition: text, colour and tag through the shared search conditions. */
async function keyListsFor(db: JianbaoDb, filter: NotesFilter): Promise<string[][]> {
  const conditions = [...(await textConditions(db, filter.query ?? '')), ...fieldConditions(filter.color, filter.tag)];
  const lists: Promise<string[]>[] = conditions.map((c) => conditionKeys(db, c));
  if (filter.site || filter.publication) lists.push(keysForSiteAndPublication(db, filter).then((set) => [...(set ?? [])]));
  if (filter.fromMs !== undefined || filter.toMs !== undefined) {
    lists.push(
      db.annotations
        .where('createdAt')
        .between(filter.fromMs ?? Dexie.minKey, filter.toMs ?? Dexie.maxKey, true, true)
        .primaryKeys(),
    );
  }
  return Promise.all(lists);
}

/** The intersection of key lists, smallest first. */
function intersect(lists: string[][]): Set<string> {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = new Set(sorted[0]);
  for (const list of sorted.slice(1)) {
    if (result.size === 0) break;
    const other = new Set(list);
    result = new Set([...result].filter((id) => other.has(id)));
  }
  return result;
}

/** The ids matching every condition, intersected smallest list first; null when nothing filters. */
export async function matchingHighlightIds(db: JianbaoDb, filter: NotesFilter): Promise<Set<string> | null> {
  if (!isFilterActive(filter)) return null;
  return intersect(await keyListsFor(db, filter));
}

/** Oldest first, as the time indexes order: equal times fall back to the id, as index entries do to the primary key. */
export function oldestFirst(a: Pick<Highlight, 'createdAt' | 'id'>, b: Pick<Highlight, 'createdAt' | 'id'>): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Orders as the indexes do (see oldestFirst). */
function compareFor(sort: NotesSort): (a: Highlight, b: Highlight) => number {
  const oldest = oldestFirst;
  if (sort === 'oldest') return oldest;
  if (sort === 'page') return (a, b) => (a.pageUrl < b.pageUrl ? -1 : a.pageUrl > b.pageUrl ? 1 : oldest(a, b));
  return (a, b) => oldest(b, a);
}

/** The whole table in one order, as a collection (only walked when a filter matches many). */
function orderedCollection(db: JianbaoDb, sort: NotesSort) {
  if (sort === 'page') return db.annotations.orderBy('[pageUrl+createdAt]');
  const byTime = db.annotations.orderBy('createdAt');
  return sort === 'newest' ? byTime.reverse() : byTime;
}

/**
 * The matching ids in the list's order. A few matches are loaded and sorted; many are put in
 * order by walking the sort index's keys (keys only: no record is read).
 */
export async function sortNoteIds(db: JianbaoDb, ids: Set<string>, sort: NotesSort): Promise<string[]> {
  if (ids.size <= SORT_IN_MEMORY_MAX) {
    const records = (await db.annotations.bulkGet([...ids])).filter((h): h is Highlight => !!h);
    return records.sort(compareFor(sort)).map((h) => h.id);
  }
  // Keys are read forward and reversed here: IndexedDB's getAllKeys has no direction, so a
  // reversed collection would walk a cursor over every entry instead.
  const forward = sort === 'page' ? db.annotations.orderBy('[pageUrl+createdAt]') : db.annotations.orderBy('createdAt');
  const spine = await forward.primaryKeys();
  if (sort === 'newest') spine.reverse();
  return spine.filter((id) => ids.has(id));
}

/** One window of the unfiltered list in the given order (offset/limit on the sort index). */
export function highlightsWindow(db: JianbaoDb, sort: NotesSort, offset: number, limit: number): Promise<Highlight[]> {
  return orderedCollection(db, sort).offset(offset).limit(limit).toArray();
}

/** Highlights by id, in the order of `ids`, skipping any deleted meanwhile. */
export async function highlightsByIds(db: JianbaoDb, ids: readonly string[]): Promise<Highlight[]> {
  return (await db.annotations.bulkGet([...ids])).filter((h): h is Highlight => !!h);
}

/** Every tag in use, sorted (distinct keys of the *tags index), for autocompletion and the tag filter. */
export function allTags(db: JianbaoDb): Promise<string[]> {
  return db.annotations.orderBy('tags').uniqueKeys() as Promise<string[]>;
}

/** Every page URL that has highlights (distinct keys of the pageUrl index), for the site filter. */
export function allPageUrls(db: JianbaoDb): Promise<string[]> {
  return db.annotations.orderBy('pageUrl').uniqueKeys() as Promise<string[]>;
}

/** Every newspaper / publication name stored on articles, for the newspaper filter. */
export function allPublications(db: JianbaoDb): Promise<string[]> {
  return db.articles.orderBy('publication').uniqueKeys() as Promise<string[]>;
}

/** Every stored highlight: only for "export everything" and backups, never on open. */
export function allHighlights(db: JianbaoDb): Promise<Highlight[]> {
  return db.annotations.toArray();
}

/** Every stored article: only for "export everything" and backups. */
export function allArticles(db: JianbaoDb): Promise<ArticleRecord[]> {
  return db.articles.toArray();
}

export function countAllArticles(db: JianbaoDb): Promise<number> {
  return db.articles.count();
}

/**
 * Named read queries. Every one uses an index (no full-table scans when the popup opens);
 * the popup and options call these directly, being in the same extension origin.
 */
import Dexie from 'dexie';
import type { ArticleRecord, Highlight } from '../../core/model';
import type { JianbaoDb } from './database';

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

/** Orphans of a page: highlights whose quote can no longer be found there. */
export async function orphansForPage(db: JianbaoDb, pageUrl: string): Promise<Highlight[]> {
  return (await highlightsForPage(db, pageUrl)).filter((h) => h.status === 'orphan');
}

/** Newest highlights first, one window at a time (for the virtualised "All notes" list). */
export function recentHighlights(db: JianbaoDb, offset: number, limit: number): Promise<Highlight[]> {
  return db.annotations.orderBy('createdAt').reverse().offset(offset).limit(limit).toArray();
}

export function countAllHighlights(db: JianbaoDb): Promise<number> {
  return db.annotations.count();
}

export function highlightById(db: JianbaoDb, id: string): Promise<Highlight | undefined> {
  return db.annotations.get(id);
}

export function articleById(db: JianbaoDb, id: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
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

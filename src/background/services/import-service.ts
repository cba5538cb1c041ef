/**
 * Writes an import plan (from core/import's parseImportFile) into the database in ONE
 * read-write transaction over articles and annotations: a failure anywhere leaves the
 * database as it was. Per record, by id: new → added; same content → unchanged; different
 * content → the one with the newer updatedAt wins (a tie keeps what is stored). Importing
 * the same file twice therefore changes nothing the second time.
 */
import type { ImportPlan } from '../../core/import/import-plan';
import type { ArticleRecord, Highlight } from '../../core/model';
import type { ImportReport, ImportTableCounts } from '../../messages';
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';
import { tokensFor } from './highlight-service';

/** What an import did, per table (the rest of the report is the handler's). */
export type ImportSummary = Pick<ImportReport, 'articles' | 'highlights'>;

/** Structural equality of JSON-like records; a key holding undefined counts as absent (as in IndexedDB). */
export function isSameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => isSameRecord(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!isSameRecord(left[key], right[key])) return false;
  return true;
}

type Stored = { id: string; updatedAt: number };

/** One record per id: a file that repeats an id (W3C allows it) keeps the newest, the first on a tie. */
export function newestPerId<T extends Stored>(records: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    const kept = byId.get(record.id);
    if (!kept || record.updatedAt > kept.updatedAt) byId.set(record.id, record);
  }
  return [...byId.values()];
}

/** The records to write and the counts, given what the table holds for the same ids. */
function merge<T extends Stored>(incoming: readonly T[], existing: readonly (T | undefined)[]): { writes: T[]; counts: ImportTableCounts } {
  const counts: ImportTableCounts = { added: 0, updated: 0, unchanged: 0 };
  const writes: T[] = [];
  incoming.forEach((record, i) => {
    const current = existing[i];
    if (!current) {
      counts.added++;
      writes.push(record);
    } else if (!isSameRecord(current, record) && record.updatedAt > current.updatedAt) {
      counts.updated++;
      writes.push(record);
    } else {
      counts.unchanged++;
    }
  });
  return { writes, counts };
}

/**
 * Search tokens are derived data: they are made here the same way a saved highlight gets them,
 * whatever the file carried (W3C and Hypothesis files carry none, and a backup's could be stale
 * or edited), so imported highlights are found by exactly what they say.
 */
function withTokens(highlight: Highlight): Highlight {
  return { ...highlight, tokens: tokensFor(highlight) };
}

/**
 * Writes the plan; a storage failure throws (mapped at the storage boundary) and leaves the
 * database as it was. Settings in the plan are not written here: the caller applies them to
 * browser.storage after a successful import.
 */
export async function importPlan(db: JianbaoDb, plan: ImportPlan): Promise<ImportSummary> {
  const highlights = newestPerId(plan.highlights).map(withTokens);
  const articles = newestPerId(plan.articles);
  return withStorage(() =>
    db.transaction('rw', db.articles, db.annotations, async () => {
      const articleMerge = merge<ArticleRecord>(articles, await db.articles.bulkGet(articles.map((a) => a.id)));
      const highlightMerge = merge<Highlight>(highlights, await db.annotations.bulkGet(highlights.map((h) => h.id)));
      if (articleMerge.writes.length) await db.articles.bulkPut(articleMerge.writes);
      if (highlightMerge.writes.length) await db.annotations.bulkPut(highlightMerge.writes);
      return { articles: articleMerge.counts, highlights: highlightMerge.counts };
    }),
  );
}

/** Shared by the sync integration tests: databases, records, a server's documents. */
import type { JianbaoDb } from '../../../src/background/db/database';
import { createHighlight } from '../../../src/background/services/highlight-service';
import type { Highlight } from '../../../src/core/model';
import { SyncError } from '../../../src/core/sync/sync-errors';

export async function addHighlight(db: JianbaoDb, id: string, exact: string, extra: { note?: string; tags?: string[]; color?: string } = {}): Promise<Highlight> {
  return createHighlight(db, {
    id,
    pageUrl: 'https://news.example.com/a.html',
    pageTitle: 'A page',
    exact,
    selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
    color: extra.color ?? 'yellow',
    note: extra.note,
    tags: extra.tags,
  });
}

/** Highlights without what each device keeps for itself (anchoring status, when it was written here). */
export async function library(db: JianbaoDb): Promise<unknown[]> {
  const highlights = await db.annotations.orderBy('id').toArray();
  const articles = await db.articles.orderBy('id').toArray();
  return [
    ...highlights.map(({ status: _s, updatedAt: _u, ...rest }) => rest),
    ...articles.map(({ updatedAt: _u, ...rest }) => rest),
  ];
}

export async function createDb(url: string, name: string): Promise<void> {
  const response = await fetch(`${url}/${name}`, { method: 'PUT' });
  if (!response.ok) throw new Error(`could not create ${name}: ${response.status}`);
}

/** Every document of a server database (bodies), read with the CouchDB API. */
export async function serverDocs(url: string, name: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${url}/${name}/_all_docs?include_docs=true`);
  const body = (await response.json()) as { rows: { doc: Record<string, unknown> }[] };
  return body.rows.map((r) => r.doc);
}

export async function putServerDoc(url: string, name: string, doc: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${url}/${name}/${encodeURIComponent(String(doc._id))}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(doc),
  });
  if (!response.ok) throw new Error(`could not put ${String(doc._id)}: ${response.status} ${await response.text()}`);
}

/** The SyncError code a sync ends with, or 'no error' (other errors are thrown on). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SyncError) return error.code;
    throw error;
  }
  return 'no error';
}

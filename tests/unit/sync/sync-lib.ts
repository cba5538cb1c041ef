/** Shared by the sync integration tests: databases, records, a server's documents. */
import { afterAll, beforeAll } from 'vitest';
import { startPouchServer } from '../../../scripts/pouch-server.mjs';
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

/**
 * One express-pouchdb server for a test file (started before its tests, closed after them) and a
 * fresh database on it per call of `newTarget`, named `prefix1`, `prefix2`, …
 */
export function usePouchServer(prefix: string): { newTarget: () => Promise<{ url: string; db: string }>; url: () => string } {
  let server: Awaited<ReturnType<typeof startPouchServer>>;
  let n = 0;
  beforeAll(async () => {
    server = await startPouchServer();
  });
  afterAll(async () => {
    await server.close();
  });
  return {
    url: () => server.url,
    newTarget: async () => {
      const db = `${prefix}${++n}`;
      await createDb(server.url, db);
      return { url: server.url, db };
    },
  };
}

/** A PNG-signed image of `size` bytes whose content depends on `seed`. */
export function png(size: number, seed: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 7) & 0xff;
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes.buffer;
}

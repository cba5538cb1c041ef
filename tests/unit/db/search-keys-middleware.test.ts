import 'fake-indexeddb/auto';
// @ts-expect-error fake-indexeddb's exports map has no types for its lib/ entries
import FDBCursor from 'fake-indexeddb/lib/FDBCursor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JianbaoDb } from '../../../src/background/db/database';
import { clippingSetFor } from '../../../src/background/db/book-export-queries';
import { keysForSiteAndPublication } from '../../../src/background/db/queries';
import { SEARCH_KEYS_FIELD } from '../../../src/background/db/search-keys';
import type { Clipping } from '../../../src/core/clippings/clipping';
import { makeArticle, makeHighlight } from '../../popup/seed-db';

/**
 * Browsers' IDBCursor attributes are WebIDL getters that throw "Illegal invocation" unless
 * `this` is the platform cursor itself; fake-indexeddb's plain getters accept any object whose
 * prototype chain reaches a cursor. For these tests its `key` and `primaryKey` getters check
 * as browsers do (a real cursor has its own `_request` field; a view made with Object.create
 * does not), which is how Dexie's anyOf failed through the middleware's cursor view in Chromium.
 */
const guarded = ['key', 'primaryKey'] as const;
const originals = new Map<string, PropertyDescriptor>();

beforeAll(() => {
  for (const name of guarded) {
    const descriptor = Object.getOwnPropertyDescriptor(FDBCursor.prototype, name)!;
    originals.set(name, descriptor);
    Object.defineProperty(FDBCursor.prototype, name, {
      ...descriptor,
      get(this: object) {
        if (!Object.prototype.hasOwnProperty.call(this, '_request')) throw new TypeError('Illegal invocation');
        return descriptor.get!.call(this);
      },
    });
  }
});
afterAll(() => {
  for (const [name, descriptor] of originals) Object.defineProperty(FDBCursor.prototype, name, descriptor);
});

let counter = 0;
async function seeded(): Promise<JianbaoDb> {
  const db = new JianbaoDb(`middleware-cursor-${++counter}`);
  const a = makeArticle('https://paper.example.cn/a.htm', '普法');
  const b = makeArticle('https://paper.example.cn/b.htm', '城市');
  await db.articles.bulkPut([{ ...a, publication: '荆州日报' }, { ...b, publication: '荆州日报' }]);
  await db.annotations.bulkPut([
    makeHighlight('h1', '深入推进普法工作', { pageUrl: a.url, articleId: a.id, createdAt: 1 }),
    makeHighlight('h2', '城市运行管理', { pageUrl: b.url, articleId: b.id, createdAt: 2 }),
    makeHighlight('h3', 'unlinked on page b', { pageUrl: b.url, createdAt: 3 }),
    makeHighlight('h4', 'elsewhere', { pageUrl: 'https://other.example/x', createdAt: 4 }),
  ]);
  return db;
}

describe('search-keys middleware cursor view', () => {
  it('the guard refuses, as browsers do, a view made from a cursor, and accepts the cursor', async () => {
    const db = await seeded();
    const idb = db.backendDB();
    const seen = await new Promise<{ key: unknown; viewError: string }>((resolve, reject) => {
      const request = idb.transaction('annotations').objectStore('annotations').openCursor();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result!;
        let viewError = '';
        try {
          void (Object.create(cursor) as IDBCursor).key;
        } catch (e) {
          viewError = String(e);
        }
        resolve({ key: cursor.key, viewError });
      };
    });
    expect(seen).toEqual({ key: 'h1', viewError: 'TypeError: Illegal invocation' });
    db.close();
  });

  it('anyOf and startsWithAnyOf read whole highlights (cursor jumps on key), without the derived field', async () => {
    const db = await seeded();
    const byArticle = await db.annotations.where('articleId').anyOf([makeArticle('https://paper.example.cn/b.htm', '').id, makeArticle('https://paper.example.cn/a.htm', '').id]).toArray();
    expect(byArticle.map((h) => h.id).sort()).toEqual(['h1', 'h2']);
    for (const h of byArticle) expect(SEARCH_KEYS_FIELD in h).toBe(false);
    const byPrefix = await db.annotations.where('pageUrl').startsWithAnyOf(['https://paper.example.cn/b', 'https://other.example/']).toArray();
    expect(byPrefix.map((h) => h.id).sort()).toEqual(['h2', 'h3', 'h4']);
    db.close();
  });

  it('the newspaper filter of All notes and the book export queries work through it', async () => {
    const db = await seeded();
    expect([...((await keysForSiteAndPublication(db, { publication: '荆州日报' })) ?? [])].sort()).toEqual(['h1', 'h2']);
    const a = makeArticle('https://paper.example.cn/b.htm', '城市');
    const clipping = { id: a.id, pageUrl: a.url, tags: [], createdAt: 1, updatedAt: 1, imageCount: 0, imageBytes: 0, imagesSkipped: 0 } as unknown as Clipping;
    const { highlights } = await clippingSetFor(db, [clipping]);
    expect(highlights.map((h) => h.id).sort()).toEqual(['h2', 'h3']);
    db.close();
  });
});

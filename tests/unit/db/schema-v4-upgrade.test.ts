import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JianbaoDb } from '../../../src/background/db/database';
import { SCHEMA_VERSIONS } from '../../../src/background/db/schema';
import { searchKeysFor } from '../../../src/background/db/search-keys';
import { makeArticle, makeHighlight } from '../../popup/seed-db';

describe('schema version 4 (sync metadata)', () => {
  it('opens a version 3 database with every record intact and empty sync tables', async () => {
    const name = 'upgrade-from-v3';
    const v3 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((s) => s.version <= 3)) v3.version(version).stores(stores);
    const highlights = [makeHighlight('a', '深入推进普法工作', { note: '注', tags: ['法治'] }), makeHighlight('b', 'The climate report')];
    await v3.table('annotations').bulkAdd(highlights.map((h) => ({ ...h, searchKeys: searchKeysFor(h) })));
    const article = makeArticle('https://paper.example.cn/a.htm', '普法');
    await v3.table('articles').add(article);
    await v3.table('clippings').add({ id: 'c1', pageUrl: 'https://paper.example.cn/a.htm', createdAt: 1, updatedAt: 1, tags: [] });
    v3.close();

    const db = new JianbaoDb(name);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(highlights);
    expect(await db.articles.get(article.id)).toEqual(article);
    expect((await db.table('clippings').get('c1'))?.id).toBe('c1');
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.syncMeta.count()).toBe(0);
    await db.syncMeta.put({ key: 'highlight:a', kind: 'highlight', id: 'a', sid: 'highlight:a', fields: {}, texts: {}, dirty: 1 });
    expect(await db.syncMeta.where('dirty').equals(1).primaryKeys()).toEqual(['highlight:a']);
    db.close();
  });
});

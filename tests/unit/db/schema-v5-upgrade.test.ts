import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JianbaoDb } from '../../../src/background/db/database';
import { SCHEMA_VERSIONS } from '../../../src/background/db/schema';

describe('schema version 5 (the book first screen index)', () => {
  it('opens a version 4 database with its clippings intact and indexed by [publication+date]', async () => {
    const name = 'upgrade-from-v4';
    const v4 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) v4.version(version).stores(stores);
    const clippings = [
      { id: 'a', pageUrl: 'a', publication: '荆州日报', date: '2022-03-31', createdAt: 1, updatedAt: 1, tags: [] },
      { id: 'b', pageUrl: 'b', publication: '荆州日报', date: '2022-03-30T08:00:00+08:00', createdAt: 2, updatedAt: 2, tags: [] },
      { id: 'c', pageUrl: 'c', publication: '人民日报', date: '2022-03-31', createdAt: 3, updatedAt: 3, tags: [] },
      { id: 'd', pageUrl: 'd', publication: '荆州日报', createdAt: 4, updatedAt: 4, tags: [] },
    ];
    await v4.table('clippings').bulkAdd(clippings);
    await v4.table('syncMeta').put({ key: 'k', kind: 'highlight', id: 'h', sid: 's', fields: {}, texts: {}, dirty: 0 });
    v4.close();

    const db = new JianbaoDb(name);
    expect(await db.clippings.orderBy('id').toArray()).toEqual(clippings);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.syncMeta.count()).toBe(1);
    const jingzhou = await db.clippings.where('[publication+date]').between(['荆州日报', Dexie.minKey], ['荆州日报', Dexie.maxKey]).primaryKeys();
    expect(jingzhou).toEqual(['b', 'a']);
    db.close();
  });
});

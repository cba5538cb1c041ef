import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JianbaoDb } from '../../../src/background/db/database';
import { SCHEMA_VERSIONS } from '../../../src/background/db/schema';
import { clippingSearch, searchClippingIds } from '../../../src/background/db/clipping-queries';
import { clippingTextRow, clippingTokens } from '../../../src/background/clippings/clip-service';
import type { Clipping } from '../../../src/core/clippings/clipping';

const clipping = (id: string, title: string, createdAt: number): Clipping => ({
  id, pageUrl: id, url: id, title, authors: [], publication: '荆州日报', date: '2022-03-31', note: '', tags: [], imageCount: 0, imageBytes: 0, imagesSkipped: 0, createdAt, updatedAt: createdAt,
});

describe('schema version 7 (time-ordered search keys of the book)', () => {
  it('opens a version 6 database with texts intact, tokens turned into keys ending in each clipping`s time, and found newest first', async () => {
    const name = 'upgrade-from-v6';
    const v6 = new Dexie(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS.filter((s) => s.version <= 6)) {
      const v = v6.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
    const clippings = [clipping('a', '普法宣传进社区', 10), clipping('b', '城市运行管理', 20), clipping('c', '普法 climate report', 30)];
    const bodies = ['普法工作。', '城市管理。', 'The climate report.'];
    await v6.table('clippings').bulkAdd(clippings);
    // Version 6 rows as its writers made them: body and tokens.
    await v6.table('clippingTexts').bulkAdd(clippings.map((c, i) => ({ id: c.id, bodyText: bodies[i], tokens: clippingTokens(c, bodies[i]) })));
    // A text whose clipping is gone (a half-finished delete) still converts.
    await v6.table('clippingTexts').add({ id: 'orphan', bodyText: '普法', tokens: ['普法'] });
    v6.close();

    const db = new JianbaoDb(name);
    expect(db.verno).toBe(7);
    expect(await db.clippings.orderBy('id').toArray()).toEqual(clippings);
    const texts = await db.clippingTexts.orderBy('id').toArray();
    // The same rows the version 7 writers make.
    expect(texts.slice(0, 3)).toEqual(clippings.map((c, i) => clippingTextRow(c, bodies[i])));
    expect(texts[3]).toEqual({ id: 'orphan', bodyText: '普法', searchKeys: ['普法\u0000000000000'] });
    expect(await searchClippingIds(db, '普法')).toEqual(new Set(['a', 'c', 'orphan']));
    expect(await searchClippingIds(db, 'climate rep')).toEqual(new Set(['c']));
    const search = (await clippingSearch(db, '普法'))!;
    expect(await search.next(1)).toEqual(['c']);
    // The walk covers the clippings' creation times: a text without its clipping is not shown (the book lists headings).
    expect(await search.next(5)).toEqual(['a']);
    db.close();
  });
});

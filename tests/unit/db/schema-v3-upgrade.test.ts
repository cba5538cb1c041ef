import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JianbaoDb } from '../../../src/background/db/database';
import { SCHEMA_VERSIONS } from '../../../src/background/db/schema';
import { openNotesStream } from '../../../src/background/db/notes-stream';
import { searchKeysFor } from '../../../src/background/db/search-keys';
import { searchClippingIds } from '../../../src/background/db/clipping-queries';
import { makeArticle, makeHighlight } from '../../popup/seed-db';

describe('schema version 3 (the clipping book)', () => {
  it('opens a version 2 database with every record intact, still searchable, and empty clipping tables', async () => {
    const name = 'upgrade-from-v2';
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_VERSIONS[0].stores);
    v2.version(2).stores(SCHEMA_VERSIONS[1].stores);
    const highlights = [makeHighlight('a', '深入推进普法工作', { color: 'green', tags: ['法治'] }), makeHighlight('b', 'The climate report', { createdAt: 1_700_000_001_000 })];
    await v2.table('annotations').bulkAdd(highlights.map((h) => ({ ...h, searchKeys: searchKeysFor(h) })));
    const article = makeArticle('https://paper.example.cn/a.htm', '普法', { bodyText: '深入推进普法工作。' });
    await v2.table('articles').add(article);
    v2.close();

    const db = new JianbaoDb(name);
    expect(await db.annotations.orderBy('createdAt').toArray()).toEqual(highlights);
    expect(await db.articles.get(article.id)).toEqual(article);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await (await openNotesStream(db, { query: '普法' }, 'newest'))!.rest()).toEqual(['a']);
    expect(await db.clippings.count()).toBe(0);
    await db.clippingTexts.put({ id: article.id, bodyText: article.bodyText, searchKeys: searchKeysFor({ tokens: ['普法'], createdAt: 1 }) });
    expect(await searchClippingIds(db, '普法')).toEqual(new Set([article.id]));
    db.close();
  });
});

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JianbaoDb } from '../../../src/background/db/database';
import { openNotesStream } from '../../../src/background/db/notes-stream';
import { SCHEMA_VERSIONS } from '../../../src/background/db/schema';
import { makeArticle, makeHighlight } from '../../popup/seed-db';

const T0 = 1_700_000_000_000;

describe('schema version 2', () => {
  it('keeps every record of a version 1 database and makes them searchable through the new index', async () => {
    const name = 'upgrade-from-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0].stores);
    const highlights = [
      makeHighlight('old', '深入推进普法工作', { createdAt: T0, color: 'green', tags: ['法治'] }),
      makeHighlight('mid', 'The climate report', { createdAt: T0 + 1000, color: 'green' }),
      makeHighlight('new', '以案普法', { createdAt: T0 + 2000, note: 'climate too' }),
    ];
    const article = makeArticle('https://paper.example.cn/a.htm', '普法');
    await v1.table('annotations').bulkAdd(highlights);
    await v1.table('articles').add(article);
    v1.close();

    const db = new JianbaoDb(name);
    const stored = await db.annotations.toArray();
    expect(stored.sort((a, b) => a.createdAt - b.createdAt)).toEqual(highlights);
    expect(await db.articles.get(article.id)).toEqual(article);
    expect(db.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version);

    const search = async (filter: Parameters<typeof openNotesStream>[1]) => (await openNotesStream(db, filter, 'newest'))!.rest();
    expect(await search({ query: '普法' })).toEqual(['new', 'old']);
    expect(await search({ color: 'green' })).toEqual(['mid', 'old']);
    expect(await search({ tag: '法治' })).toEqual(['old']);
    expect(await search({ query: 'climate' })).toEqual(['new', 'mid']);
    // The derived field is in the index but never comes out of a read.
    expect(await db.annotations.where('searchKeys').startsWith('普法').count()).toBe(2);
    expect(Object.keys((await db.annotations.get('old'))!)).not.toContain('searchKeys');
    db.close();
  });
});

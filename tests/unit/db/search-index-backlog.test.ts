/**
 * A restore's two passes (services/search-index-backlog.ts): the records are written without
 * their search-index entries and listed in the backlog, all in the restore's transaction; the
 * second pass indexes them a slice per transaction, survives being cut off, and leaves exactly
 * the index an immediate write makes. Real Dexie on fake-indexeddb.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { searchClippingIds } from '../../../src/background/db/clipping-queries';
import type { JianbaoDb } from '../../../src/background/db/database';
import { JianbaoDb as Db } from '../../../src/background/db/database';
import { openNotesStream } from '../../../src/background/db/notes-stream';
import { SCHEMA_VERSIONS } from '../../../src/background/db/schema';
import { searchKeysFor } from '../../../src/background/db/search-keys';
import { clippingTextRow, clippingTokens } from '../../../src/background/clippings/clip-service';
import { importPlan } from '../../../src/background/services/import-service';
import { buildSearchIndex, runSearchIndexOnce, searchBacklogSize } from '../../../src/background/services/search-index-backlog';
import type { ImportPlan } from '../../../src/core/import/import-plan';
import { sampleClippings } from '../../fixtures/export/sample-bundle';
import { makeHighlight } from '../../popup/seed-db';
import { freshDb } from '../fake-db';

const WORDS = ['数字经济发展', '乡村振兴战略', 'harbour budget line', '生态环境保护', 'council debate'];

/** n highlights over a few pages, each with its own word so every one is findable alone. */
function plan(n: number): ImportPlan {
  const highlights = Array.from({ length: n }, (_, i) =>
    makeHighlight(`h-${String(i).padStart(4, '0')}`, `${WORDS[i % WORDS.length]} item${i}`, {
      pageUrl: `https://paper.example.cn/${i % 7}.htm`,
      color: i % 3 ? 'yellow' : 'blue',
      tags: i % 4 ? [] : ['budget'],
      createdAt: 1_700_000_000_000 + i * 1000,
      updatedAt: 1_700_000_000_000 + i * 1000,
    }),
  );
  return { source: 'jianbao-backup', articles: [], highlights, clippings: sampleClippings(), warnings: [] };
}

const found = async (db: JianbaoDb, query: string) => (await (await openNotesStream(db, { query }, 'newest'))!.rest()).sort();
/** Every entry of both search indexes, as IndexedDB holds them. */
const indexEntries = async (db: JianbaoDb) => ({
  highlights: (await db.annotations.orderBy('searchKeys').keys()).map(String),
  clippings: (await db.clippingTexts.orderBy('searchKeys').keys()).map(String),
});

describe('a restore in two passes', () => {
  it('writes the records at once without index entries, and the second pass makes exactly the index an immediate write makes', async () => {
    const direct = freshDb();
    await importPlan(direct, plan(60));
    const expected = await indexEntries(direct);
    expect(expected.highlights.length).toBeGreaterThan(60 * 5);
    expect(expected.clippings.length).toBeGreaterThan(10);
    const expectedClippings = await searchClippingIds(direct, '碧水');
    direct.close();

    const db = freshDb();
    const report = await importPlan(db, plan(60), undefined, { deferSearchIndex: true });
    expect(report.highlights.added).toBe(60);
    // Every record is there (listed, exported) but not yet in the search indexes.
    expect(await db.annotations.count()).toBe(60);
    expect(await db.clippings.count()).toBe(sampleClippings().clippings.length);
    expect(await indexEntries(db)).toEqual({ highlights: [], clippings: [] });
    expect(await found(db, 'item7')).toEqual([]);
    expect(await searchBacklogSize(db)).toBe(60 + sampleClippings().clippings.length);
    // Records read back are the model, with their tokens (only the index field is missing).
    expect((await db.annotations.get('h-0007'))!.tokens).toEqual(plan(60).highlights[7].tokens);

    const progress: number[] = [];
    const indexed = await buildSearchIndex(db, { onProgress: ({ done }) => progress.push(done), slice: { annotations: 25, clippingTexts: 2 } });
    expect(indexed).toBe(60 + sampleClippings().clippings.length);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(indexed);
    expect(await searchBacklogSize(db)).toBe(0);
    expect(await indexEntries(db)).toEqual(expected);
    expect(await found(db, 'item7')).toEqual(['h-0007']);
    expect(await found(db, '振兴')).toHaveLength(12);
    expect(await searchClippingIds(db, '碧水')).toEqual(expectedClippings);
    db.close();
  });

  it('goes on where a pass was cut off, and indexes what a record is now (edited) or skips it (deleted)', async () => {
    const db = freshDb();
    await importPlan(db, plan(40), undefined, { deferSearchIndex: true });
    // Cut off after two slices (the page closed): what was done stays done.
    let slices = 0;
    await buildSearchIndex(db, { slice: { annotations: 10 }, shouldStop: () => slices >= 2, beforeSlice: () => void slices++ });
    expect(await searchBacklogSize(db)).toBe(20 + sampleClippings().clippings.length);
    expect(await found(db, 'item3')).toEqual(['h-0003']);
    expect(await found(db, 'item33')).toEqual([]);

    // Cut off inside a slice (the background stopped): that slice's transaction is undone.
    let calls = 0;
    await expect(
      buildSearchIndex(db, {
        slice: { annotations: 10 },
        beforeSlice: () => {
          if (++calls === 2) throw new Error('stopped');
        },
      }),
    ).rejects.toThrow('stopped');
    expect(await searchBacklogSize(db)).toBe(10 + sampleClippings().clippings.length);

    // Meanwhile the reader edits one waiting highlight and deletes another.
    const waiting = await db.annotations.get('h-0035');
    await db.annotations.put({ ...waiting!, note: 'lighthouse', tokens: [...waiting!.tokens, 'lighthouse'] });
    await db.annotations.delete('h-0036');
    await runSearchIndexOnce(db);
    expect(await searchBacklogSize(db)).toBe(0);
    expect(await found(db, 'lighthouse')).toEqual(['h-0035']);
    expect(await found(db, 'item36')).toEqual([]);
    expect(await found(db, 'item39')).toEqual(['h-0039']);
    expect(await db.annotations.count()).toBe(39);
    db.close();
  });

  it('keeps a restore all or nothing: a restore that fails after the highlights leaves no backlog either', async () => {
    const db = freshDb();
    const bad = plan(5);
    // The last clipping cannot be stored (a function is not cloneable): its put fails after the
    // highlights and their backlog rows were written in the same transaction.
    const book = bad.clippings!;
    book.clippings[book.clippings.length - 1] = { ...book.clippings.at(-1)!, broken: () => 1 } as never;
    await expect(importPlan(db, bad, undefined, { deferSearchIndex: true })).rejects.toBeDefined();
    expect(await db.annotations.count()).toBe(0);
    expect(await searchBacklogSize(db)).toBe(0);
    db.close();
  });
});

describe('schema version 6 (the index backlog)', () => {
  it('opens a version 5 database with every record intact and searchable, and an empty backlog', async () => {
    freshDb().close();
    const name = 'upgrade-from-v5';
    const v5 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((s) => s.version <= 5)) v5.version(version).stores(stores);
    // A v5 database as v5 wrote it: each highlight with its search keys, each body with its tokens.
    const highlights = plan(12).highlights;
    await v5.table('annotations').bulkAdd(highlights.map((h) => ({ ...h, searchKeys: searchKeysFor(h) })));
    const book = sampleClippings();
    await v5.table('clippings').bulkAdd(book.clippings);
    await v5.table('clippingTexts').bulkAdd(book.texts.map((t) => ({ ...t, tokens: clippingTokens(book.clippings.find((c) => c.id === t.id)!, t.bodyText) })));
    const before = {
      highlights: (await v5.table('annotations').orderBy('searchKeys').keys()).map(String),
      // Version 7 turns each token into a time-ordered key (schema-v7-upgrade.test.ts).
      clippings: book.texts.flatMap((t) => clippingTextRow(book.clippings.find((c) => c.id === t.id)!, t.bodyText).searchKeys).sort(),
    };
    v5.close();

    const db = new Db(name);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(highlights);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await indexEntries(db)).toEqual(before);
    expect(await searchBacklogSize(db)).toBe(0);
    expect(await found(db, 'item5')).toEqual(['h-0005']);
    expect(await buildSearchIndex(db)).toBe(0);
    db.close();
  });
});

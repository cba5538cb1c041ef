import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JianbaoDb } from '../../../src/background/db/database';
import { tokensFor } from '../../../src/background/services/highlight-service';
import { importPlan } from '../../../src/background/services/import-service';
import { buildBackup } from '../../../src/core/export/backup-format';
import { buildW3c } from '../../../src/core/export/w3c-export';
import type { ImportPlan } from '../../../src/core/import/import-plan';
import { parseImportFile } from '../../../src/core/import/parse-import-file';
import type { Highlight } from '../../../src/core/model';
import { isColorKey } from '../../../src/core/settings/color-rules';
import { articleArb, highlightArb } from '../../fixtures/export/record-arbitraries';
import { sampleBundle } from '../../fixtures/export/sample-bundle';

let dbCounter = 0;

/** A new, empty database on its own fake IndexedDB factory, so tests never share state. */
function emptyDb(): JianbaoDb {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  return new JianbaoDb(`jianbao-import-test-${++dbCounter}`);
}

/**
 * Stored highlights carry the tokens the highlight service gives them, and a colour key within
 * the colour rules (the shared arbitrary makes any non-blank string, which a backup now refuses).
 */
const stored = (h: Highlight): Highlight => ({ ...h, color: isColorKey(h.color) ? h.color : 'green', tokens: tokensFor(h) });

function planFrom(text: string): ImportPlan {
  const result = parseImportFile(text);
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

const byId = <T extends { id: string }>(records: T[]): T[] => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('importPlan', () => {
  it('restores a backup into an empty database exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(articleArb, { selector: (a) => a.id, maxLength: 4 }),
        fc.uniqueArray(highlightArb.map(stored), { selector: (h) => h.id, maxLength: 6 }),
        async (articles, highlights) => {
          const db = emptyDb();
          const plan = planFrom(buildBackup({ articles, highlights, exportedAt: new Date(0) }));
          const result = await importPlan(db, plan);
          expect(result).toEqual({
            articles: { added: articles.length, updated: 0, unchanged: 0 },
            highlights: { added: highlights.length, updated: 0, unchanged: 0 },
            clippings: { added: 0, updated: 0, unchanged: 0 },
          });
          expect(byId(await db.articles.toArray())).toEqual(byId(articles));
          expect(byId(await db.annotations.toArray())).toEqual(byId(highlights));
          db.close();
        },
      ),
      { numRuns: 15 },
    );
  });

  it('changes nothing when the same file is imported twice', async () => {
    const db = emptyDb();
    const bundle = sampleBundle();
    const plan = planFrom(buildBackup({ ...bundle, highlights: bundle.highlights.map(stored) }));
    await importPlan(db, plan);
    const before = await db.annotations.toArray();
    const second = await importPlan(db, plan);
    expect(second).toEqual({
      articles: { added: 0, updated: 0, unchanged: 3 },
      highlights: { added: 0, updated: 0, unchanged: 5 },
      clippings: { added: 0, updated: 0, unchanged: 2 },
    });
    expect(await db.annotations.toArray()).toEqual(before);
  });

  it('changes nothing the second time a W3C file is imported, and makes search tokens', async () => {
    const db = emptyDb();
    const plan = planFrom(buildW3c(sampleBundle()));
    await importPlan(db, plan);
    expect(await importPlan(db, plan)).toEqual({
      articles: { added: 0, updated: 0, unchanged: 0 },
      highlights: { added: 0, updated: 0, unchanged: 5 },
      clippings: { added: 0, updated: 0, unchanged: 0 },
    });
    const first = await db.annotations.get(plan.highlights[0].id);
    expect(first?.tokens).toEqual(tokensFor(plan.highlights[0]));
    expect(first?.tokens.length).toBeGreaterThan(0);
  });

  it('keeps the record with the newer updatedAt on a conflict', async () => {
    const db = emptyDb();
    const [h] = sampleBundle().highlights.map(stored);
    await db.annotations.put({ ...h, note: 'local', updatedAt: 2_000 });
    const older: ImportPlan = { source: 'jianbao-backup', articles: [], highlights: [{ ...h, note: 'older file', updatedAt: 1_000 }], warnings: [] };
    const newer: ImportPlan = { ...older, highlights: [{ ...h, note: 'newer file', updatedAt: 3_000 }] };
    expect(await importPlan(db, older)).toMatchObject({ highlights: { updated: 0, unchanged: 1 } });
    expect((await db.annotations.get(h.id))?.note).toBe('local');
    expect(await importPlan(db, newer)).toMatchObject({ highlights: { updated: 1, unchanged: 0 } });
    expect((await db.annotations.get(h.id))?.note).toBe('newer file');
  });

  it('keeps the newest of two records with one id in the same file', async () => {
    const db = emptyDb();
    const [h] = sampleBundle().highlights.map(stored);
    const plan: ImportPlan = { source: 'w3c', articles: [], highlights: [{ ...h, note: 'b', updatedAt: 5 }, { ...h, note: 'a', updatedAt: 9 }], warnings: [] };
    expect(await importPlan(db, plan)).toMatchObject({ highlights: { added: 1 } });
    expect((await db.annotations.get(h.id))?.note).toBe('a');
  });

  it('writes nothing at all when one record cannot be stored', async () => {
    const db = emptyDb();
    const bundle = sampleBundle();
    // A function cannot be cloned into IndexedDB: the put fails after the articles were written.
    const broken = { ...stored(bundle.highlights[1]), note: (() => 'x') as unknown as string };
    const plan: ImportPlan = { source: 'jianbao-backup', articles: bundle.articles, highlights: [stored(bundle.highlights[0]), broken], warnings: [] };
    await expect(importPlan(db, plan)).rejects.toMatchObject({ code: 'StorageFailure' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });

  it('stores the search tokens it derives, not the ones a file carries', async () => {
    const db = emptyDb();
    const [h] = sampleBundle().highlights.map(stored);
    // A hand-edited or stale backup: its tokens no longer match the quote, note and tags.
    const plan: ImportPlan = { source: 'jianbao-backup', articles: [], highlights: [{ ...h, tokens: ['stale'] }], warnings: [] };
    await importPlan(db, plan);
    expect((await db.annotations.get(h.id))?.tokens).toEqual(tokensFor(h));
  });
});

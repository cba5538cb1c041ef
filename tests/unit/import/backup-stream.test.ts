// Large restores: the streaming backup reader gives exactly what parseImportFile gives, however
// the text is cut; the options page's restore (read + validate everything, then one transaction)
// is all or nothing and idempotent, with progress; the streamed backup file has the same bytes
// as buildBackup. On fake-indexeddb.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { buildBackup } from '../../../src/core/export/backup-format';
import { BackupStreamReader } from '../../../src/core/import/backup-stream';
import { parseImportFile } from '../../../src/core/import/parse-import-file';
import type { Highlight } from '../../../src/core/model';
import { isColorKey } from '../../../src/core/settings/color-rules';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import { articleArb, highlightArb } from '../../fixtures/export/record-arbitraries';
import { sampleBundle } from '../../fixtures/export/sample-bundle';
import { freshDb } from '../fake-db';

const sent: unknown[] = [];
const store: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { sendMessage: vi.fn(async (message: unknown) => (sent.push(message), { ok: true, value: { notified: true } })) },
    storage: {
      local: {
        get: vi.fn(async (key: string) => (key in store ? { [key]: store[key] } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(store, items)),
      },
    },
  },
}));

const { restoreFile, readImportFile } = await import('../../../options/restore-file');
const { backupFile } = await import('../../../options/backup-file');

/** Feeds a text to a stream reader in pieces cut at the given positions. */
function streamed(text: string, cuts: number[]) {
  const reader = new BackupStreamReader();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b).concat(text.length)) {
    if (!reader.write(text.slice(from, cut))) break;
    from = cut;
  }
  return reader.finish();
}

const validColor = (h: Highlight): Highlight => ({ ...h, color: isColorKey(h.color) ? h.color : 'green' });

describe('BackupStreamReader', () => {
  it('gives the plan parseImportFile gives, wherever the text is cut (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(articleArb, { selector: (a) => a.id, maxLength: 4 }),
        fc.uniqueArray(highlightArb.map(validColor), { selector: (h) => h.id, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (articles, highlights, rawCuts) => {
          const text = buildBackup({ articles, highlights, settings: DEFAULT_SETTINGS, exportedAt: new Date(0) });
          const cuts = rawCuts.map((c) => c % (text.length + 1));
          expect(streamed(text, cuts)).toEqual(parseImportFile(text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps every U+FEFF inside a text, wherever it stands and however the text is cut', () => {
    // Copied web text carries zero-width no-break spaces (Wikipedia's coordinates: "41°27′E\uFEFF / \uFEFF41.450°N").
    const bundle = sampleBundle();
    const article = bundle.articles[0];
    const bodyText = `\uFEFF${article.bodyText}\uFEFF / \uFEFF${'\uFEFF'.repeat(3)}end\uFEFF`;
    const articles = [{ ...article, bodyText, sentences: [{ start: 0, end: bodyText.length }] }, ...bundle.articles.slice(1)];
    const highlights = bundle.highlights.map((h, i) => (i === 0 ? { ...h, exact: '\uFEFF中文\uFEFF', note: '\uFEFF' } : h));
    const text = buildBackup({ ...bundle, articles, highlights });
    for (const cuts of [[], [1, 2, 3], Array.from({ length: 40 }, (_, i) => text.indexOf('\uFEFF') + i)]) {
      const result = streamed(text, cuts);
      expect(result.ok && result.value.articles[0].bodyText).toBe(bodyText);
      expect(result.ok && result.value.highlights.find((h) => h.id === highlights[0].id)?.exact).toBe('\uFEFF中文\uFEFF');
      expect(result).toEqual(parseImportFile(text));
    }
  });

  it('without image bytes (text exports): checks every image as on restore, keeps its description and counts', () => {
    const text = buildBackup(sampleBundle());
    const full = streamed(text, [300]);
    const reader = new BackupStreamReader({ keepImageBytes: false });
    reader.write(text);
    const light = reader.finish();
    if (!full.ok || !light.ok) throw new Error('not read');
    expect(light.value.clippings!.images.map((i) => i.bytes.byteLength)).toEqual(light.value.clippings!.images.map(() => 0));
    expect(light.value.clippings!.images.map(({ bytes: _b, ...rest }) => rest)).toEqual(full.value.clippings!.images.map(({ bytes: _b, ...rest }) => rest));
    expect(light.value.clippings!.clippings).toEqual(full.value.clippings!.clippings);
    expect({ ...light.value, clippings: undefined }).toEqual({ ...full.value, clippings: undefined });
    const bad = new BackupStreamReader({ keepImageBytes: false });
    bad.write(text.replace('"type":"image/png"', '"type":"image/gif"'));
    expect(bad.finish()).toMatchObject({ ok: false, error: { detail: expect.stringMatching(/the bytes are image\/png, type says image\/gif/) } });
  });

  it('names the bad record and field like parseImportFile, and stops at the first', () => {
    const bundle = sampleBundle();
    const bad = buildBackup({ ...bundle, highlights: bundle.highlights.map((h, i) => (i === 2 ? { ...h, createdAt: 9e15 } : h)) });
    const result = streamed(bad, [100, 2000]);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidImport' } });
    expect(result).toEqual(parseImportFile(bad));
    expect(!result.ok && result.error.detail).toMatch(/backup\.highlights\[2\]\.createdAt/);
  });

  it('refuses repeated ids, text that is no JSON, and a newer backup version', () => {
    const bundle = sampleBundle();
    const repeated = buildBackup({ ...bundle, highlights: [bundle.highlights[0], bundle.highlights[0]] });
    expect(streamed(repeated, [])).toMatchObject({ ok: false, error: { detail: expect.stringMatching(/repeats the id/) } });
    expect(streamed('{"format": "jianbao-backup", "version": 1, "articles": [', [])).toMatchObject({ ok: false, error: { code: 'InvalidImport' } });
    expect(streamed('{"format": "jianbao-backup", "version": 9, "exportedAt": "x", "articles": [], "highlights": []}', [])).toMatchObject({
      ok: false,
      error: { detail: expect.stringMatching(/newer Jianbao/) },
    });
  });

  it('ignores top-level arrays it does not know (a later table) and restores the rest', () => {
    const text = buildBackup(sampleBundle()).replace(/\n}\n$/, ',\n  "laterTable": [\n    {"id": "c1"},\n    {"id": "c2"}\n  ]\n}\n');
    const result = streamed(text, [50]);
    expect(result.ok && result.value.highlights.length).toBe(sampleBundle().highlights.length);
    expect(result).toEqual(parseImportFile(text));
  });
});

describe('restoreFile (options page)', () => {
  let db: JianbaoDb;
  beforeEach(() => {
    db = freshDb();
    sent.length = 0;
    for (const key of Object.keys(store)) delete store[key];
  });
  afterEach(() => db.close());

  const fileOf = (text: string) => new Blob([text], { type: 'application/json' });

  it('restores, reports progress of both phases up to 100 %, tells the background once, and a second restore changes nothing', async () => {
    const bundle = sampleBundle();
    const text = buildBackup(bundle);
    const progress: { phase: string; fraction: number }[] = [];
    const report = await restoreFile(fileOf(text), (p) => progress.push(p));
    expect(report.highlights).toEqual({ added: bundle.highlights.length, updated: 0, unchanged: 0 });
    expect(report.settingsRestored).toBe(!!bundle.settings);
    expect(progress.filter((p) => p.phase === 'reading').at(-1)?.fraction).toBe(1);
    expect(progress.filter((p) => p.phase === 'writing').at(-1)?.fraction).toBe(1);
    expect(sent).toEqual([{ type: 'ui-bg:imported', payload: {} }]);
    const again = await restoreFile(fileOf(text));
    expect(again.highlights).toEqual({ added: 0, updated: 0, unchanged: bundle.highlights.length });
  });

  it('writes nothing at all when the last record of a file is bad', async () => {
    const bundle = sampleBundle();
    const last = bundle.highlights.length - 1;
    const text = buildBackup({ ...bundle, highlights: bundle.highlights.map((h, i) => (i === last ? { ...h, sentenceRange: [3, 1] as [number, number] } : h)) });
    await expect(restoreFile(fileOf(text))).rejects.toMatchObject({ code: 'InvalidImport' });
    expect(await db.annotations.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
    expect(store.settings).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('reads a file in slices across multi-byte characters (Chinese text cut by the slice size)', async () => {
    const bundle = sampleBundle();
    const long = { ...bundle.highlights[0], id: 'long', note: '记者'.repeat(450_000) };
    const text = buildBackup({ ...bundle, highlights: [...bundle.highlights, long] });
    const plan = await readImportFile(fileOf(text));
    expect(plan.highlights.find((h) => h.id === 'long')?.note).toBe(long.note);
  });

  it('refuses a file over the size rule before reading it', async () => {
    await expect(readImportFile(fileOf('{}'), undefined, { maxBytes: 1 })).rejects.toMatchObject({
      code: 'ImportTooLarge',
      detail: expect.stringMatching(/Jianbao restores and imports files of up to/),
    });
  });
});

describe('backupFile (streamed backup)', () => {
  it('writes the same bytes as buildBackup, across several pages of records', async () => {
    const db = freshDb();
    const bundle = sampleBundle();
    const many = Array.from({ length: 4_500 }, (_, i) => ({ ...bundle.highlights[0], id: `bulk-${String(i).padStart(5, '0')}` }));
    await db.articles.bulkPut(bundle.articles);
    await db.annotations.bulkPut([...bundle.highlights, ...many]);
    const exportedAt = new Date(Date.UTC(2026, 0, 2));
    const file = await backupFile(db, DEFAULT_SETTINGS, exportedAt);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const expected = buildBackup({
      articles: byId(await db.articles.toArray()),
      highlights: byId(await db.annotations.toArray()),
      clippings: { clippings: [], texts: [], images: [] },
      settings: DEFAULT_SETTINGS,
      exportedAt,
    });
    expect(await file.blob.text()).toBe(expected);
    expect(file.highlights).toBe(bundle.highlights.length + many.length);
    db.close();
  });
});

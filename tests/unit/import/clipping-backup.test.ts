// The clipping book in backups: clippings, their texts and images (base64 in pieces) are
// written by buildBackup and the streamed backup file alike, read back by parseImportFile and
// the streaming reader alike, refused field by field when they break the model's bounds, and
// restored all or nothing and idempotently (fake-indexeddb).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchClippingIds } from '../../../src/background/db/clipping-queries';
import { openDb, type JianbaoDb } from '../../../src/background/db/database';
import { importPlan } from '../../../src/background/services/import-service';
import { clippingTextRow } from '../../../src/background/clippings/clip-service';
import { clippingImageId, type ClippingImage } from '../../../src/core/clippings/clipping';
import { backupImagePieces, buildBackup, IMAGE_CHUNK_BYTES } from '../../../src/core/export/backup-format';
import type { ClippingSet, ExportBundle } from '../../../src/core/export/export-bundle';
import { BackupStreamReader } from '../../../src/core/import/backup-stream';
import type { ImportPlan } from '../../../src/core/import/import-plan';
import { parseImportFile } from '../../../src/core/import/parse-import-file';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import { decodeBase64Into, encodeBase64 } from '../../../src/core/text/base64';
import { sampleBundle, sampleClippings } from '../../fixtures/export/sample-bundle';
import { freshDb } from '../fake-db';

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { sendMessage: vi.fn(async () => ({ ok: true, value: { notified: true } })) },
    storage: { local: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined) } },
  },
}));
const { restoreFile } = await import('../../../options/restore-file');
const { backupFile } = await import('../../../options/backup-file');

const bytesOf = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer));

/** A PNG-signed image of `size` bytes with a pattern, so every byte position is checked. */
function pngImage(clippingId: string, index: number, size: number): ClippingImage {
  const bytes = new Uint8Array(size).map((_, i) => (i * 7 + index) & 255);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { id: clippingImageId(clippingId, index), clippingId, index, sourceUrl: '', type: 'image/png', bytes: bytes.buffer, size, alt: '', caption: '', paragraph: 0 };
}

/** The sample book, with a third image on the second clipping large enough to need three base64 pieces. */
function bigBook(): ClippingSet {
  const book = sampleClippings();
  const c = book.clippings[1];
  const big = pngImage(c.id, 2, IMAGE_CHUNK_BYTES * 2 + 1234);
  book.images.push(big);
  c.imageCount++;
  c.imageBytes += big.size;
  return book;
}

function plan(text: string): ImportPlan {
  const read = parseImportFile(text);
  if (!read.ok) throw new Error(read.error.detail);
  return read.value;
}

function streamed(text: string, cuts: number[]) {
  const reader = new BackupStreamReader();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b).concat(text.length)) {
    if (!reader.write(text.slice(from, cut))) break;
    from = cut;
  }
  return reader.finish();
}

/** The backup text with one image record's field replaced (JSON in, JSON out). */
function withImage(bundle: ExportBundle, change: (record: Record<string, unknown>) => void, index = 0): string {
  const text = buildBackup(bundle);
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('"clippingId"')) + index;
  const record = JSON.parse(lines[at].trim().replace(/,$/, '')) as Record<string, unknown>;
  change(record);
  lines[at] = `    ${JSON.stringify(record)}${lines[at].trim().endsWith(',') ? ',' : ''}`;
  return lines.join('\n');
}

describe('base64', () => {
  it('round-trips any bytes, also decoded piece by piece at multiples of 3 bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 1, max: 20 }), (bytes, unit) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        const out = new Uint8Array(bytes.length);
        let at = 0;
        const step = unit * 3;
        for (let from = 0; from < bytes.length || from === 0; from += step) {
          const piece = encodeBase64(bytes.subarray(from, from + step));
          at = decodeBase64Into(piece, out, at, from + step >= bytes.length)!;
          if (bytes.length === 0) break;
        }
        expect(at).toBe(bytes.length);
        expect(Array.from(out)).toEqual(Array.from(bytes));
      }),
    );
  });

  it('refuses what is not base64', () => {
    const out = new Uint8Array(10);
    for (const bad of ['abc', 'ab=c', 'a?cd', 'QQ==QQ==', 'QUJD\u00e9QUJD']) expect(decodeBase64Into(bad, out, 0, true), bad).toBeUndefined();
    // Padding only at the very end of an image's last piece.
    expect(decodeBase64Into('QQ==', out, 0, false)).toBeUndefined();
  });
});

describe('clippings in a backup file', () => {
  it('writes an image as base64 pieces of IMAGE_CHUNK_BYTES, never one string', () => {
    const image = pngImage('c', 0, IMAGE_CHUNK_BYTES * 2 + 5);
    const pieces = backupImagePieces(image, true);
    expect(pieces.length).toBe(5); // head, three pieces of data, close
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual((IMAGE_CHUNK_BYTES / 3) * 4 + 3);
    const record = JSON.parse(pieces.join('').trim()) as { data: string[]; size: number };
    expect(record.data).toHaveLength(3);
    expect(record.size).toBe(image.size);
  });

  it('reads back clippings, texts and images exactly, with parseImportFile and the stream wherever it is cut (property)', () => {
    const bundle = { ...sampleBundle(), clippings: bigBook() };
    const text = buildBackup(bundle);
    const whole = plan(text);
    expect(whole.clippings?.clippings).toEqual(bundle.clippings.clippings);
    expect(whole.clippings?.texts.map((t) => t.bodyText)).toEqual(bundle.clippings.texts.map((t) => t.bodyText));
    expect(whole.clippings?.images.map((i) => ({ ...i, bytes: bytesOf(i.bytes) }))).toEqual(bundle.clippings.images.map((i) => ({ ...i, bytes: bytesOf(i.bytes) })));
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 12 }), (cuts) => {
        expect(streamed(text, cuts)).toEqual(parseImportFile(text));
      }),
      { numRuns: 25 },
    );
  });

  it('derives image counts from the images the file holds', () => {
    const bundle = sampleBundle();
    const text = buildBackup({ ...bundle, clippings: { ...bundle.clippings!, clippings: bundle.clippings!.clippings.map((c) => ({ ...c, imageCount: 0, imageBytes: 0 })) } });
    const [first, second] = plan(text).clippings!.clippings;
    expect([first.imageCount, second.imageCount]).toEqual([0, 2]);
    expect(second.imageBytes).toBe(bundle.clippings!.images.reduce((n, i) => n + i.size, 0));
  });

  it('refuses a bad clipping or image with a sentence naming its record and field, the same in both readers', () => {
    const bundle = sampleBundle();
    const book = bundle.clippings!;
    const cases: [string, RegExp][] = [
      [buildBackup({ ...bundle, clippings: { ...book, clippings: [{ ...book.clippings[0], createdAt: 9e15 }, book.clippings[1]] } }), /backup\.clippings\[0\]\.createdAt/],
      [buildBackup({ ...bundle, clippings: { ...book, clippings: [book.clippings[1], book.clippings[1]] } }), /clippings\[1\]\.id: repeats the id/],
      [buildBackup({ ...bundle, clippings: { ...book, clippings: [book.clippings[0]] } }), /clippingImages\[0\]\.clippingId: no clipping of this backup/],
      [withImage(bundle, (r) => (r.type = 'image/jpeg')), /clippingImages\[0\]\.data: the bytes are image\/png, type says image\/jpeg/],
      [withImage(bundle, (r) => (r.type = 'image/svg+xml')), /clippingImages\[0\]\.type/],
      [withImage(bundle, (r) => (r.size = 999)), /data: holds \d+ bytes, size says 999/],
      [withImage(bundle, (r) => (r.data = ['<svg onload=alert(1)>'])), /clippingImages\[0\]\.data\[0\]: is not base64/],
      [withImage(bundle, (r) => (r.data = ['iVBO', 'Rw=='])), /is not base64|holds/],
      [withImage(bundle, (r) => (r.index = 30)), /clippingImages\[0\]\.index/],
      [withImage(bundle, (r) => (r.id = 'elsewhere')), /clippingImages\[0\]: the id is not the clipping id/],
      [withImage(bundle, (r) => (r.width = -3)), /clippingImages\[0\]\.width/],
      [withImage(bundle, (r) => (r.data = [])), /clippingImages\[0\]\.data/],
    ];
    for (const [text, pattern] of cases) {
      const whole = parseImportFile(text);
      expect(whole.ok, String(pattern)).toBe(false);
      expect(!whole.ok && whole.error.detail).toMatch(pattern);
      expect(streamed(text, [777, 1500]), String(pattern)).toEqual(whole);
    }
  });
});

describe('restoring clippings', () => {
  let db: JianbaoDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => db.close());

  it('writes all three tables with derived search tokens, and a second restore changes nothing', async () => {
    const bundle = { ...sampleBundle(), clippings: bigBook() };
    const read = plan(buildBackup(bundle));
    const first = await importPlan(db, read);
    expect(first.clippings).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await db.clippings.count()).toBe(2);
    expect(await db.clippingImages.count()).toBe(3);
    const big = await db.clippingImages.get(bundle.clippings.images[2].id);
    expect(bytesOf(big!.bytes)).toEqual(bytesOf(bundle.clippings.images[2].bytes));
    // Found by the book's search (tokens are made on import; the file has none).
    expect(await searchClippingIds(db, '碧水')).toEqual(new Set([bundle.clippings.clippings[1].id]));
    expect(await searchClippingIds(db, '追踪')).toEqual(new Set([bundle.clippings.clippings[1].id]));
    const before = { c: await db.clippings.toArray(), t: await db.clippingTexts.toArray(), i: await db.clippingImages.toArray() };
    expect((await importPlan(db, read)).clippings).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect({ c: await db.clippings.toArray(), t: await db.clippingTexts.toArray(), i: await db.clippingImages.toArray() }).toEqual(before);
  });

  it('a newer clipping in the file replaces the stored one with its images; an older one leaves it', async () => {
    const bundle = { ...sampleBundle(), clippings: bigBook() };
    await importPlan(db, plan(buildBackup(bundle)));
    const book = bundle.clippings;
    const c = book.clippings[1];
    const oneImage = (updatedAt: number, note: string): ClippingSet => ({
      clippings: [{ ...c, note, imageCount: 1, imageBytes: book.images[0].size, updatedAt }],
      texts: [book.texts[1]],
      images: [book.images[0]],
    });
    expect((await importPlan(db, plan(buildBackup({ ...bundle, clippings: oneImage(c.updatedAt - 1, 'older') })))).clippings).toMatchObject({ unchanged: 1 });
    expect((await db.clippings.get(c.id))?.note).toBe(c.note);
    expect(await db.clippingImages.where('clippingId').equals(c.id).count()).toBe(3);
    expect((await importPlan(db, plan(buildBackup({ ...bundle, clippings: oneImage(c.updatedAt + 1, 'newer') })))).clippings).toMatchObject({ updated: 1 });
    expect(await db.clippings.get(c.id)).toMatchObject({ note: 'newer', imageCount: 1 });
    expect((await db.clippingImages.where('clippingId').equals(c.id).toArray()).map((i) => i.id)).toEqual([book.images[0].id]);
    expect(await searchClippingIds(db, 'newer')).toEqual(new Set([c.id]));
  });

  it('writes nothing at all when an image cannot be stored', async () => {
    const bundle = sampleBundle();
    const read = plan(buildBackup(bundle));
    // A function cannot be cloned into IndexedDB: the last put of the transaction fails.
    (read.clippings!.images[1] as unknown as { caption: unknown }).caption = () => 'x';
    await expect(importPlan(db, read)).rejects.toMatchObject({ code: 'StorageFailure' });
    for (const table of [db.articles, db.annotations, db.clippings, db.clippingTexts, db.clippingImages]) expect(await table.count()).toBe(0);
  });

  it('the streamed backup file holds the book (same bytes as buildBackup across pages) and restores into an empty database', async () => {
    const bundle = sampleBundle();
    const book = bundle.clippings!;
    // 3 clippings × 15 images: more than one page of images.
    const extra = [0, 1, 2].map((n) => ({ ...book.clippings[0], id: `extra-${n}`, imageCount: 15, imageBytes: 15 * 300 }));
    const images = extra.flatMap((c) => Array.from({ length: 15 }, (_, i) => pngImage(c.id, i, 300)));
    await db.articles.bulkPut(bundle.articles);
    await db.annotations.bulkPut(bundle.highlights);
    await db.clippings.bulkPut([...book.clippings, ...extra]);
    await db.clippingTexts.bulkPut([...book.texts.map((t) => clippingTextRow(book.clippings.find((c) => c.id === t.id)!, t.bodyText)), ...extra.map((c) => clippingTextRow(c, `正文 ${c.id}`))]);
    await db.clippingImages.bulkPut([...book.images, ...images]);
    const exportedAt = new Date(Date.UTC(2026, 0, 2));
    const file = await backupFile(db, DEFAULT_SETTINGS, exportedAt);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const expected = buildBackup({
      articles: byId(await db.articles.toArray()),
      highlights: byId(await db.annotations.toArray()),
      clippings: { clippings: byId(await db.clippings.toArray()), texts: await db.clippingTexts.toArray(), images: byId(await db.clippingImages.toArray()) },
      settings: DEFAULT_SETTINGS,
      exportedAt,
    });
    expect(await file.blob.text()).toBe(expected);
    expect([file.clippings, file.images]).toEqual([5, 47]);

    // The options page restores into the extension's own database (the same fake factory here).
    const target = openDb();
    const report = await restoreFile(file.blob);
    expect(report.clippings).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(byId(await target.clippingImages.toArray()).map((i) => ({ ...i, bytes: bytesOf(i.bytes) }))).toEqual(
      byId(await db.clippingImages.toArray()).map((i) => ({ ...i, bytes: bytesOf(i.bytes) })),
    );
    expect(byId(await target.clippings.toArray())).toEqual(byId(await db.clippings.toArray()));
    expect((await restoreFile(file.blob)).clippings).toEqual({ added: 0, updated: 0, unchanged: 5 });
    target.close();
  });
});

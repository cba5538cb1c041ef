/**
 * The clipping book syncs: two libraries on fake-indexeddb and a real express-pouchdb server on
 * 127.0.0.1. A clipping (heading, body, note, tags) is one document; its images travel as
 * content-named blob documents of 1 MiB parts, fetched and checked before they are stored.
 */
import { describe, expect, it } from 'vitest';
import { clipArticle } from '../../../src/background/clippings/clip-service';
import { deleteClipping, updateClipping } from '../../../src/background/clippings/clipping-service';
import type { ImageFetcher } from '../../../src/background/clippings/fetch-image';
import type { JianbaoDb } from '../../../src/background/db/database';
import { searchClippingIds } from '../../../src/background/db/clipping-queries';
import { runSync } from '../../../src/background/sync/run-sync';
import { resolveClippingNoteConflict } from '../../../src/background/sync/local-store';
import { noteConflicts } from '../../../src/background/db/sync-queries';
import { sha256Hex } from '../../../src/core/clippings/image-hash';
import { BLOB_PART } from '../../../src/core/sync/clipping-doc';
import { formatStamp } from '../../../src/core/sync/hlc';
import { MIN_ITERATIONS, toBase64 } from '../../../src/core/sync/sync-crypto';
import type { DetectedArticle } from '../../../src/messages';
import { freshDb } from '../fake-db';
import { png, putServerDoc, serverDocs, usePouchServer } from './sync-lib';

const { newTarget } = usePouchServer('clip');

const sizes: Record<string, number> = { small: 3_000, big: BLOB_PART + 200_000 };
const fetcher: ImageFetcher = async (src) => {
  const name = src.includes('big') ? 'big' : 'small';
  const size = sizes[name]!;
  return { bytes: png(size, name.length), type: 'image/png', size };
};

const article: DetectedArticle = {
  kind: 'html',
  url: 'https://epaper.example.cn/html/2022-03/31/content_6.htm',
  title: '“最美石油红”守护碧水蓝天',
  authors: [{ name: '张三', role: 'reporter' }],
  publication: '荆州日报',
  date: '2022-03-31',
  page: '02',
  language: 'zh-CN',
  bodyText: '早上8时，江汉油田的清晨。\n\n废弃井在哪里，他和同事就把绿色环保延伸到哪里。',
  sources: {},
};
const images = [
  { src: 'https://epaper.example.cn/small.jpg', alt: '井场', caption: '清晨的井场', paragraph: 0 },
  { src: 'https://epaper.example.cn/big.jpg', alt: '油田', caption: '', paragraph: 1, width: 800, height: 600 },
];

async function clip(db: JianbaoDb, now = Date.now()) {
  await clipArticle(db, { article, images }, { fetcher, now });
}

/** The book as the reader sees it: headings, bodies, image descriptions and bytes (hex digests). */
async function book(db: JianbaoDb) {
  const clippings = (await db.clippings.orderBy('id').toArray()).map(({ updatedAt: _u, ...rest }) => rest);
  const texts = await db.clippingTexts.orderBy('id').toArray();
  const imgs = await Promise.all(
    (await db.clippingImages.orderBy('id').toArray()).map(async ({ bytes, ...rest }) => ({ ...rest, digest: await sha256Hex(bytes) })),
  );
  return { clippings, texts, images: imgs };
}

describe('clippings sync', () => {
  it('brings a clipping with its note, tags, body and images (a big one in two parts) to the other library', async () => {
    const target = await newTarget();
    const a = freshDb();
    const b = freshDb();
    await clip(a);
    await updateClipping(a, article.url, { note: '值得一读', tags: ['环保'] });
    const up = await runSync(a, target);
    expect(up.sent).toBe(2); // the clipping and the article record clipping stored
    const docs = await serverDocs(target.url, target.db);
    expect(docs.filter((d) => String(d._id).startsWith('blob:')).map((d) => d._id).sort()).toHaveLength(3);
    const down = await runSync(b, target);
    expect(down.skipped).toEqual([]);
    expect(await book(b)).toEqual(await book(a));
    const [mine] = await book(b).then((x) => x.images);
    expect(mine?.digest).toBe(await sha256Hex(png(sizes.small!, 5)));
    // Found by search on the other device: its tokens were made there.
    expect([...((await searchClippingIds(b, '环保')) ?? [])]).toEqual([article.url]);
  });

  it('sends a note edit without the images again, merges tags and keeps both concurrent notes', async () => {
    const target = await newTarget();
    const a = freshDb();
    const b = freshDb();
    await clip(a);
    await runSync(a, target);
    await runSync(b, target);
    await updateClipping(a, article.url, { note: 'note from A', tags: ['a'] });
    await updateClipping(b, article.url, { note: 'note from B' });
    const edit = await runSync(a, target);
    expect(edit.sent).toBe(1);
    expect(edit.bytesUp).toBeLessThan(20_000); // no image part (the small one alone is 4 KB of base64, the big one 1.6 MB)
    await runSync(b, target);
    await runSync(a, target);
    const [ca, cb] = [await a.clippings.get(article.url), await b.clippings.get(article.url)];
    expect(ca?.note).toBe(cb?.note);
    expect(ca?.tags).toEqual(['a']);
    expect(cb?.tags).toEqual(['a']);
    const meta = await a.syncMeta.get(`clipping:${article.url}`);
    expect([ca?.note, ...(meta?.texts.note?.conflicts.map((c) => c.v) ?? [])].sort()).toEqual(['note from A', 'note from B']);
    expect(await book(a)).toEqual(await book(b));
  });

  it('a conflict settled in the book (either choice) ends on both libraries after the next syncs, and search finds the chosen text', async () => {
    const target = await newTarget();
    const a = freshDb();
    const b = freshDb();
    await clip(a);
    await runSync(a, target);
    await runSync(b, target);
    await updateClipping(a, article.url, { note: '甲的笔记' });
    await updateClipping(b, article.url, { note: '乙的笔记' });
    await runSync(a, target);
    await runSync(b, target);
    await runSync(a, target);
    const conflictsOf = async (db: JianbaoDb) => (await noteConflicts(db, [article.url], 'clipping')).get(article.url) ?? [];
    const shownInB = (await b.clippings.get(article.url))!.note;
    const [otherInB] = await conflictsOf(b);
    expect([shownInB, otherInB].sort()).toEqual(['乙的笔记', '甲的笔记']);
    expect(await conflictsOf(a)).toEqual([otherInB]);

    // "Use the other version" in B's book.
    const resolved = await resolveClippingNoteConflict(b, article.url, otherInB!);
    expect(resolved?.note).toBe(otherInB);
    expect(await conflictsOf(b)).toEqual([]);
    expect((await runSync(b, target)).sent).toBe(1);
    expect((await runSync(a, target)).received).toBe(1);
    for (const db of [a, b]) {
      expect((await db.clippings.get(article.url))?.note).toBe(otherInB);
      expect(await conflictsOf(db)).toEqual([]);
      expect([...((await searchClippingIds(db, otherInB!.slice(0, 1))) ?? [])]).toEqual([article.url]);
      expect([...((await searchClippingIds(db, shownInB.slice(0, 1))) ?? [])]).toEqual([]);
    }
    expect(await book(a)).toEqual(await book(b));

    // A new conflict, settled in A by "keep this note" (the text A shows, unchanged).
    await updateClipping(a, article.url, { note: 'again A' });
    await updateClipping(b, article.url, { note: 'again B' });
    await runSync(b, target);
    await runSync(a, target);
    const kept = (await a.clippings.get(article.url))!.note;
    expect(await conflictsOf(a)).toHaveLength(1);
    await resolveClippingNoteConflict(a, article.url, kept);
    await runSync(a, target);
    await runSync(b, target);
    for (const db of [a, b]) {
      expect((await db.clippings.get(article.url))?.note).toBe(kept);
      expect(await conflictsOf(db)).toEqual([]);
    }
    expect(await resolveClippingNoteConflict(a, 'https://gone.example/x', 'x')).toBeUndefined();
  });

  it('propagates a delete as a tombstone and removes the text and images there', async () => {
    const target = await newTarget();
    const a = freshDb();
    const b = freshDb();
    await clip(a);
    await runSync(a, target);
    await runSync(b, target);
    expect(await b.clippingImages.count()).toBe(2);
    await deleteClipping(a, article.url);
    await runSync(a, target);
    const down = await runSync(b, target);
    expect(down.received).toBe(1);
    expect(await b.clippings.count()).toBe(0);
    expect(await b.clippingTexts.count()).toBe(0);
    expect(await b.clippingImages.count()).toBe(0);
    const doc = (await serverDocs(target.url, target.db)).find((d) => d._id === `clipping:${article.url}`) as { doc: { deleted?: string } };
    expect(doc.doc.deleted).toBeTruthy();
  });

  it('names (hashes) images restored without a name, and syncs them', async () => {
    const target = await newTarget();
    const a = freshDb();
    await clip(a);
    // As a backup restore writes them: no sha256.
    await a.clippingImages.toCollection().modify((image) => {
      delete image.sha256;
    });
    const b = freshDb();
    await runSync(a, target);
    await runSync(b, target);
    expect((await book(b)).images.map((i) => i.digest)).toEqual((await book(a)).images.map((i) => i.digest));
    expect((await a.clippingImages.toArray()).every((i) => /^[0-9a-f]{64}$/.test(i.sha256 ?? ''))).toBe(true);
  });

  it('skips and reports clippings that fail the model bounds or whose images are missing or false, storing none of them', async () => {
    const target = await newTarget();
    const b = freshDb();
    const stamp = formatStamp({ wall: Date.now(), counter: 0, node: 'evil' });
    const good = await sha256Hex(png(3000, 5));
    const image = (sha: string, index = 0) => ({ index, sourceUrl: '', type: 'image/png', size: 3000, alt: '', caption: '', paragraph: 0, sha256: sha });
    const doc = (id: string, fields: Record<string, unknown>) => ({
      _id: `clipping:${id}`, jb: 1,
      doc: {
        kind: 'clipping', id,
        fields: Object.fromEntries(Object.entries({ pageUrl: id, url: id, title: 'T', authors: [], tags: [], imagesSkipped: 0, createdAt: 1, bodyText: 'B', images: [], ...fields }).map(([k, v]) => [k, { v, s: stamp }])),
        texts: { note: [{ v: '', s: stamp, vv: { evil: stamp } }] },
      },
    });
    // A blob whose bytes are not the content its name says, and one whose bytes are not an image.
    const fake = 'a'.repeat(64);
    await putServerDoc(target.url, target.db, { _id: `blob:${fake}.0`, jb: 1, b: toBase64(new Uint8Array(png(3000, 5))) });
    const text = new Uint8Array(3000).fill(65);
    const textSha = await sha256Hex(text);
    await putServerDoc(target.url, target.db, { _id: `blob:${textSha}.0`, jb: 1, b: toBase64(text) });
    await putServerDoc(target.url, target.db, doc('c1', { images: [image(good)] })); // no blob on the server
    await putServerDoc(target.url, target.db, doc('c2', { images: [image(fake)] }));
    await putServerDoc(target.url, target.db, doc('c3', { images: [image(textSha)] }));
    await putServerDoc(target.url, target.db, doc('c4', { images: Array.from({ length: 31 }, (_, i) => image(good, i)) }));
    await putServerDoc(target.url, target.db, doc('c5', { createdAt: -5 }));
    await putServerDoc(target.url, target.db, doc('c6', { images: [image(good, 1), image(good, 0)] }));
    await putServerDoc(target.url, target.db, doc('c7', { readerFields: ['title'] }));
    await putServerDoc(target.url, target.db, doc('ok', {}));
    const result = await runSync(b, target);
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.id, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['clipping:c1', 'clipping:c2', 'clipping:c3', 'clipping:c4', 'clipping:c5', 'clipping:c6', 'clipping:c7']);
    expect(reasons['clipping:c1']).toMatch(/not on the server/);
    expect(reasons['clipping:c2']).toMatch(/SHA-256/);
    expect(reasons['clipping:c3']).toMatch(/not a image\/png/);
    expect(reasons['clipping:c7']).toMatch(/unknown field readerFields/);
    expect((await b.clippings.toArray()).map((c) => c.id)).toEqual(['ok']);
    expect(await b.clippingImages.count()).toBe(0);
  });

  it('with a passphrase: clipping and images are ciphertext under eb:/e: ids, and the same passphrase reads them', async () => {
    const target = await newTarget();
    const secret = { passphrase: 'clip passphrase', iterations: MIN_ITERATIONS };
    const a = freshDb();
    const b = freshDb();
    await clip(a);
    await updateClipping(a, article.url, { note: '私人笔记', tags: ['秘密'] });
    await runSync(a, target, secret);
    const docs = await serverDocs(target.url, target.db);
    const text = JSON.stringify(docs);
    for (const plain of ['私人笔记', '秘密', '荆州日报', '守护碧水蓝天', 'epaper.example.cn', 'clipping:', 'blob:', toBase64(new Uint8Array(png(3000, 5)).subarray(0, 300))]) expect(text).not.toContain(plain);
    expect(docs.filter((d) => String(d._id).startsWith('eb:'))).toHaveLength(3);
    await runSync(b, target, secret);
    expect(await book(b)).toEqual(await book(a));
  });
});

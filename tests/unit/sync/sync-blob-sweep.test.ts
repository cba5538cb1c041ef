/**
 * The blob sweep (background/sync/blob-sweep.ts) on fake-indexeddb against express-pouchdb:
 * image blobs no clipping names any more leave the server a day after a sweep first found them
 * so; blobs another clipping still names stay; a device with something unmerged or unsent does
 * not sweep; and a device that still holds a clipping naming a removed blob sends the bytes
 * again, so the other devices get its images.
 */
import { describe, expect, it } from 'vitest';
import { clipArticle } from '../../../src/background/clippings/clip-service';
import { deleteClipping, updateClipping } from '../../../src/background/clippings/clipping-service';
import type { ImageFetcher } from '../../../src/background/clippings/fetch-image';
import type { JianbaoDb } from '../../../src/background/db/database';
import { ORPHAN_GRACE_MS, SWEEP_EVERY_MS } from '../../../src/background/sync/blob-sweep';
import { runSync } from '../../../src/background/sync/run-sync';
import { BLOB_PART } from '../../../src/core/sync/clipping-doc';
import { formatStamp } from '../../../src/core/sync/hlc';
import { MIN_ITERATIONS } from '../../../src/core/sync/sync-crypto';
import type { DetectedArticle } from '../../../src/messages';
import { freshDb } from '../fake-db';
import { png, putServerDoc, serverDocs, usePouchServer } from './sync-lib';

const { newTarget } = usePouchServer('sweep');

/** `shared.jpg` is the same bytes in every clipping; `big-N.jpg` (two blob parts) differs per clipping. */
const fetcher: ImageFetcher = async (src) => {
  const big = /big-(\d)/.exec(src);
  const size = big ? BLOB_PART + 100_000 : 3_000;
  return { bytes: png(size, big ? Number(big[1]) : 1), type: 'image/png', size };
};

function article(k: number): DetectedArticle {
  return {
    kind: 'html', url: `https://epaper.example.cn/html/2022-03/31/content_${k}.htm`, title: `第${k}篇`, authors: [], publication: '荆州日报',
    date: '2022-03-31', page: '02', language: 'zh-CN', bodyText: '早上8时，江汉油田的清晨。\n\n废弃井在哪里。', sources: {},
  };
}

/** One shared clock for both devices, moved on by the test (the grace is a day). */
let t = Date.now();
const now = () => t;
const sync = (db: JianbaoDb, target: { url: string; db: string }) => runSync(db, target, { now });

async function clip(db: JianbaoDb, k: number) {
  await clipArticle(db, { article: article(k), images: [{ src: 'https://epaper.example.cn/shared.jpg', alt: '', caption: '', paragraph: 0 }, { src: `https://epaper.example.cn/big-${k}.jpg`, alt: '', caption: '', paragraph: 1 }] }, { fetcher, now: t });
}

async function blobIds(target: { url: string; db: string }): Promise<string[]> {
  return (await serverDocs(target.url, target.db)).map((d) => String(d._id)).filter((id) => id.startsWith('blob:')).sort();
}

describe('sweeping image blobs no clipping names', () => {
  it('removes them a day after they were first found so, keeps those another clipping names, and leaves the records alone', async () => {
    t = Date.now();
    const target = await newTarget();
    const a = freshDb();
    const b = freshDb();
    await clip(a, 1);
    await clip(a, 2);
    await sync(a, target);
    await sync(b, target);
    const before = await blobIds(target);
    expect(before).toHaveLength(5); // the shared image once, two big ones in two parts each
    const shaOf = async (db: JianbaoDb, k: number) => (await db.clippingImages.get(`${article(k).url}#img-1`))!.sha256!;
    const big1 = await shaOf(a, 1);

    await deleteClipping(a, article(1).url);
    t += 60_000;
    expect((await sync(a, target)).blobsRemoved).toBe(0); // the last sweep was a minute ago (the first sync's)
    await sync(b, target);
    t += SWEEP_EVERY_MS;
    expect((await sync(a, target)).blobsRemoved).toBe(0); // a sweep: found named by nothing, first time
    t += ORPHAN_GRACE_MS / 2;
    expect((await sync(a, target)).blobsRemoved).toBe(0); // no sweep due
    t += ORPHAN_GRACE_MS / 2 + 60_000;
    const swept = await sync(a, target); // a sweep a day after the one that found them
    expect(swept.blobsRemoved).toBe(2);
    const after = await blobIds(target);
    expect(after).toEqual(before.filter((id) => !id.startsWith(`blob:${big1}.`)));
    // The shared image is still named by clipping 2, whose images B reads as before.
    const shared = (await a.clippingImages.get(`${article(2).url}#img-0`))!.sha256!;
    expect(after).toContain(`blob:${shared}.0`);
    const big2 = await shaOf(a, 2);
    expect(after.filter((id) => id.startsWith(`blob:${big2}.`))).toHaveLength(2);
    const down = await sync(b, target);
    expect(down.skipped).toEqual([]);
    expect((await b.clippings.toArray()).map((c) => c.id)).toEqual([article(2).url]);
    expect(await b.clippingImages.count()).toBe(2);
    // Clipping documents and tombstones are untouched.
    const docs = (await serverDocs(target.url, target.db)).map((d) => String(d._id));
    expect(docs).toContain(`clipping:${article(1).url}`);
    expect(docs).toContain(`clipping:${article(2).url}`);
  });

  it('does not sweep while a document a pull skipped was never merged', async () => {
    t = Date.now();
    const target = await newTarget();
    const a = freshDb();
    await clip(a, 1);
    await sync(a, target);
    await deleteClipping(a, article(1).url);
    t += SWEEP_EVERY_MS;
    await sync(a, target); // orphans found
    // A document this device cannot store (a clipping from a newer Jianbao, say) may name blobs.
    const stamp = formatStamp({ wall: t, counter: 0, node: 'other1' });
    await putServerDoc(target.url, target.db, { _id: 'clipping:https://x.example/a', jb: 1, doc: { kind: 'clipping', id: 'https://x.example/a', fields: { title: { v: 7, s: stamp } }, texts: {} } });
    t += ORPHAN_GRACE_MS + 60_000;
    const skipped = await sync(a, target);
    expect(skipped.skipped).toHaveLength(1);
    expect(skipped.blobsRemoved).toBe(0);
    t += ORPHAN_GRACE_MS + 60_000;
    // Skipped in an earlier sync and never merged since: still no sweep.
    const later = await sync(a, target);
    expect(later.skipped).toEqual([]);
    expect(later.blobsRemoved).toBe(0);
    expect(await blobIds(target)).toHaveLength(3);
    // Once that document is one this device can merge (here: it is deleted on the server, as a
    // new revision of it would be fetched), the sweep runs again.
    const bad = (await serverDocs(target.url, target.db)).find((d) => d._id === 'clipping:https://x.example/a')!;
    await putServerDoc(target.url, target.db, { _id: bad._id, _rev: bad._rev, jb: 1, doc: { kind: 'clipping', id: 'https://x.example/a', fields: {}, texts: {}, deleted: formatStamp({ wall: t, counter: 0, node: 'other1' }) } });
    t += ORPHAN_GRACE_MS + 60_000;
    expect((await sync(a, target)).blobsRemoved).toBe(3);
  });

  it('a device still holding a clipping whose blobs were removed sends the bytes again; the other devices get its images', async () => {
    t = Date.now();
    const target = await newTarget();
    const a = freshDb();
    const b = freshDb();
    await clip(a, 1);
    await sync(a, target);
    await sync(b, target);
    // A goes offline; B deletes the clipping and, a day later, sweeps its blobs.
    await deleteClipping(b, article(1).url);
    t += SWEEP_EVERY_MS;
    await sync(b, target); // orphans found
    t += ORPHAN_GRACE_MS + 60_000;
    expect((await sync(b, target)).blobsRemoved).toBe(3);
    expect(await blobIds(target)).toEqual([]);
    // A, back, edits the clipping: an edit later than the delete brings it back everywhere.
    t += 60_000;
    await updateClipping(a, article(1).url, { note: '还要这篇' }, t);
    const up = await sync(a, target);
    expect(up.skipped).toEqual([]);
    expect(await blobIds(target)).toHaveLength(3);
    const down = await sync(b, target);
    expect(down.skipped).toEqual([]);
    expect((await b.clippings.get(article(1).url))?.note).toBe('还要这篇');
    expect(await b.clippingImages.count()).toBe(2);
  });

  it('with a passphrase: the encrypted parts (eb: ids) are found and removed the same way', async () => {
    t = Date.now();
    const target = await newTarget();
    const a = freshDb();
    const options = { now, passphrase: 'correct horse', iterations: MIN_ITERATIONS };
    await clip(a, 1);
    await clip(a, 2);
    await runSync(a, target, options);
    const encryptedBlobs = async () => (await serverDocs(target.url, target.db)).map((d) => String(d._id)).filter((id) => id.startsWith('eb:'));
    expect(await encryptedBlobs()).toHaveLength(5);
    await deleteClipping(a, article(1).url);
    t += SWEEP_EVERY_MS;
    expect((await runSync(a, target, options)).blobsRemoved).toBe(0);
    t += ORPHAN_GRACE_MS + 60_000;
    expect((await runSync(a, target, options)).blobsRemoved).toBe(2);
    expect(await encryptedBlobs()).toHaveLength(3);
  });
});

/**
 * Removes image blobs no clipping names any more (a clipping deleted, its images dropped) from
 * the server, so a reader's database does not keep every image ever clipped. Blobs are shared:
 * one image may be named by clippings of several devices, and a device pushes a clipping's
 * blobs just before the clipping itself. So a blob is removed only when all of this holds:
 *
 * - this device's sync just read the whole changes feed and merged everything in it (nothing
 *   skipped in this sync, no document an earlier pull skipped still unmerged: `state.unmerged`,
 *   nothing of its own left unsent), so its clippings are the server's clippings plus its own —
 *   and none of them names the blob;
 * - the blob was found named by nothing at a sweep at least ORPHAN_GRACE_MS earlier too (a
 *   device between pushing a clipping's blobs and the clipping, or a device whose clipping
 *   naming it is not merged yet here, has had a day to finish);
 * - the feed shows no change since this device's pull, checked just before the delete.
 *
 * A device that later sends a clipping naming a removed blob finds it missing (POST _all_docs
 * treats a deleted document as missing) and sends the bytes again, as for a new image. Sweeps
 * run at most once a day; a sweep lists the server's blob ids and reads this device's image
 * descriptions (one pass over the image table).
 */
import { blobParts } from '../../core/sync/clipping-doc';
import type { JianbaoDb } from '../db/database';
import type { CouchClient } from './couch-client';
import type { DocCodec } from './doc-codec';
import type { SyncCounts } from './local-store';
import type { SyncStateRow } from './sync-state';

export const SWEEP_EVERY_MS = 24 * 60 * 60 * 1000;
export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;
/** Deletions per _bulk_docs request (each a few dozen bytes). */
const DELETES_PER_REQUEST = 500;

/** Server ids of every blob part this device's clippings name. */
async function referencedBlobIds(db: JianbaoDb, codec: DocCodec): Promise<Set<string>> {
  const described: { sha256: string; size: number }[] = [];
  // One cursor pass; each row's bytes are read and let go (IndexedDB has no projection).
  await db.clippingImages.each((image) => {
    if (image.sha256) described.push({ sha256: image.sha256, size: image.size });
  });
  const ids = new Set<string>();
  const seen = new Set<string>();
  for (const { sha256, size } of described) {
    if (seen.has(sha256)) continue;
    seen.add(sha256);
    for (let part = 0; part < blobParts(size); part++) ids.add(await codec.blobId(sha256, part));
  }
  return ids;
}

/**
 * One sweep, after a sync's pull and push (before settings sync, which writes after the pull).
 * Returns how many blob parts were removed. Due at most once a day (`state.blobSweep.at`).
 */
export async function sweepOrphanBlobs(db: JianbaoDb, client: CouchClient, codec: DocCodec, state: SyncStateRow, counts: SyncCounts, now: number): Promise<number> {
  if (now - (state.blobSweep?.at ?? 0) < SWEEP_EVERY_MS) return 0;
  // Something not merged here (skipped) or not sent yet (dirty) may name a blob this device cannot see.
  if (counts.skipped.length || state.unmerged?.length || (await db.syncMeta.where('dirty').equals(1).count())) return 0;
  const onServer = await client.idsWithPrefix(codec.blobPrefix);
  const referenced = await referencedBlobIds(db, codec);
  const previous = state.blobSweep?.orphans ?? {};
  const orphans: Record<string, number> = {};
  const due: { id: string; rev: string }[] = [];
  for (const blob of onServer) {
    if (referenced.has(blob.id)) continue;
    const since = previous[blob.id] ?? now;
    if (now - since >= ORPHAN_GRACE_MS) due.push(blob);
    else orphans[blob.id] = since;
  }
  let removed = 0;
  if (due.length) {
    // Someone wrote since the pull (a clipping naming one of them, perhaps): not now; the next sync looks again.
    if ((await client.changes(state.since, 1)).results.length) return 0;
    for (let i = 0; i < due.length; i += DELETES_PER_REQUEST) {
      const results = await client.bulkDocs(due.slice(i, i + DELETES_PER_REQUEST).map((b) => ({ _id: b.id, _rev: b.rev, _deleted: true })));
      // A conflict: the blob changed since it was listed (written again by someone): left alone.
      removed += results.filter((r) => r.ok).length;
    }
  }
  state.blobSweep = { at: now, orphans };
  await db.syncState.put(state);
  return removed;
}

/**
 * This device's sync state, one row of table `syncState`: who it is (a replica id, made once),
 * its hybrid logical clock, the server it syncs with, the changes-feed checkpoint, and when the
 * library was last scanned for edits. It lives in the same database as the records, so a
 * batch of merged records and the checkpoint that covers them are written in one transaction.
 */
import { newClock, type Hlc } from '../../core/sync/hlc';
import type { Seq } from './couch-client';
import type { JianbaoDb } from '../db/database';
import type { SyncMeta } from '../../core/sync/record-meta';

export const STATE_KEY = 'state';

export interface SyncStateRow {
  key: typeof STATE_KEY;
  replica: string;
  clock: Hlc;
  /** `url|db|encrypted?` of the server the checkpoint and the revisions belong to. */
  target?: string;
  since: Seq;
  /** Start of the last scan for edits (ms): records updated since then are looked at again. */
  lastScan: number;
  /** Last time every record was compared with its meta (catches writes that keep updatedAt). */
  lastFullScan: number;
  /** Settings sync (settings-sync.ts): the settings record's meta and the target its revision is of. */
  settings?: { target?: string; meta: SyncMeta };
  /**
   * Server documents a pull skipped (invalid here, or an image missing) and no later pull merged:
   * the clippings among them may name blobs, so the blob sweep waits while any are listed.
   */
  unmerged?: string[];
  /** The blob sweep (blob-sweep.ts): when it last ran, and blob ids found named by nothing → when first found so. */
  blobSweep?: { at: number; orphans: Record<string, number> };
}

function newReplicaId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 16);
}

export async function loadState(db: JianbaoDb): Promise<SyncStateRow> {
  const row = await db.syncState.get(STATE_KEY);
  if (row) return row;
  const replica = newReplicaId();
  const fresh: SyncStateRow = { key: STATE_KEY, replica, clock: newClock(replica), since: 0, lastScan: 0, lastFullScan: 0 };
  await db.syncState.put(fresh);
  return fresh;
}

/** At most this many skipped ids are listed; past it a marker stays for good (the sweep never runs: safe). */
const MAX_UNMERGED = 10_000;
const TOO_MANY = '…';

/** A pull skipped server document `sid`; written with the state in the transaction of the batch. */
export function noteUnmerged(state: SyncStateRow, sid: string): void {
  const list = state.unmerged ?? [];
  if (list.includes(sid) || list.includes(TOO_MANY)) return;
  state.unmerged = list.length >= MAX_UNMERGED ? [...list, TOO_MANY] : [...list, sid];
}

/** A pull merged server document `sid`: no longer unmerged. */
export function noteMerged(state: SyncStateRow, sid: string): void {
  if (state.unmerged?.includes(sid)) state.unmerged = state.unmerged.filter((id) => id !== sid);
}

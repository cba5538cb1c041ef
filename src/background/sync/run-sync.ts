/**
 * One sync with a CouchDB-protocol server: connect, stamp local edits, pull the changes feed
 * from the checkpoint (each batch merged and checkpointed in one transaction), push every
 * record the server lacks with the revision last seen (a 409 fetches, merges and retries).
 * Killing the background anywhere in it loses nothing: the next sync starts from the stored
 * checkpoint and metas, and merging the same document twice changes nothing.
 */
import { SyncError } from '../../core/sync/sync-errors';
import type { JianbaoDb } from '../db/database';
import { CouchClient, type Changes, type CouchClientOptions, type CouchTarget } from './couch-client';
import type { SyncMeta } from '../../core/sync/record-meta';
import type { DocCodec } from './doc-codec';
import { chooseCodec } from './encrypted-codec';
import {
  CHUNK, Stamper, applyRemote, collectOutgoing, forgetRevs, markSent, resetForTarget, scanLocal,
  type RemoteItem, type SyncCounts,
} from './local-store';
import { loadState, type SyncStateRow } from './sync-state';
import { blobFetcher, uploadBlobs } from './blob-transfer';
import { syncSettings, type SettingsAccess } from './settings-sync';
import { sweepOrphanBlobs } from './blob-sweep';

export interface SyncOptions extends CouchClientOptions {
  /** Compare every record with its meta, not only those updated since the last scan. */
  fullScan?: boolean;
  /** The end-to-end encryption passphrase; none: the database must not be encrypted. */
  passphrase?: string;
  /** PBKDF2 iterations when this device creates the key information (tests use the minimum). */
  iterations?: number;
  /** Changes-feed page size. */
  batch?: number;
  now?: () => number;
  /** Settings sync on: where this device's settings are (settings-sync.ts). */
  settings?: SettingsAccess;
}

export interface SyncResult extends SyncCounts {
  /** Image blob parts no clipping names any more, removed from the server (blob-sweep.ts). */
  blobsRemoved: number;
  at: number;
  bytesUp: number;
  bytesDown: number;
}

const PUSH_ROUNDS = 4;

export async function runSync(db: JianbaoDb, target: CouchTarget, options: SyncOptions = {}): Promise<SyncResult> {
  const now = options.now ?? Date.now;
  const client = new CouchClient(target, options);
  await client.connect();
  const codec = await chooseCodec(client, options.passphrase || undefined, options.iterations);
  const counts: SyncCounts = { sent: 0, received: 0, skipped: [] };
  const state = await loadState(db);
  const stamper = new Stamper(state, now);
  const targetKey = `${target.url.replace(/\/+$/, '')}|${target.db}|${codec.encrypted ? 'e' : 'p'}`;
  if (state.target !== targetKey) await resetForTarget(db, state, targetKey, codec);

  const batch = options.batch ?? FEED_PAGE;
  await scanLocal(db, state, stamper, codec, { full: options.fullScan, now: now() });
  await pull(db, client, codec, state, stamper, counts, batch, now);
  const pushed = await push(db, client, codec, state, stamper, counts, now);
  // The feed now lists this device's own writes after the checkpoint; reading past them here,
  // where they are recognised in memory, spares the next sync a lookup for each of them (after
  // a first push of 100,000 records that made the next "incremental" sync take 48 s).
  if (pushed.size) await pull(db, client, codec, state, stamper, counts, batch, now, pushed);
  const blobsRemoved = await sweepOrphanBlobs(db, client, codec, state, counts, now());
  if (options.settings) await syncSettings(db, client, codec, state, stamper, options.settings, counts, now());
  return { ...counts, blobsRemoved, at: now(), bytesUp: client.bytesUp, bytesDown: client.bytesDown };
}

/** Changes-feed page: one request and one checkpoint each; the documents come in CHUNKs. */
const FEED_PAGE = 2_000;

/**
 * Reads the changes feed from the checkpoint to its end. `echoes` (server id → revision) are
 * this sync's own writes: a change at that revision is skipped without looking up its meta.
 */
async function pull(
  db: JianbaoDb, client: CouchClient, codec: DocCodec, state: SyncStateRow, stamper: Stamper, counts: SyncCounts, batch: number,
  now: () => number, echoes?: Map<string, string>,
): Promise<void> {
  const start = state.since;
  for (;;) {
    const changes = await client.changes(state.since, batch);
    // More than one leaf revision: conflict branches another tool made; always read them all.
    const branched = (r: Changes['results'][number]) => r.changes.length > 1;
    const candidates = changes.results.filter(
      (r) => codec.isOurs(r.id) && !r.deleted && r.changes[0] && (branched(r) || echoes?.get(r.id) !== r.changes[0].rev),
    );
    // A document at the revision this device already has (its own push, most often) is not fetched.
    const known = await metasBySid(db, candidates.map((r) => r.id));
    const wanted = candidates.filter((r) => {
      const meta = known.get(r.id);
      return branched(r) || !meta || meta.rev !== r.changes[0]!.rev || meta.dirty === 1;
    });
    const chunk = Math.min(batch, CHUNK);
    for (let i = 0; i < wanted.length; i += chunk) {
      const page = wanted.slice(i, i + chunk);
      const docs = await client.bulkGet(page.map((r) => r.id));
      const branches = await readBranches(client, page.filter(branched), docs, counts);
      const items: RemoteItem[] = [];
      for (const [sid, body] of docs) {
        const rev = (body as { _rev?: unknown })._rev;
        if (typeof rev !== 'string') continue;
        // The winner first, then its losing branches: they merge into it and are deleted by the push.
        items.push({ sid, rev, body }, ...(branches.get(sid) ?? []));
      }
      // The page's checkpoint goes with its last chunk: a sync stopped before it reads the page again.
      const last = i + chunk >= wanted.length;
      await applyRemote(db, state, stamper, codec, items, counts, last ? changes.last : undefined, now(), blobFetcher(client, codec));
    }
    if (!wanted.length) {
      state.since = changes.last;
      await db.syncState.put(state);
    }
    if (changes.results.length < batch) break;
  }
  // The server-side copy of the checkpoint, once per pull: where this device got to, for whoever looks.
  if (state.since !== start) await client.putLocal(`jianbao-${state.clock.node}`, { since: state.since, at: now() });
}

/** Leaf revisions read per document at most: more is not a real library's history but a server's flood. */
const MAX_BRANCHES = 32;

/**
 * The losing branches of the documents whose feed entry lists several leaves (CouchDB's winner
 * is in `winners`). Deleted leaves (branches already resolved) are not returned by the server.
 */
async function readBranches(
  client: CouchClient, branched: Changes['results'], winners: Map<string, unknown>, counts: SyncCounts,
): Promise<Map<string, RemoteItem[]>> {
  const wanted: { id: string; rev: string }[] = [];
  for (const r of branched) {
    const winner = (winners.get(r.id) as { _rev?: unknown } | undefined)?._rev;
    if (typeof winner !== 'string') continue;
    if (r.changes.length > MAX_BRANCHES) {
      counts.skipped.push({ id: r.id, reason: `the server lists ${r.changes.length} conflicting revisions; only the current one was read` });
      continue;
    }
    for (const { rev } of r.changes) if (rev !== winner) wanted.push({ id: r.id, rev });
  }
  const out = new Map<string, RemoteItem[]>();
  for (const branch of await client.bulkGetRevs(wanted)) {
    const list = out.get(branch.id) ?? [];
    list.push({ sid: branch.id, rev: branch.rev, body: branch.body, losing: true });
    out.set(branch.id, list);
  }
  return out;
}

/** Sends every dirty record; returns the server ids and revisions it wrote. */
async function push(db: JianbaoDb, client: CouchClient, codec: DocCodec, state: SyncStateRow, stamper: Stamper, counts: SyncCounts, now: () => number): Promise<Map<string, string>> {
  const pushed = new Map<string, string>();
  let queue = await db.syncMeta.where('dirty').equals(1).primaryKeys();
  for (let round = 0; round < PUSH_ROUNDS && queue.length; round++) {
    const retry: string[] = [];
    for (let i = 0; i < queue.length; i += CHUNK / 2) {
      const built = await collectOutgoing(db, state, stamper, queue.slice(i, i + CHUNK / 2));
      // A clipping's images go first, so whoever reads the clipping finds them on the server.
      const unsent = await uploadBlobs(db, client, codec, built.map((out) => out.doc));
      const outgoing = built.filter((out) => !(out.doc.kind === 'clipping' && unsent.has(out.doc.id)));
      if (!outgoing.length) continue;
      const bodies = await Promise.all(
        outgoing.map(async (out) => ({ _id: out.sid, ...(out.rev ? { _rev: out.rev } : {}), ...(await codec.encode(out.sid, out.doc)) })),
      );
      // The conflict branches merged into a record are closed in the same request (a deletion
      // of each losing leaf, CouchDB's way of resolving a conflict); they come after the records.
      const closing = outgoing.flatMap((out) => (out.losers ?? []).map((rev) => ({ _id: out.sid, _rev: rev, _deleted: true })));
      const results = await client.bulkDocs([...bodies, ...closing]);
      const sent: { out: (typeof outgoing)[number]; rev: string }[] = [];
      const conflicts: (typeof outgoing)[number][] = [];
      outgoing.forEach((out, j) => {
        const result = results.find((r) => r.id === out.sid) ?? results[j];
        if (result?.ok && result.rev) sent.push({ out, rev: result.rev });
        else if (result?.error === 'conflict') conflicts.push(out);
        else counts.skipped.push({ id: out.sid, reason: `the server refused it: ${result?.error ?? 'no answer'} ${result?.reason ?? ''}`.trim() });
      });
      if (sent.length) await markSent(db, sent);
      for (const { out, rev } of sent) pushed.set(out.sid, rev);
      counts.sent += sent.length;
      if (conflicts.length) {
        // Someone wrote first: fetch their version, merge it in, and send the merge next round.
        const fresh = await client.bulkGet(conflicts.map((c) => c.sid));
        const items: RemoteItem[] = [];
        const missing: string[] = [];
        for (const out of conflicts) {
          const body = fresh.get(out.sid);
          const rev = (body as { _rev?: unknown } | undefined)?._rev;
          if (body && typeof rev === 'string') items.push({ sid: out.sid, rev, body });
          else missing.push(out.key);
        }
        if (missing.length) await forgetRevs(db, missing);
        await applyRemote(db, state, stamper, codec, items, counts, undefined, now(), blobFetcher(client, codec));
        retry.push(...conflicts.map((c) => c.key));
      }
    }
    queue = retry;
  }
  if (queue.length) throw new SyncError('ServerError', `${queue.length} records kept conflicting with the server's copies; the next sync tries again.`);
  return pushed;
}

/**
 * The metas of these server ids, one index lookup each in one read transaction. Not Dexie's
 * `anyOf`: it walks one cursor with `continue(key)` jumps, and with encrypted (random) ids the
 * jumps land all over the index; fake-indexeddb re-walks a cursor's range from its start on
 * every step, so that made the first encrypted pull quadratic (40 s of 61 at 10,000 records,
 * more than half an hour at 100,000). Point lookups cost O(log n) each on every implementation.
 */
async function metasBySid(db: JianbaoDb, sids: string[]): Promise<Map<string, SyncMeta>> {
  if (!sids.length) return new Map();
  const found = await db.transaction('r', db.syncMeta, () => Promise.all(sids.map((sid) => db.syncMeta.where('sid').equals(sid).first())));
  return new Map(found.filter((m): m is SyncMeta => m !== undefined).map((m) => [m.sid, m]));
}

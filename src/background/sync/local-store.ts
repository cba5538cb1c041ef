/**
 * The Dexie side of sync. The records in `annotations` and `articles` stay the one source of
 * truth; `syncMeta` holds per record only what merging needs (core/sync/record-meta). Each
 * step is one transaction that leaves records, metas and the clock consistent, so a
 * background killed at any point resumes from what is stored.
 */
import type { Table } from 'dexie';
import * as v from 'valibot';
import { ArticleSchema, HighlightSchema } from '../../core/import/record-schemas';
import { isModelTimestamp } from '../../core/model-bounds';
import { formatStamp, parseStamp, receive, tick, type Stamp } from '../../core/sync/hlc';
import {
  SYNCED_KINDS, canonicalJson, docFor, isTombstone, maxStamp, metaKey, resolveTextConflict, splitDoc, stampLocal,
  type SyncMeta, type SyncedKind,
} from '../../core/sync/record-meta';
import { checkSyncDoc } from '../../core/sync/remote-doc';
import { SyncClippingSchema, SyncImagesSchema, type SyncClipping, type SyncImage } from '../../core/sync/clipping-doc';
import { isDeleted, latestEdit, mergeDocs, type SyncDoc } from '../../core/sync/sync-doc';
import type { JianbaoDb } from '../db/database';
import { tokensFor } from '../services/highlight-service';
import { clippingTextRow } from '../clippings/clip-service';
import type { Clipping } from '../../core/clippings/clipping';
import type { DocCodec } from './doc-codec';
import type { Seq } from './couch-client';
import { loadState, noteMerged, noteUnmerged, type SyncStateRow } from './sync-state';
import { NOT_READY, clippingTables, ensureImageShas, readClippingRows, writeClippingRows } from './clipping-rows';

/** Records per transaction: small enough to keep memory flat on a library of 100,000. */
export const CHUNK = 500;
/** Edits are looked for from a little before the last scan (a write racing the scan's start). */
const SCAN_MARGIN_MS = 5_000;
/** How often every record is compared with its meta, not only those with a newer updatedAt. */
export const FULL_SCAN_EVERY_MS = 24 * 60 * 60 * 1000;

export interface SyncCounts {
  /** Records whose changes this device sent. */
  sent: number;
  /** Records changed here by what came from the server (deletes included). */
  received: number;
  /** Server documents refused (invalid), with why. */
  skipped: { id: string; reason: string }[];
}

type Row = Record<string, unknown>;

/** The table holding a kind's records (a clipping's heading: its body and images are in two more). */
export function tableFor(db: JianbaoDb, kind: SyncedKind): Table<Row, string> {
  return (kind === 'highlight' ? db.annotations : kind === 'article' ? db.articles : db.clippings) as unknown as Table<Row, string>;
}

/** Every table a sync step reads or writes. */
function syncTables(db: JianbaoDb) {
  return [db.annotations, db.articles, ...clippingTables(db), db.syncMeta, db.syncState];
}

/** Records per scan transaction: a clipping's row is read with its images' bytes. */
function chunkFor(kind: SyncedKind): number {
  return kind === 'clipping' ? CLIPPING_CHUNK : CHUNK;
}
export const CLIPPING_CHUNK = 20;

/** The synced rows of these records, inside the caller's transaction (a clipping's from its three tables). */
async function readRows(db: JianbaoDb, kind: SyncedKind, ids: readonly string[]): Promise<(Row | undefined | typeof NOT_READY)[]> {
  if (kind === 'clipping') return readClippingRows(db, ids);
  return tableFor(db, kind).bulkGet([...ids]);
}

/** Hands out stamps from the device's clock; the clock is saved with every write that used it. */
export class Stamper {
  constructor(private readonly state: SyncStateRow, private readonly now: () => number = Date.now) {}
  get node(): string {
    return this.state.clock.node;
  }
  next = (): Stamp => {
    this.state.clock = tick(this.state.clock, this.now());
    return formatStamp(this.state.clock);
  };
  receive(stamp: Stamp | undefined): void {
    if (stamp) this.state.clock = receive(this.state.clock, stamp, this.now());
  }
}

function splitKey(key: string): { kind: SyncedKind; id: string } {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as SyncedKind, id: key.slice(at + 1) };
}

/**
 * Stamps every edit made since the last scan: records updated since then (all of them once a
 * day, or when `full`), and records gone while their meta still has fields (deletes).
 * Returns how many records got new stamps.
 */
export async function scanLocal(db: JianbaoDb, state: SyncStateRow, stamper: Stamper, codec: DocCodec, options: { full?: boolean; now?: number } = {}): Promise<number> {
  const start = options.now ?? Date.now();
  const full = options.full || start - state.lastFullScan > FULL_SCAN_EVERY_MS;
  let stamped = 0;
  for (const kind of SYNCED_KINDS) {
    const table = tableFor(db, kind);
    const allIds = new Set(await table.toCollection().primaryKeys());
    const updated = full ? [...allIds] : await table.where('updatedAt').aboveOrEqual(state.lastScan - SCAN_MARGIN_MS).primaryKeys();
    const prefix = `${kind}:`;
    const gone = (await db.syncMeta.where('key').startsWith(prefix).primaryKeys())
      .map((key) => key.slice(prefix.length))
      .filter((id) => !allIds.has(id));
    const ids = [...new Set([...updated, ...gone])];
    const size = chunkFor(kind);
    for (let i = 0; i < ids.length; i += size) {
      const chunk = ids.slice(i, i + size);
      const sids = await Promise.all(chunk.map((id) => codec.serverId(kind, id)));
      if (kind === 'clipping') await ensureImageShas(db, chunk);
      stamped += await db.transaction('rw', syncTables(db), async () => {
        const [rows, metas] = await Promise.all([readRows(db, kind, chunk), db.syncMeta.bulkGet(chunk.map((id) => metaKey(kind, id)))]);
        const writes: SyncMeta[] = [];
        chunk.forEach((id, j) => {
          const row = rows[j];
          if (row === NOT_READY) return; // an image stored since ensureImageShas: the next scan
          const { meta, changed } = stampLocal(kind, id, row, metas[j], stamper.next, stamper.node, sids[j]);
          if (changed) writes.push(meta);
        });
        if (writes.length) {
          await db.syncMeta.bulkPut(writes);
          await db.syncState.put(state);
        }
        return writes.length;
      });
    }
  }
  state.lastScan = start;
  if (full) state.lastFullScan = start;
  await db.syncState.put(state);
  return stamped;
}

/** A server document as it arrived: its id, revision and body. */
export interface RemoteItem {
  sid: string;
  rev: string;
  body: unknown;
  /**
   * A conflict branch that is not the server's current revision (another tool made it). Its
   * edits merge into the record like any document's, the record keeps the current revision,
   * and the branch is recorded in the meta for the push to close.
   */
  losing?: true;
}

/** The image bytes a batch needs from the server, by SHA-256, and why any could not be had. */
export interface FetchedBlobs {
  bytes: Map<string, ArrayBuffer>;
  failed: Map<string, string>;
}
/** Fetches (and checks) the bytes of images this device lacks (blob-transfer.ts). */
export type BlobFetcher = (images: SyncImage[]) => Promise<FetchedBlobs>;

/** Image bytes fetched per transaction at most, and clippings per transaction (each read with its images). */
const BLOB_GROUP_BYTES = 32 * 1024 * 1024;

type Checked = { item: RemoteItem; doc: SyncDoc };

/**
 * Merges server documents into the library, in one transaction with the checkpoint that
 * covers them (when given), so a batch is either wholly applied and checkpointed or not at all.
 * A batch with clippings is applied in groups (a few clippings and at most BLOB_GROUP_BYTES of
 * fetched images each); the checkpoint goes with the last group, so a sync stopped between
 * groups reads the batch again, which changes nothing that was applied. Invalid documents are
 * skipped and reported, never stored. Returns the keys merged.
 */
export async function applyRemote(
  db: JianbaoDb,
  state: SyncStateRow,
  stamper: Stamper,
  codec: DocCodec,
  items: RemoteItem[],
  counts: SyncCounts,
  checkpoint?: Seq,
  now = Date.now(),
  fetchBlobs?: BlobFetcher,
): Promise<string[]> {
  const checked: Checked[] = [];
  for (const item of items) {
    const decoded = await codec.decode(item.body);
    const check = decoded.ok ? checkSyncDoc(decoded.doc, now) : decoded;
    if (!check.ok) {
      counts.skipped.push({ id: item.sid, reason: check.reason });
      noteUnmerged(state, item.sid);
      continue;
    }
    // The id inside must be the one the document is stored under (no record can take over another's).
    if ((await codec.serverId(check.doc.kind as SyncedKind, check.doc.id)) !== item.sid) {
      counts.skipped.push({ id: item.sid, reason: 'the document id does not match the record inside' });
      noteUnmerged(state, item.sid);
      continue;
    }
    checked.push({ item, doc: check.doc });
  }
  const groups = await groupForBlobs(db, checked);
  const merged: string[] = [];
  for (const [g, group] of groups.entries()) {
    const blobs = group.need.length && fetchBlobs ? await fetchBlobs(group.need) : { bytes: new Map(), failed: new Map() };
    merged.push(...(await applyChecked(db, state, stamper, group.entries, blobs, counts, g === groups.length - 1 ? checkpoint : undefined)));
  }
  return merged;
}

/** The images a clipping document brings (unchecked values give none: buildRow refuses them). */
function remoteImages(doc: SyncDoc): SyncImage[] {
  if (doc.kind !== 'clipping') return [];
  const parsed = v.safeParse(SyncImagesSchema, doc.fields.images?.v);
  return parsed.success ? parsed.output : [];
}

/** Splits a batch so each transaction holds a few clippings and a bounded amount of fetched image bytes. */
async function groupForBlobs(db: JianbaoDb, checked: Checked[]): Promise<{ entries: Checked[]; need: SyncImage[] }[]> {
  const clippingIds = checked.filter(({ doc }) => doc.kind === 'clipping').map(({ doc }) => doc.id);
  if (!clippingIds.length) return [{ entries: checked, need: [] }];
  await ensureImageShas(db, clippingIds);
  // Per clipping: a merge keeps bytes only from the clipping's own images or the fetched blobs.
  const held = new Map<string, Set<string>>();
  // A cursor, not toArray: the images' bytes are read one at a time and let go.
  await db.clippingImages.where('clippingId').anyOf(clippingIds).each((image) => {
    if (!image.sha256) return;
    const set = held.get(image.clippingId) ?? new Set<string>();
    set.add(image.sha256);
    held.set(image.clippingId, set);
  });
  const groups: { entries: Checked[]; need: SyncImage[] }[] = [];
  const fresh = () => ({ entries: [] as Checked[], need: [] as SyncImage[], bytes: 0, clippings: 0, asked: new Set<string>() });
  let current = fresh();
  const needOf = (entry: Checked) => remoteImages(entry.doc).filter((image) => !held.get(entry.doc.id)?.has(image.sha256) && !current.asked.has(image.sha256));
  for (const entry of checked) {
    let need = needOf(entry);
    const isClipping = entry.doc.kind === 'clipping';
    const bytes = need.reduce((sum, image) => sum + image.size, 0);
    if (current.entries.length && ((isClipping && current.clippings >= CLIPPING_CHUNK) || (bytes && current.bytes + bytes > BLOB_GROUP_BYTES))) {
      groups.push(current);
      // Each group fetches what its own clippings need (bytes fetched for an earlier group are let go).
      current = fresh();
      need = needOf(entry);
    }
    for (const image of need) current.asked.add(image.sha256);
    current.entries.push(entry);
    current.need.push(...need);
    current.bytes += need.reduce((sum, image) => sum + image.size, 0);
    if (isClipping) current.clippings++;
  }
  groups.push(current);
  return groups;
}

async function applyChecked(
  db: JianbaoDb, state: SyncStateRow, stamper: Stamper, checked: Checked[], blobs: FetchedBlobs, counts: SyncCounts, checkpoint?: Seq,
): Promise<string[]> {
  const merged: string[] = [];
  await db.transaction('rw', syncTables(db), async () => {
    // One bulk read and one bulk write per table for the whole batch: a get and a put per
    // record (500 awaited round trips in a browser's IndexedDB) made the pull of a big library slow.
    const current = await readCurrent(db, checked.map(({ doc }) => ({ kind: doc.kind as SyncedKind, id: doc.id })));
    const metaWrites = new Map<string, SyncMeta>();
    const rowWrites: Record<SyncedKind, Map<string, Row | null>> = { highlight: new Map(), article: new Map(), clipping: new Map() };
    for (const { item, doc: remote } of checked) {
      const kind = remote.kind as SyncedKind;
      const key = metaKey(kind, remote.id);
      const { meta: stored, row } = current.get(key) ?? {};
      if (!item.losing && stored?.rev === item.rev && !stored.dirty) continue; // our own write, or seen already
      if (row === NOT_READY) {
        counts.skipped.push({ id: item.sid, reason: 'an image of this clipping was stored here during the sync; the next sync merges it' });
        noteUnmerged(state, item.sid);
        continue;
      }
      // Edits not yet scanned are stamped first, so the merge weighs them too.
      const local = stampLocal(kind, remote.id, row, stored, stamper.next, stamper.node, item.sid).meta;
      stamper.receive(maxStamp(remote));
      const doc = mergeDocs(docFor(local, row), remote);
      const deleted = isDeleted(doc);
      // A losing branch is always sent back: the merge goes on top of the current revision, and
      // the branch is closed in the same request. Branches still to close survive every merge.
      const dirty = item.losing || stored?.losers?.length || canonicalJson(doc) !== canonicalJson(remote) ? 1 : 0;
      const rev = item.losing ? stored?.rev : item.rev;
      const { values, meta } = splitDoc(doc, deleted, item.sid, rev, dirty);
      const losers = [...new Set([...(stored?.losers ?? []), ...(item.losing ? [item.rev] : [])])];
      if (losers.length) meta.losers = losers;
      if (deleted) {
        if (row) {
          rowWrites[kind].set(remote.id, null);
          counts.received++;
        }
        metaWrites.set(key, meta);
        current.set(key, { meta, row: undefined });
        merged.push(key);
        noteMerged(state, item.sid);
        continue;
      }
      const built = buildRow(kind, remote.id, values ?? {}, row, doc, blobs);
      if (!built.ok) {
        counts.skipped.push({ id: item.sid, reason: built.reason });
        noteUnmerged(state, item.sid);
        continue;
      }
      let next = row;
      if (!row || canonicalJson(stripLocal(row)) !== canonicalJson(stripLocal(built.row))) {
        rowWrites[kind].set(remote.id, built.row);
        next = built.row;
        counts.received++;
      }
      metaWrites.set(key, meta);
      current.set(key, { meta, row: next });
      merged.push(key);
      noteMerged(state, item.sid);
    }
    for (const kind of SYNCED_KINDS) {
      const puts: Row[] = [];
      const deletes: string[] = [];
      for (const [id, row] of rowWrites[kind]) {
        if (row) puts.push(row);
        else deletes.push(id);
      }
      if (kind === 'clipping') {
        if (puts.length || deletes.length) await writeClippingRows(db, puts as unknown as SyncClipping[], deletes, blobs.bytes);
        continue;
      }
      if (deletes.length) await tableFor(db, kind).bulkDelete(deletes);
      if (puts.length) await tableFor(db, kind).bulkPut(puts);
    }
    if (metaWrites.size) await db.syncMeta.bulkPut([...metaWrites.values()]);
    if (checkpoint !== undefined) state.since = checkpoint;
    await db.syncState.put(state);
  });
  return merged;
}

type CurrentRow = Row | typeof NOT_READY;

/** The stored meta and row of each record, by meta key, read in one bulk read per table. */
async function readCurrent(db: JianbaoDb, records: { kind: SyncedKind; id: string }[]): Promise<Map<string, { meta?: SyncMeta; row?: CurrentRow }>> {
  const keys = [...new Set(records.map(({ kind, id }) => metaKey(kind, id)))];
  const out = new Map<string, { meta?: SyncMeta; row?: CurrentRow }>();
  const metas = await db.syncMeta.bulkGet(keys);
  keys.forEach((key, i) => out.set(key, { meta: metas[i] }));
  for (const kind of SYNCED_KINDS) {
    const ids = keys.map(splitKey).filter((k) => k.kind === kind).map((k) => k.id);
    if (!ids.length) continue;
    const rows = await readRows(db, kind, ids);
    ids.forEach((id, i) => {
      out.get(metaKey(kind, id))!.row = rows[i];
    });
  }
  return out;
}

/** Fields a device keeps for itself and never compares: the search index and the anchoring state. */
function stripLocal(row: Row): Row {
  const { tokens: _t, status: _s, updatedAt: _u, ...rest } = row;
  return rest;
}

/**
 * The stored record from a merged doc's values, checked against the model's schema: the
 * highlight's search tokens made here, its anchoring status kept (a new one is pending until
 * a page anchors it), updatedAt the latest edit's time. A clipping's every image must be here
 * already or among the fetched blobs.
 */
function buildRow(kind: SyncedKind, id: string, values: Row, existing: Row | undefined, doc: SyncDoc, blobs: FetchedBlobs): { ok: true; row: Row } | { ok: false; reason: string } {
  const edit = parseStamp(latestEdit(doc))?.wall ?? 0;
  const previous = typeof existing?.updatedAt === 'number' ? existing.updatedAt : 0;
  const updatedAt = Math.max(previous, edit);
  const row: Row = { ...values, id, updatedAt: isModelTimestamp(updatedAt) ? updatedAt : previous };
  if (kind === 'highlight') {
    row.note = typeof values.note === 'string' ? values.note : '';
    row.tags = Array.isArray(values.tags) ? values.tags : [];
    row.status = existing?.status ?? 'pending';
    row.tokens = [];
    const parsed = v.safeParse(HighlightSchema, row);
    if (!parsed.success) return { ok: false, reason: v.summarize(parsed.issues) };
    const highlight = parsed.output;
    return { ok: true, row: { ...highlight, tokens: tokensFor(highlight) } };
  }
  if (kind === 'clipping') {
    row.note = typeof values.note === 'string' ? values.note : '';
    row.tags = Array.isArray(values.tags) ? values.tags : [];
    row.images = Array.isArray(values.images) ? values.images : [];
    row.bodyText = typeof values.bodyText === 'string' ? values.bodyText : '';
    const parsed = v.safeParse(SyncClippingSchema, row);
    if (!parsed.success) return { ok: false, reason: v.summarize(parsed.issues) };
    const here = new Set(Array.isArray(existing?.images) ? (existing.images as SyncImage[]).map((image) => image.sha256) : []);
    for (const image of parsed.output.images) {
      if (here.has(image.sha256) || blobs.bytes.has(image.sha256)) continue;
      return { ok: false, reason: `image ${image.index} of the clipping could not be had: ${blobs.failed.get(image.sha256) ?? 'it is not on the server'}` };
    }
    const { imageCount: _c, imageBytes: _b, ...clipping } = parsed.output;
    return { ok: true, row: clipping as Row };
  }
  const parsed = v.safeParse(ArticleSchema, row);
  if (!parsed.success) return { ok: false, reason: v.summarize(parsed.issues) };
  return { ok: true, row: parsed.output as Row };
}

/** A dirty record's doc, built in the transaction that stamps its latest edits. */
export interface Outgoing {
  key: string;
  sid: string;
  rev?: string;
  doc: SyncDoc;
  /** The meta's stamps when the doc was built: a later change keeps the record dirty. */
  stamps: string;
  /** Conflict branches merged into the doc, closed with it. */
  losers?: string[];
}

export async function collectOutgoing(db: JianbaoDb, state: SyncStateRow, stamper: Stamper, keys: string[]): Promise<Outgoing[]> {
  const clippingIds = keys.filter((key) => key.startsWith('clipping:')).map((key) => splitKey(key).id);
  if (clippingIds.length) await ensureImageShas(db, clippingIds);
  return db.transaction('rw', syncTables(db), async () => {
    const out: Outgoing[] = [];
    const metas = await db.syncMeta.bulkGet(keys);
    const writes: SyncMeta[] = [];
    for (const stored of metas) {
      if (!stored || !stored.dirty) continue;
      const [row] = await readRows(db, stored.kind, [stored.id]);
      if (row === NOT_READY) continue; // stays dirty: sent by the next sync
      const { meta, changed } = stampLocal(stored.kind, stored.id, row, stored, stamper.next, stamper.node, stored.sid);
      if (changed) writes.push(meta);
      out.push({
        key: meta.key, sid: meta.sid, ...(meta.rev ? { rev: meta.rev } : {}), ...(meta.losers?.length ? { losers: meta.losers } : {}),
        doc: docFor(meta, row), stamps: stampsOf(meta),
      });
    }
    if (writes.length) await db.syncMeta.bulkPut(writes);
    await db.syncState.put(state);
    return out;
  });
}

function stampsOf(meta: SyncMeta): string {
  return canonicalJson({ f: meta.fields, t: meta.texts, d: meta.deleted ?? null });
}

/** Records the server's new revisions; a record changed since its doc was built stays dirty. */
export async function markSent(db: JianbaoDb, sent: { out: Outgoing; rev: string }[]): Promise<void> {
  await db.transaction('rw', db.syncMeta, async () => {
    const metas = await db.syncMeta.bulkGet(sent.map((s) => s.out.key));
    const writes: SyncMeta[] = [];
    sent.forEach(({ out, rev }, i) => {
      const meta = metas[i];
      if (!meta) return;
      // The branches closed with this write are done (a losing leaf answered "conflict" was
      // extended meanwhile: the feed lists its new leaf, which is read and merged then).
      const { losers: held, ...rest } = meta;
      const losers = (held ?? []).filter((r) => !out.losers?.includes(r));
      writes.push({ ...rest, ...(losers.length ? { losers } : {}), rev, dirty: stampsOf(meta) === out.stamps && !losers.length ? 0 : 1 });
    });
    await db.syncMeta.bulkPut(writes);
  });
}

/** Forgets the server revision of records the server no longer has, so they are sent as new. */
export async function forgetRevs(db: JianbaoDb, keys: string[]): Promise<void> {
  await db.transaction('rw', db.syncMeta, async () => {
    for (const meta of await db.syncMeta.bulkGet(keys)) {
      if (!meta) continue;
      const { rev: _rev, losers: _losers, ...rest } = meta;
      await db.syncMeta.put({ ...rest, dirty: 1 });
    }
  });
}

/**
 * Another server (or another encryption): the revisions and the checkpoint belong to the old
 * one, so they are dropped and every record is sent again (merging makes that safe).
 */
export async function resetForTarget(db: JianbaoDb, state: SyncStateRow, target: string, codec: DocCodec): Promise<void> {
  const keys = await db.syncMeta.toCollection().primaryKeys();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const pairs = chunk.map(splitKey);
    const sids = await Promise.all(pairs.map(({ kind, id }) => codec.serverId(kind, id)));
    await db.transaction('rw', db.syncMeta, async () => {
      const metas = await db.syncMeta.bulkGet(chunk);
      const writes: SyncMeta[] = [];
      metas.forEach((meta, j) => {
        if (!meta) return;
        const { rev: _rev, losers: _losers, ...rest } = meta;
        // A tombstone the new server never had is not worth sending: nothing there to delete.
        writes.push({ ...rest, sid: sids[j], dirty: isTombstone(meta) ? 0 : 1 });
      });
      await db.syncMeta.bulkPut(writes);
    });
  }
  state.target = target;
  state.since = 0;
  // What was skipped or found orphaned belongs to the old server too.
  delete state.unmerged;
  delete state.blobSweep;
  await db.syncState.put(state);
}

/**
 * The reader settles a note conflict: `note` becomes the note, as a new version that has seen
 * every version this device holds, so the conflict ends here and, after the next sync,
 * everywhere (also when the chosen text is the one already shown). Other edits of the record
 * not stamped yet are left to the next scan, as any edit is.
 */
async function resolveNote(db: JianbaoDb, kind: 'highlight' | 'clipping', id: string, chosen: string, now: number, write: () => Promise<boolean>): Promise<void> {
  const state = await loadState(db);
  const stamper = new Stamper(state, () => now);
  if (!(await write())) return;
  const stored = await db.syncMeta.get(metaKey(kind, id));
  // Never synced (no meta) or no note version yet: the write is an ordinary edit the scan stamps.
  if (!stored?.texts.note) return;
  await db.syncMeta.put(resolveTextConflict(stored, 'note', chosen, stamper.next, stamper.node));
  await db.syncState.put(state);
}

/** A highlight's note conflict settled with `note` (undefined: no such highlight). */
export async function resolveNoteConflict(db: JianbaoDb, id: string, note: string, now = Date.now()): Promise<Row | undefined> {
  return db.transaction('rw', [db.annotations, db.syncMeta, db.syncState], async () => {
    let next: Row | undefined;
    await resolveNote(db, 'highlight', id, note, now, async () => {
      const row = (await db.annotations.get(id)) as Row | undefined;
      if (!row) return false;
      next = { ...row, note, updatedAt: Math.max(now, Number(row.updatedAt) + 1) };
      next.tokens = tokensFor(next as unknown as Parameters<typeof tokensFor>[0]);
      await db.annotations.put(next as never);
      return true;
    });
    return next;
  });
}

/** A clipping's note (on the whole article) conflict settled with `note`, in the book (undefined: no such clipping). */
export async function resolveClippingNoteConflict(db: JianbaoDb, id: string, note: string, now = Date.now()): Promise<Clipping | undefined> {
  return db.transaction('rw', [db.clippings, db.clippingTexts, db.syncMeta, db.syncState], async () => {
    let next: Clipping | undefined;
    await resolveNote(db, 'clipping', id, note, now, async () => {
      const current = await db.clippings.get(id);
      if (!current) return false;
      next = { ...current, note, updatedAt: Math.max(now, current.updatedAt + 1) };
      await db.clippings.put(next);
      const text = await db.clippingTexts.get(id);
      if (text) await db.clippingTexts.put(clippingTextRow(next, text.bodyText));
      return true;
    });
    return next;
  });
}

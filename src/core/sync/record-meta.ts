/**
 * The bridge between a stored record (a Dexie row, the one source of truth) and its replicated
 * form (a SyncDoc). A device keeps no second copy of its library for sync: per record it keeps
 * only a SyncMeta — a hash and a stamp per field, the note's version vector and the concurrent
 * versions it conflicts with, the delete stamp and the server's revision. The SyncDoc is built
 * from the row and its meta when it is sent, and split back into a row and a meta when one
 * arrives.
 */

import type { Stamp } from './hlc';
import type { SyncDoc, SyncKind, TextVersion } from './sync-doc';

/**
 * The fields of each kind that sync. Left out: derived data every device computes itself
 * (search tokens), local state (a highlight's anchoring status) and `updatedAt` (set from the
 * record's latest edit when a merge writes it).
 */
export const SYNC_FIELDS: Record<SyncKind, { fields: readonly string[]; texts: readonly string[] }> = {
  highlight: {
    fields: ['pageUrl', 'pageTitle', 'articleId', 'sentenceRange', 'exact', 'selectors', 'color', 'tags', 'createdAt'],
    texts: ['note'],
  },
  article: {
    fields: [
      'url', 'title', 'kicker', 'subtitle', 'authors', 'publication', 'date', 'page', 'section', 'language',
      'bodyText', 'sentences', 'sources', 'readerFields', 'detected', 'suggested', 'confidence', 'evidence', 'createdAt',
    ],
    texts: [],
  },
  // A clipping's heading, body and image descriptions (core/sync/clipping-doc; the bytes travel
  // as blobs); `imageCount` and `imageBytes` are derived from the images, like a backup's.
  clipping: {
    fields: [
      'pageUrl', 'url', 'title', 'kicker', 'subtitle', 'authors', 'publication', 'date', 'page', 'section', 'language',
      'tags', 'imagesSkipped', 'createdAt', 'bodyText', 'images',
    ],
    texts: ['note'],
  },
  // The reader's settings that sync (background/sync/settings-sync.ts); one record, no table.
  settings: {
    fields: ['palette', 'defaultColor', 'exportFormat', 'citationStyle', 'snapToWords', 'excludedSites', 'clipping'],
    texts: [],
  },
};

/** The kinds that sync, each kept in its Dexie table(s). */
export const SYNCED_KINDS = ['highlight', 'article', 'clipping'] as const satisfies readonly SyncKind[];
export type SyncedKind = (typeof SYNCED_KINDS)[number];

export interface FieldMeta {
  /** Hash of the value last stamped (see valueHash). */
  h: string;
  s: Stamp;
}

export interface TextMeta {
  /** Hash of the current text, which lives in the record. */
  h: string;
  s: Stamp;
  vv: Record<string, Stamp>;
  /** Concurrent versions the current text conflicts with (kept whole: they are nowhere else). */
  conflicts: TextVersion[];
}

export interface SyncMeta {
  /** `kind:id`, the local key. */
  key: string;
  kind: SyncedKind;
  id: string;
  /** The server's document id (the key itself, or its HMAC when encrypted). */
  sid: string;
  /** The server's revision of the document as this device last saw or wrote it. */
  rev?: string;
  fields: Record<string, FieldMeta>;
  texts: Record<string, TextMeta>;
  /** Latest delete stamp. A tombstone (record deleted here) has no fields and no texts. */
  deleted?: Stamp;
  /** 1 while this device holds something the server's document lacks (an index: no booleans). */
  dirty: 0 | 1;
  /**
   * Revisions of the server document's conflict branches (made by another tool) that were
   * merged into this record and are still to be closed by the next push.
   */
  losers?: string[];
}

export function metaKey(kind: SyncKind, id: string): string {
  return `${kind}:${id}`;
}

/** JSON with object keys sorted, so equal values give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * A 53-bit hash (cyrb53) of a value's canonical JSON, as base-36 text. Only this device compares
 * it with itself, to see which fields changed since they were stamped, so it need not resist
 * forgery; a collision would miss one edit of one field, one chance in 2^53.
 */
export function valueHash(value: unknown): string {
  const text = canonicalJson(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function isTombstone(meta: SyncMeta): boolean {
  return Object.keys(meta.fields).length === 0 && Object.keys(meta.texts).length === 0;
}

type Row = Record<string, unknown>;

/**
 * The meta after the reader's edits to `row` (undefined: the record is gone), stamping every
 * field whose value changed since it was last stamped with a new stamp from `next`. `changed`
 * says whether anything was stamped.
 */
export function stampLocal(
  kind: SyncedKind,
  id: string,
  row: Row | undefined,
  meta: SyncMeta | undefined,
  next: () => Stamp,
  node: string,
  sid: string,
): { meta: SyncMeta; changed: boolean } {
  const base: SyncMeta = meta ?? { key: metaKey(kind, id), kind, id, sid, fields: {}, texts: {}, dirty: 0 };
  if (!row) {
    // Gone here: a record this device had (its meta has fields) was deleted since it was stamped.
    if (!meta || isTombstone(meta)) return { meta: base, changed: false };
    return { meta: { ...base, fields: {}, texts: {}, deleted: next(), dirty: 1 }, changed: true };
  }
  const spec = SYNC_FIELDS[kind];
  let changed = false;
  const fields: Record<string, FieldMeta> = {};
  for (const name of spec.fields) {
    const h = valueHash(row[name]);
    const known = base.fields[name];
    if (known && known.h === h) fields[name] = known;
    else {
      fields[name] = { h, s: next() };
      changed = true;
    }
  }
  const texts: Record<string, TextMeta> = {};
  for (const name of spec.texts) {
    const value = typeof row[name] === 'string' ? (row[name] as string) : '';
    const h = valueHash(value);
    const known = base.texts[name];
    if (known && known.h === h) texts[name] = known;
    else {
      texts[name] = supersedingText(known, value, next, node);
      changed = true;
    }
  }
  if (!changed) return { meta: base, changed: false };
  return { meta: { ...base, fields, texts, dirty: 1 }, changed: true };
}

/**
 * A new version of a text written by the reader here: it has seen the current text and every
 * version it conflicts with, so it supersedes them all (on this device now, on the others when
 * they merge it).
 */
export function supersedingText(known: TextMeta | undefined, value: string, next: () => Stamp, node: string): TextMeta {
  const vv: Record<string, Stamp> = {};
  if (known) for (const version of [{ vv: known.vv }, ...known.conflicts]) joinVector(vv, version.vv);
  const s = next();
  vv[node] = s;
  return { h: valueHash(value), s, vv, conflicts: [] };
}

/**
 * The meta after the reader settled a conflict of text `name` by choosing `value` (one of the
 * versions, the current one included, or a new text): a new version superseding every version
 * this device holds. Always a new version, even when `value` is the text already shown, so the
 * other devices, which still hold the conflict, drop the other versions too. Other fields are
 * left to the next scan.
 */
export function resolveTextConflict(meta: SyncMeta, name: string, value: string, next: () => Stamp, node: string): SyncMeta {
  return { ...meta, texts: { ...meta.texts, [name]: supersedingText(meta.texts[name], value, next, node) }, dirty: 1 };
}

/** The replicated form of a record from its row and meta (a tombstone carries only its delete stamp). */
export function docFor(meta: SyncMeta, row: Row | undefined): SyncDoc {
  const doc: SyncDoc = { kind: meta.kind, id: meta.id, fields: {}, texts: {} };
  if (meta.deleted !== undefined) doc.deleted = meta.deleted;
  if (!row || isTombstone(meta)) return doc;
  for (const [name, field] of Object.entries(meta.fields)) doc.fields[name] = { v: row[name] ?? null, s: field.s };
  for (const [name, text] of Object.entries(meta.texts)) {
    const value = typeof row[name] === 'string' ? (row[name] as string) : '';
    doc.texts[name] = [{ v: value, s: text.s, vv: text.vv }, ...text.conflicts];
  }
  return doc;
}

/**
 * The record's values and the meta that describes them, from a merged doc: `values` holds
 * the synced fields with absent ones left out (a null on the wire is "no value"), texts as
 * their current version. A deleted doc gives no values and a tombstone meta.
 */
export function splitDoc(
  doc: SyncDoc,
  deleted: boolean,
  sid: string,
  rev: string | undefined,
  dirty: 0 | 1,
): { values: Row | undefined; meta: SyncMeta } {
  const kind = doc.kind as SyncedKind;
  const meta: SyncMeta = { key: metaKey(kind, doc.id), kind, id: doc.id, sid, fields: {}, texts: {}, dirty };
  if (rev !== undefined) meta.rev = rev;
  if (doc.deleted !== undefined) meta.deleted = doc.deleted;
  if (deleted) return { values: undefined, meta };
  const values: Row = {};
  for (const [name, field] of Object.entries(doc.fields)) {
    meta.fields[name] = { h: valueHash(field.v), s: field.s };
    if (field.v !== null && field.v !== undefined) values[name] = field.v;
  }
  for (const [name, versions] of Object.entries(doc.texts)) {
    const [current, ...conflicts] = versions;
    if (!current) continue;
    values[name] = current.v;
    meta.texts[name] = { h: valueHash(current.v), s: current.s, vv: current.vv, conflicts };
  }
  return { values, meta };
}

/** The latest stamp a doc carries anywhere (edits, text versions, their vectors, the delete). */
export function maxStamp(doc: SyncDoc): Stamp | undefined {
  let max: Stamp | undefined = doc.deleted;
  const see = (s: Stamp) => {
    if (max === undefined || s > max) max = s;
  };
  for (const field of Object.values(doc.fields)) see(field.s);
  for (const versions of Object.values(doc.texts)) for (const version of versions) {
    see(version.s);
    for (const s of Object.values(version.vv)) see(s);
  }
  return max;
}

function joinVector(target: Record<string, Stamp>, vv: Record<string, Stamp>): void {
  for (const [node, stamp] of Object.entries(vv)) if (!target[node] || target[node] < stamp) target[node] = stamp;
}

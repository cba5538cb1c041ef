/**
 * The replicated form of one record (a highlight, an article, a clipping) and the merge rule
 * every device applies to it. The merge is a join — commutative, associative and idempotent —
 * so any two devices that have seen the same edits hold the same record, whatever the order in
 * which the edits arrived (tests/unit/sync/sync-doc.property.test.ts checks it).
 *
 * - Plain fields (colour, tags, an article's headline, …) are last-writer-wins registers: the
 *   value with the later hybrid-logical-clock stamp wins, field by field, so a colour changed on
 *   one device and a tag added on another both survive.
 * - Texts the reader writes (a note) are multi-value registers: each version carries a version
 *   vector (replica → the latest stamp of that replica it had seen). A version that another has
 *   seen is superseded; versions that did not see each other are concurrent and all kept — the
 *   latest is the text, the others are conflicts shown to the reader, so no note text is lost.
 *   The reader's next edit has seen them all and resolves the conflict.
 * - A delete is a stamp: the record is deleted when its delete stamp is later than every edit,
 *   so a delete wins over an older edit and loses to a newer one.
 */

import type { Stamp } from './hlc';

/** A last-writer-wins register. */
export interface LwwField {
  v: unknown;
  s: Stamp;
}

/** One version of a multi-value text. `vv`: replica id → latest stamp of that replica seen. */
export interface TextVersion {
  v: string;
  s: Stamp;
  vv: Record<string, Stamp>;
}

export const SYNC_KINDS = ['highlight', 'article', 'clipping', 'settings'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

export interface SyncDoc {
  kind: SyncKind;
  /** The record's own id in its table. */
  id: string;
  fields: Record<string, LwwField>;
  /** Each text's surviving versions, latest first (one version when there is no conflict). */
  texts: Record<string, TextVersion[]>;
  /** Stamp of the latest delete, if the record was ever deleted. */
  deleted?: Stamp;
}

export function emptyDoc(kind: SyncKind, id: string): SyncDoc {
  return { kind, id, fields: {}, texts: {} };
}

/** Sets a plain field at `stamp` (a newer stamp than any this replica holds). */
export function setField(doc: SyncDoc, name: string, value: unknown, stamp: Stamp): SyncDoc {
  return { ...doc, fields: { ...doc.fields, [name]: { v: value, s: stamp } } };
}

/**
 * Writes a text as replica `node` at `stamp`. The new version has seen every version this
 * replica holds (the reader saw them: the text or its conflicts), so it replaces them all.
 */
export function setText(doc: SyncDoc, name: string, value: string, stamp: Stamp, node: string): SyncDoc {
  const vv: Record<string, Stamp> = {};
  for (const version of doc.texts[name] ?? []) joinInto(vv, version.vv);
  vv[node] = stamp;
  return { ...doc, texts: { ...doc.texts, [name]: [{ v: value, s: stamp, vv }] } };
}

export function markDeleted(doc: SyncDoc, stamp: Stamp): SyncDoc {
  return { ...doc, deleted: laterOf(doc.deleted, stamp) };
}

/** The join of two replicas' states of the same record. */
export function mergeDocs(a: SyncDoc, b: SyncDoc): SyncDoc {
  if (a.kind !== b.kind || a.id !== b.id) throw new RangeError(`Cannot merge ${a.kind} ${a.id} with ${b.kind} ${b.id}.`);
  const fields: Record<string, LwwField> = {};
  for (const name of unionKeys(a.fields, b.fields)) fields[name] = laterField(a.fields[name], b.fields[name]);
  const texts: Record<string, TextVersion[]> = {};
  for (const name of unionKeys(a.texts, b.texts)) texts[name] = maximalVersions([...(a.texts[name] ?? []), ...(b.texts[name] ?? [])]);
  const merged: SyncDoc = { kind: a.kind, id: a.id, fields, texts };
  const deleted = laterOf(a.deleted, b.deleted);
  if (deleted !== undefined) merged.deleted = deleted;
  return merged;
}

/** The latest edit of any field or text, undefined for a record nobody edited. */
export function latestEdit(doc: SyncDoc): Stamp | undefined {
  let latest: Stamp | undefined;
  for (const field of Object.values(doc.fields)) latest = laterOf(latest, field.s);
  for (const versions of Object.values(doc.texts)) for (const version of versions) latest = laterOf(latest, version.s);
  return latest;
}

/** Delete wins over an older edit and loses to a newer one. */
export function isDeleted(doc: SyncDoc): boolean {
  if (doc.deleted === undefined) return false;
  const edit = latestEdit(doc);
  return edit === undefined || doc.deleted > edit;
}

/** The text's current value ('' when never written) and the concurrent versions it conflicts with. */
export function readText(doc: SyncDoc, name: string): { value: string; conflicts: string[] } {
  const versions = doc.texts[name] ?? [];
  return { value: versions[0]?.v ?? '', conflicts: versions.slice(1).map((version) => version.v) };
}

function laterField(a: LwwField | undefined, b: LwwField | undefined): LwwField {
  if (!a) return b as LwwField;
  if (!b) return a;
  if (a.s !== b.s) return a.s > b.s ? a : b;
  // The same stamp is the same edit; a forged pair with different values still merges the same
  // way everywhere by comparing the values' JSON.
  return JSON.stringify(a.v) >= JSON.stringify(b.v) ? a : b;
}

/** Keeps the versions no other version has seen (an antichain), latest first, each once. */
function maximalVersions(versions: TextVersion[]): TextVersion[] {
  const byStamp = new Map<Stamp, TextVersion>();
  for (const version of versions) {
    const known = byStamp.get(version.s);
    if (!known || JSON.stringify(version) > JSON.stringify(known)) byStamp.set(version.s, version);
  }
  const unique = [...byStamp.values()];
  return unique
    .filter((version) => !unique.some((other) => other !== version && hasSeen(other.vv, version)))
    .sort((x, y) => (x.s > y.s ? -1 : x.s < y.s ? 1 : 0));
}

/** Whether a version vector includes a version: it saw that version's own edit. */
function hasSeen(vv: Record<string, Stamp>, version: TextVersion): boolean {
  const node = version.s.slice(version.s.lastIndexOf('.') + 1);
  const seen = vv[node];
  return seen !== undefined && seen >= version.s;
}

function joinInto(target: Record<string, Stamp>, vv: Record<string, Stamp>): void {
  for (const [node, stamp] of Object.entries(vv)) target[node] = laterOf(target[node], stamp) as Stamp;
}

function laterOf(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

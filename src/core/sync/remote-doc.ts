/**
 * What a sync server may hand us, checked before anything of it is merged: the envelope
 * (`{_id, _rev, jb: 1, doc}` plain, `{_id, _rev, jb: 1, e}` encrypted) and the SyncDoc inside.
 * The server is not trusted: field names must be ones the kind syncs, stamps well formed and
 * not far in the future, sizes bounded. The record a merge produces is checked again against
 * the model's own schemas (core/import/record-schemas) before it is stored.
 */
import * as v from 'valibot';
import { isAcceptableStamp, parseStamp } from './hlc';
import { SYNC_FIELDS, type SyncedKind } from './record-meta';
import { SYNC_KINDS, type SyncDoc } from './sync-doc';

/** The document format version this code writes and reads. */
export const DOC_FORMAT = 1;

const MAX_ID = 10_000;
const MAX_TEXT = 1_000_000;
/** Concurrent versions of one note kept at most; more can only come from a hostile server. */
export const MAX_TEXT_VERSIONS = 50;
const MAX_VECTOR = 200;

const StampSchema = v.pipe(
  v.string(),
  v.check((s) => parseStamp(s) !== undefined, 'not a clock stamp'),
);
const VectorSchema = v.pipe(
  v.record(v.string(), StampSchema),
  v.check((vv) => Object.keys(vv).length <= MAX_VECTOR, 'version vector too long'),
);

const SyncDocSchema = v.object({
  kind: v.picklist(SYNC_KINDS),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID)),
  fields: v.record(v.string(), v.object({ v: v.unknown(), s: StampSchema })),
  texts: v.record(
    v.string(),
    v.pipe(
      v.array(v.object({ v: v.pipe(v.string(), v.maxLength(MAX_TEXT)), s: StampSchema, vv: VectorSchema })),
      v.minLength(1),
      v.maxLength(MAX_TEXT_VERSIONS),
    ),
  ),
  deleted: v.optional(StampSchema),
});

/** The plain envelope's fields (the encrypted one is read by sync-crypto). */
export const PlainEnvelopeSchema = v.object({
  _id: v.pipe(v.string(), v.maxLength(MAX_ID + 20)),
  _rev: v.pipe(v.string(), v.maxLength(200)),
  jb: v.literal(DOC_FORMAT),
  doc: v.unknown(),
});

export type DocCheck = { ok: true; doc: SyncDoc } | { ok: false; reason: string };

/**
 * A SyncDoc from the server, or why it is refused. `now` bounds the stamps (a stamp far
 * ahead of this device's clock would win every later merge).
 */
export function checkSyncDoc(value: unknown, now: number): DocCheck {
  const parsed = v.safeParse(SyncDocSchema, value);
  if (!parsed.success) return { ok: false, reason: v.summarize(parsed.issues) };
  const doc = parsed.output as SyncDoc;
  const spec = SYNC_FIELDS[doc.kind as SyncedKind];
  for (const name of Object.keys(doc.fields)) if (!spec.fields.includes(name)) return { ok: false, reason: `unknown field ${name}` };
  for (const name of Object.keys(doc.texts)) if (!spec.texts.includes(name)) return { ok: false, reason: `unknown text ${name}` };
  const stamps: string[] = Object.values(doc.fields).map((f) => f.s);
  for (const versions of Object.values(doc.texts)) for (const version of versions) stamps.push(version.s, ...Object.values(version.vv));
  if (doc.deleted) stamps.push(doc.deleted);
  if (!stamps.every((s) => isAcceptableStamp(s, now))) return { ok: false, reason: 'a stamp is more than a day ahead of this device' };
  return { ok: true, doc };
}

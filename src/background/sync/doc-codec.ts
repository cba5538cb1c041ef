/**
 * How a record's SyncDoc is written into a server document and read back. The plain codec
 * stores `{_id: "highlight:<id>", jb: 1, doc}`; the encrypted one (sync-crypto.ts) stores
 * `{_id: "e:<HMAC>", jb: 1, e}`. Either way the document id is fixed by the record, so the
 * same record is one document on every device.
 */
import * as v from 'valibot';
import { metaKey, type SyncedKind } from '../../core/sync/record-meta';
import { DOC_FORMAT, PlainEnvelopeSchema } from '../../core/sync/remote-doc';
import type { SyncDoc } from '../../core/sync/sync-doc';

export type Decoded = { ok: true; doc: unknown } | { ok: false; reason: string };

export interface DocCodec {
  readonly encrypted: boolean;
  /** The server document id of a record. */
  serverId(kind: SyncedKind, id: string): Promise<string>;
  /** Whether a server document id is one this codec writes (others, like design documents, are not ours). */
  isOurs(sid: string): boolean;
  /** The document body (without _id and _rev). */
  encode(sid: string, doc: SyncDoc): Promise<Record<string, unknown>>;
  /** The SyncDoc inside a server document, still to be checked (core/sync/remote-doc). */
  decode(serverDoc: unknown): Promise<Decoded>;
}

const PLAIN_PREFIXES = ['highlight:', 'article:'];

export const plainCodec: DocCodec = {
  encrypted: false,
  serverId: async (kind, id) => metaKey(kind, id),
  isOurs: (sid) => PLAIN_PREFIXES.some((p) => sid.startsWith(p)),
  encode: async (_sid, doc) => ({ jb: DOC_FORMAT, doc }),
  decode: async (serverDoc) => {
    const parsed = v.safeParse(PlainEnvelopeSchema, serverDoc);
    if (!parsed.success) return { ok: false, reason: `not a Jianbao document: ${v.summarize(parsed.issues)}` };
    return { ok: true, doc: parsed.output.doc };
  },
};

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
import { BLOB_PART, blobKey } from '../../core/sync/clipping-doc';
import { fromBase64, toBase64 } from '../../core/sync/sync-crypto';

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
  /** The server id of one part of an image blob (core/sync/clipping-doc blobKey). Not isOurs: the feed skips blobs. */
  blobId(sha256: string, part: number): Promise<string>;
  /** What every blob part id of this codec starts with (the sweep lists them by it). */
  readonly blobPrefix: string;
  encodeBlob(sid: string, bytes: Uint8Array<ArrayBuffer>): Promise<Record<string, unknown>>;
  /** A blob part's bytes, undefined when the document is not one (or does not decrypt). */
  decodeBlob(serverDoc: unknown): Promise<Uint8Array<ArrayBuffer> | undefined>;
}

const PLAIN_PREFIXES = ['highlight:', 'article:', 'clipping:'];

/** Base64 of one blob part at most (BLOB_PART bytes, with room for the cipher's IV and tag). */
export const MAX_BLOB_TEXT = Math.ceil((BLOB_PART + 64) / 3) * 4;

const PlainBlobSchema = v.object({
  _id: v.pipe(v.string(), v.startsWith('blob:'), v.maxLength(100)),
  jb: v.literal(DOC_FORMAT),
  b: v.pipe(v.string(), v.maxLength(MAX_BLOB_TEXT)),
});

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
  blobId: async (sha256, part) => blobKey(sha256, part),
  blobPrefix: 'blob:',
  encodeBlob: async (_sid, bytes) => ({ jb: DOC_FORMAT, b: toBase64(bytes) }),
  decodeBlob: async (serverDoc) => {
    const parsed = v.safeParse(PlainBlobSchema, serverDoc);
    if (!parsed.success) return undefined;
    try {
      return fromBase64(parsed.output.b);
    } catch {
      return undefined;
    }
  },
};

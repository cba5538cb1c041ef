/**
 * Image bytes to and from the sync server, as content-named blob documents of BLOB_PART bytes
 * (core/sync/clipping-doc). Pushed before the clipping document that names them, so a device
 * that reads the clipping finds its images; fetched before the transaction that stores the
 * clipping (a fetch would end an IndexedDB transaction), and checked: every part there, as
 * many bytes as the description says, the SHA-256 it names, an image of the type it names.
 */
import type { ClippingImage } from '../../core/clippings/clipping';
import { sha256Hex } from '../../core/clippings/image-hash';
import { sniffImageType } from '../../core/clippings/sniff-image';
import { BLOB_PART, SyncImagesSchema, blobParts, type SyncImage } from '../../core/sync/clipping-doc';
import type { SyncDoc } from '../../core/sync/sync-doc';
import { SyncError } from '../../core/sync/sync-errors';
import * as v from 'valibot';
import type { JianbaoDb } from '../db/database';
import type { CouchClient } from './couch-client';
import type { DocCodec } from './doc-codec';
import type { BlobFetcher, FetchedBlobs } from './local-store';

/** Blob parts per request (each ~1.4 MB of base64). */
const PARTS_PER_REQUEST = 6;

export function blobFetcher(client: CouchClient, codec: DocCodec): BlobFetcher {
  return async (images) => {
    const out: FetchedBlobs = { bytes: new Map(), failed: new Map() };
    const unique = [...new Map(images.map((image) => [image.sha256, image])).values()];
    const parts: { image: SyncImage; part: number; sid: string }[] = [];
    for (const image of unique) for (let part = 0; part < blobParts(image.size); part++) parts.push({ image, part, sid: await codec.blobId(image.sha256, part) });
    const received = new Map<string, Uint8Array<ArrayBuffer>>();
    for (let i = 0; i < parts.length; i += PARTS_PER_REQUEST) {
      const docs = await client.bulkGet(parts.slice(i, i + PARTS_PER_REQUEST).map((p) => p.sid));
      for (const [sid, body] of docs) {
        const bytes = await codec.decodeBlob(body);
        if (bytes) received.set(sid, bytes);
      }
    }
    for (const image of unique) {
      const mine = parts.filter((p) => p.image === image);
      const pieces = mine.map((p) => received.get(p.sid));
      if (pieces.some((piece) => !piece)) {
        out.failed.set(image.sha256, 'a part of its bytes is not on the server, or not readable');
        continue;
      }
      const bytes = new Uint8Array(image.size);
      let at = 0;
      let fits = true;
      for (const piece of pieces as Uint8Array[]) {
        if (at + piece.length > image.size) {
          fits = false;
          break;
        }
        bytes.set(piece, at);
        at += piece.length;
      }
      if (!fits || at !== image.size) {
        out.failed.set(image.sha256, `its bytes are not the ${image.size} its description says`);
        continue;
      }
      if ((await sha256Hex(bytes)) !== image.sha256) {
        out.failed.set(image.sha256, 'its bytes do not have the SHA-256 that names them');
        continue;
      }
      // The book renders only raster images of a known type; the bytes, not the label, decide.
      if (sniffImageType(bytes) !== image.type) {
        out.failed.set(image.sha256, `its bytes are not a ${image.type} image`);
        continue;
      }
      out.bytes.set(image.sha256, bytes.buffer);
    }
    return out;
  };
}

/**
 * Sends the blobs of these outgoing clipping docs that the server lacks. Returns the docs whose
 * images could not all be sent (their bytes are gone here since the doc was built): they stay
 * dirty, to be sent by the next sync.
 */
export async function uploadBlobs(db: JianbaoDb, client: CouchClient, codec: DocCodec, docs: SyncDoc[]): Promise<Set<string>> {
  const unsent = new Set<string>();
  const wanted: { clippingId: string; image: SyncImage; part: number; sid: string }[] = [];
  for (const doc of docs) {
    if (doc.kind !== 'clipping') continue;
    const parsed = v.safeParse(SyncImagesSchema, doc.fields.images?.v ?? []);
    if (!parsed.success) continue;
    for (const image of parsed.output) for (let part = 0; part < blobParts(image.size); part++) {
      wanted.push({ clippingId: doc.id, image, part, sid: await codec.blobId(image.sha256, part) });
    }
  }
  if (!wanted.length) return unsent;
  const missing = new Set<string>();
  const ids = [...new Set(wanted.map((w) => w.sid))];
  for (let i = 0; i < ids.length; i += 500) for (const id of await client.missing(ids.slice(i, i + 500))) missing.add(id);
  const toSend = [...new Map(wanted.filter((w) => missing.has(w.sid)).map((w) => [w.sid, w])).values()];
  for (let i = 0; i < toSend.length; i += PARTS_PER_REQUEST) {
    const slice = toSend.slice(i, i + PARTS_PER_REQUEST);
    const bodies: object[] = [];
    const rows = new Map<string, ClippingImage[]>();
    for (const w of slice) {
      if (!rows.has(w.clippingId)) rows.set(w.clippingId, await db.clippingImages.where('clippingId').equals(w.clippingId).toArray());
      const image = rows.get(w.clippingId)!.find((row) => row.sha256 === w.image.sha256);
      if (!image) {
        unsent.add(w.clippingId);
        continue;
      }
      const piece = new Uint8Array(image.bytes, w.part * BLOB_PART, Math.min(BLOB_PART, image.size - w.part * BLOB_PART));
      bodies.push({ _id: w.sid, ...(await codec.encodeBlob(w.sid, new Uint8Array(piece))) });
    }
    if (!bodies.length) continue;
    const results = await client.bulkDocs(bodies);
    for (const result of results) {
      // A conflict is the same content written by another device first (the id names the bytes).
      if (result.ok || result.error === 'conflict') continue;
      throw new SyncError('ServerError', `The server refused an image of a clipping: ${result.error ?? 'no answer'} ${result.reason ?? ''}`.trim());
    }
  }
  return unsent;
}

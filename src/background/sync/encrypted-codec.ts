/**
 * The codec that encrypts (core/sync/sync-crypto): `{_id: "e:<HMAC(kind:id)>", jb: 1, e:
 * base64(iv ‖ AES-GCM(SyncDoc))}`. `chooseCodec` decides per sync from the server's key-info
 * document and the reader's passphrase, and refuses, before anything is read or written, a
 * wrong passphrase, a missing one for an encrypted database, and a passphrase for a database
 * that already holds unencrypted notes.
 */
import * as v from 'valibot';
import { metaKey } from '../../core/sync/record-meta';
import { DOC_FORMAT } from '../../core/sync/remote-doc';
import {
  DEFAULT_ITERATIONS, ENCRYPTED_PREFIX, KEYINFO_ID, KeyInfoSchema, hmacId, newKeyInfo, openBytes, openJson, sealBytes, sealJson, unlock,
  type KeyInfo, type SyncKeys,
} from '../../core/sync/sync-crypto';
import { SyncError } from '../../core/sync/sync-errors';
import type { CouchClient } from './couch-client';
import { MAX_BLOB_TEXT, plainCodec, type DocCodec } from './doc-codec';
import { blobKey } from '../../core/sync/clipping-doc';

/** Ciphertext of one document at most (a 10 M-character article body, as UTF-8, in base64). */
const MAX_SEALED = 60_000_000;

const EnvelopeSchema = v.object({
  // `e:` a record, `es:` the settings record (ENCRYPTED_SETTINGS_PREFIX).
  _id: v.pipe(v.string(), v.regex(/^es?:/u, 'not an encrypted record id'), v.maxLength(100)),
  _rev: v.pipe(v.string(), v.maxLength(200)),
  jb: v.literal(DOC_FORMAT),
  e: v.pipe(v.string(), v.maxLength(MAX_SEALED)),
});

/** The server id prefix of the encrypted settings record (settings-sync.ts). */
export const ENCRYPTED_SETTINGS_PREFIX = 'es:';

/** Server ids of encrypted image blob parts: `eb:` + HMAC("blob:<sha256>.<part>"). */
export const ENCRYPTED_BLOB_PREFIX = 'eb:';

const BlobEnvelopeSchema = v.object({
  _id: v.pipe(v.string(), v.startsWith(ENCRYPTED_BLOB_PREFIX), v.maxLength(100)),
  jb: v.literal(DOC_FORMAT),
  eb: v.pipe(v.string(), v.maxLength(MAX_BLOB_TEXT)),
});

export function encryptedCodec(keys: SyncKeys): DocCodec {
  const ids = new Map<string, string>();
  return {
    encrypted: true,
    serverId: async (kind, id) => {
      const key = metaKey(kind, id);
      let sid = ids.get(key);
      if (!sid) {
        // The settings record has a prefix of its own: it is read by id, never from the feed.
        sid = (kind === ('settings' as string) ? ENCRYPTED_SETTINGS_PREFIX : ENCRYPTED_PREFIX) + (await hmacId(keys, key));
        if (ids.size > 10_000) ids.clear();
        ids.set(key, sid);
      }
      return sid;
    },
    isOurs: (sid) => sid.startsWith(ENCRYPTED_PREFIX),
    encode: async (sid, doc) => ({ jb: DOC_FORMAT, e: await sealJson(keys, sid, doc) }),
    decode: async (serverDoc) => {
      const parsed = v.safeParse(EnvelopeSchema, serverDoc);
      if (!parsed.success) return { ok: false, reason: `not an encrypted Jianbao document: ${v.summarize(parsed.issues)}` };
      const doc = await openJson(keys, parsed.output._id, parsed.output.e);
      if (doc === undefined) return { ok: false, reason: 'it does not decrypt with this passphrase (altered, or moved from another id)' };
      return { ok: true, doc };
    },
    // Blobs have a prefix of their own so the changes feed can pass them by without fetching
    // megabytes; the server learns which documents are images, as their sizes tell anyway.
    blobId: async (sha256, part) => ENCRYPTED_BLOB_PREFIX + (await hmacId(keys, blobKey(sha256, part))),
    blobPrefix: ENCRYPTED_BLOB_PREFIX,
    encodeBlob: async (sid, bytes) => ({ jb: DOC_FORMAT, eb: await sealBytes(keys, sid, bytes) }),
    decodeBlob: async (serverDoc) => {
      const parsed = v.safeParse(BlobEnvelopeSchema, serverDoc);
      if (!parsed.success) return undefined;
      return openBytes(keys, parsed.output._id, parsed.output.eb);
    },
  };
}

/** Keys of recent unlocks, so a sync every few minutes does not run PBKDF2 every time. */
const unlocked = new Map<string, SyncKeys>();

async function cachedUnlock(info: KeyInfo, passphrase: string): Promise<SyncKeys | undefined> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${info.salt}|${info.iterations}|${info.check}|${passphrase}`)));
  const cacheKey = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  const hit = unlocked.get(cacheKey);
  if (hit) return hit;
  const keys = await unlock(info, passphrase);
  if (keys) {
    unlocked.clear();
    unlocked.set(cacheKey, keys);
  }
  return keys;
}

/**
 * The codec for this server: plain when there is no passphrase and no key-info document;
 * encrypted when the passphrase unlocks the key-info (or there is none yet and the database is
 * empty: then this device writes it).
 */
export async function chooseCodec(client: CouchClient, passphrase: string | undefined, iterations = DEFAULT_ITERATIONS): Promise<DocCodec> {
  const stored = await client.getDoc(KEYINFO_ID);
  if (!stored) {
    if (!passphrase) return plainCodec;
    if (client.docCount > 0) throw new SyncError('NotEncrypted', 'The database already holds documents but no key information: it is not an encrypted Jianbao database.');
    const { info, keys } = await newKeyInfo(passphrase, iterations);
    const [result] = await client.bulkDocs([info]);
    if (result?.ok) return encryptedCodec(keys);
    // Another device wrote its key information first: use that one.
    return chooseCodec(client, passphrase, iterations);
  }
  const parsed = v.safeParse(KeyInfoSchema, stored);
  if (!parsed.success) throw new SyncError('BadResponse', `The key information on the server is not valid: ${v.summarize(parsed.issues)}`);
  if (!passphrase) throw new SyncError('NeedPassphrase', 'The notes in this database are encrypted; a passphrase is needed.');
  const keys = await cachedUnlock(parsed.output, passphrase);
  if (!keys) throw new SyncError('WrongPassphrase', 'The passphrase does not match the one the notes were encrypted with.');
  return encryptedCodec(keys);
}

/**
 * End-to-end encryption of sync documents with WebCrypto (no library: the browser's own
 * primitives). A passphrase and a salt stored on the server give, through PBKDF2-SHA256, 512
 * bits: the first 256 are an AES-GCM key for the documents, the last 256 an HMAC-SHA256 key for
 * their ids. A document's id is `e:` + HMAC(`kind:id`), so the server cannot see which page a
 * record belongs to; its body is AES-GCM with a fresh 96-bit IV and the document id as
 * additional data, so a body moved to another id does not decrypt. The key-info document holds
 * the salt, the iteration count and a check value (an HMAC of a fixed text) that tells a wrong
 * passphrase before anything is decrypted or written. docs/architecture/sync.md.
 */
import * as v from 'valibot';

export const KEYINFO_ID = 'jianbao-keyinfo';
export const ENCRYPTED_PREFIX = 'e:';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
/** What a key-info document may ask for: fewer is too weak, more would stall the device. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
const CHECK_TEXT = 'jianbao-keyinfo-check-v1';
const IV_BYTES = 12;

export const KeyInfoSchema = v.object({
  _id: v.literal(KEYINFO_ID),
  jb: v.literal(1),
  kdf: v.literal('PBKDF2-SHA256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_ITERATIONS), v.maxValue(MAX_ITERATIONS)),
  salt: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{22}==$/)),
  check: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
});
export type KeyInfo = v.InferOutput<typeof KeyInfoSchema>;

export interface SyncKeys {
  aes: CryptoKey;
  hmac: CryptoKey;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function deriveKeys(passphrase: string, saltB64: string, iterations: number): Promise<SyncKeys> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(saltB64), iterations }, base, 512));
  const aes = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const hmac = await crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  bits.fill(0);
  return { aes, hmac };
}

/** A new key-info document (and its keys) for a passphrase. */
export async function newKeyInfo(passphrase: string, iterations = DEFAULT_ITERATIONS): Promise<{ info: KeyInfo; keys: SyncKeys }> {
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(16)));
  const keys = await deriveKeys(passphrase, salt, iterations);
  const info: KeyInfo = { _id: KEYINFO_ID, jb: 1, kdf: 'PBKDF2-SHA256', iterations, salt, check: await checkValue(keys) };
  return { info, keys };
}

/** The keys of a key-info document, or undefined when the passphrase is not the one it was made with. */
export async function unlock(info: KeyInfo, passphrase: string): Promise<SyncKeys | undefined> {
  const keys = await deriveKeys(passphrase, info.salt, info.iterations);
  return (await checkValue(keys)) === info.check ? keys : undefined;
}

async function checkValue(keys: SyncKeys): Promise<string> {
  return hmacId(keys, CHECK_TEXT);
}

/** base64url of HMAC-SHA256(text), 43 characters. */
export async function hmacId(keys: SyncKeys, text: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.hmac, encoder.encode(text)));
  return toBase64(mac).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64 of IV ‖ AES-GCM(JSON) with `docId` as additional data. */
export async function sealJson(keys: SyncKeys, docId: string, value: unknown): Promise<string> {
  return sealBytes(keys, docId, encoder.encode(JSON.stringify(value)));
}

/** base64 of IV ‖ AES-GCM(bytes) with `docId` as additional data (image blobs; sealJson's core). */
export async function sealBytes(keys: SyncKeys, docId: string, plain: Uint8Array<ArrayBuffer>): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(docId) }, keys.aes, plain));
  const out = new Uint8Array(IV_BYTES + ct.length);
  out.set(iv);
  out.set(ct, IV_BYTES);
  return toBase64(out);
}

/** The JSON sealed under `docId`, or undefined when it does not decrypt (wrong key, moved, altered). */
export async function openJson(keys: SyncKeys, docId: string, sealed: string): Promise<unknown> {
  const plain = await openBytes(keys, docId, sealed);
  if (!plain) return undefined;
  try {
    return JSON.parse(decoder.decode(plain));
  } catch {
    return undefined;
  }
}

/** The bytes sealed under `docId`, or undefined when they do not decrypt. */
export async function openBytes(keys: SyncKeys, docId: string, sealed: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(sealed);
  } catch {
    return undefined;
  }
  if (bytes.length < IV_BYTES + 16) return undefined;
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: encoder.encode(docId) }, keys.aes, bytes.subarray(IV_BYTES)));
  } catch {
    return undefined;
  }
}

/** Standard base64 in chunks (String.fromCharCode on a whole large array would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

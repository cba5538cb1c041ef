/**
 * Standard base64 (RFC 4648 §4, with padding) without DOM or Node APIs, so core code writes and
 * reads a backup's image bytes the same way in extension pages, Node and tests. `btoa`/`atob`
 * work on "binary strings" (one more copy of every byte) and `Uint8Array.toBase64` is not in
 * Node 20 or every supported browser yet.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Uint8Array(ALPHABET.split('').map((c) => c.charCodeAt(0)));
/** Character code → 6-bit value, 255 for characters outside the alphabet. */
const VALUES = new Uint8Array(128).fill(255);
for (let i = 0; i < CODES.length; i++) VALUES[CODES[i]] = i;
const PAD = 61; // '='

/** Base64 of the bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = CODES[n >> 18];
    out[o++] = CODES[(n >> 12) & 63];
    out[o++] = CODES[(n >> 6) & 63];
    out[o++] = CODES[n & 63];
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    out[o++] = CODES[n >> 18];
    out[o++] = CODES[(n >> 12) & 63];
    out[o++] = rest === 2 ? CODES[(n >> 6) & 63] : PAD;
    out[o++] = PAD;
  }
  // Every byte of `out` is ASCII, so Latin-1 decoding is exact (and fast).
  return new TextDecoder('latin1').decode(out);
}

/** How many bytes a base64 text stands for, or undefined when it is not canonical padded base64. */
export function base64ByteLength(text: string): number | undefined {
  if (text.length % 4 !== 0) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/**
 * Decodes base64 pieces (one piece after another) into `target` at `offset`; returns the offset
 * after the last byte, or undefined when a piece is not base64 (a character outside the
 * alphabet, a length that is not a multiple of 4, padding before the end of the last piece).
 */
export function decodeBase64Into(text: string, target: Uint8Array, offset: number, isLast: boolean): number | undefined {
  const length = base64ByteLength(text);
  if (length === undefined || offset + length > target.length) return undefined;
  if (!isLast && length !== (text.length / 4) * 3) return undefined;
  let o = offset;
  for (let i = 0; i < text.length; i += 4) {
    const a = VALUES[text.charCodeAt(i)] ?? 255;
    const b = VALUES[text.charCodeAt(i + 1)] ?? 255;
    const c3 = text.charCodeAt(i + 2);
    const c4 = text.charCodeAt(i + 3);
    const lastQuad = i + 4 === text.length;
    const c = lastQuad && c3 === PAD && c4 === PAD ? 0 : (VALUES[c3] ?? 255);
    const d = lastQuad && c4 === PAD ? 0 : (VALUES[c4] ?? 255);
    if ((a | b | c | d) > 63) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    target[o++] = n >> 16;
    if (o < offset + length) target[o++] = (n >> 8) & 255;
    if (o < offset + length) target[o++] = n & 255;
  }
  return o;
}

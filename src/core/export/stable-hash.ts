/** A small deterministic string hash for keys that must be the same on every export and import. */

/** FNV-1a (32-bit) of the UTF-16 code units, as 8 hex digits. Not cryptographic: only for stable names. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The fixed tune / held-out split of the extraction sets (docs/BENCHMARKS.md): FNV-1a 32-bit
 * hash of the page id's UTF-8 bytes; even → tune (rules are chosen looking at these pages),
 * odd → held out (only ever reported as totals).
 */
export type Half = 'tune' | 'held';

/** FNV-1a 32-bit of the string's UTF-8 bytes. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Which half a page id falls in. */
export function halfOf(id: string): Half {
  return fnv1a32(id) % 2 === 0 ? 'tune' : 'held';
}

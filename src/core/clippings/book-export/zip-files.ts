/** Zip helpers for the book's EPUB and Markdown exports (fflate). */
import { strToU8 } from 'fflate';

/**
 * UTF-8 bytes of a text as this realm's Uint8Array. fflate tells a file from a folder by
 * `instanceof Uint8Array`, and a TextEncoder from another realm (jsdom in tests, a worker's
 * polyfill) makes arrays that fail that test and would be zipped as folders of bytes.
 */
export function utf8(text: string): Uint8Array {
  const bytes = strToU8(text);
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

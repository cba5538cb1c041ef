/**
 * Fetches the bytes of one article image for a clipping. Only when the reader clips, only the
 * images the page itself shows inside the article, only addresses core/clippings/image-address
 * allows for that page (http(s), no credentials, no local network from a public page; a
 * redirect's end is checked too), without cookies or referrer, size-capped while reading (a
 * lying Content-Length cannot make it read more; MAX_IMAGE_BYTES per image), and kept only when
 * the bytes are one of the raster types the book shows.
 */
import { imageAddressProblem, INLINE_IMAGE } from '../../core/clippings/image-address';
import { sniffImageType } from '../../core/clippings/sniff-image';
import { readCappedBody } from '../../core/net/read-capped-body';

export interface FetchedImage {
  bytes: ArrayBuffer;
  type: string;
  size: number;
}

/** Fetches `src` for an article shown at `pageUrl`, reading at most `maxBytes`; null when it is not kept. */
export type ImageFetcher = (src: string, maxBytes: number, pageUrl: string) => Promise<FetchedImage | null>;

const TIMEOUT_MS = 15_000;

/** Whether an image address may be fetched at all (http(s), or an inline data: image). */
export function isFetchableImageUrl(src: string): boolean {
  try {
    const url = new URL(src);
    if (url.protocol === 'http:' || url.protocol === 'https:') return true;
    return url.protocol === 'data:' && INLINE_IMAGE.test(src);
  } catch {
    return false;
  }
}

/** The most bytes one image may have, whatever the reader's budget leaves (a photo of a paper is well below). */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

/** The browser's fetch, as the clip service uses it (a test passes its own fetcher). */
export const fetchImage: ImageFetcher = async (src, requested, pageUrl) => {
  const maxBytes = Math.min(requested, MAX_IMAGE_BYTES);
  if (!isFetchableImageUrl(src) || imageAddressProblem(src, pageUrl) || maxBytes <= 0) return null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(src, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // The page has just shown the image: the HTTP cache usually answers.
      cache: 'force-cache',
      signal: controller.signal,
    });
    if (!response.ok) return null;
    // A redirect is followed by fetch itself; where it ended must pass the same rule, or the
    // bytes are not kept (a public address that redirects into the local network).
    if (response.redirected && imageAddressProblem(response.url, pageUrl)) {
      await response.body?.cancel().catch(() => undefined);
      return null;
    }
    const bytes = await readCappedBody(response, maxBytes);
    if (!bytes) return null;
    const type = sniffImageType(bytes);
    if (!type) return null;
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { bytes: buffer, type, size: bytes.byteLength };
  } catch {
    return null; // offline, blocked, aborted: the clipping keeps its text
  } finally {
    clearTimeout(timer);
  }
};

/**
 * The clipping book's records (tables `clippings`, `clippingTexts`, `clippingImages`, schema
 * version 3). A clipping is the reader's own copy of one article: what was detected when it was
 * clipped, kept apart from the `articles` table so a later visit to a changed or vanished page
 * can never overwrite it. The heading fields live in the small `clippings` record (the book's
 * contents read all of them at once); the body and its search tokens in `clippingTexts`; each
 * image's bytes in `clippingImages`.
 */
import type { ArticleFields, ArticleRecord } from '../model';

/** One clipped article, without its body (table `clippings`): the article's heading fields, as corrected, plus the book's own. */
export interface Clipping extends ArticleFields {
  /** The article record's id (one clipping per article: clipping again refreshes it). */
  id: string;
  /** Canonical page URL the article came from (highlights are stored under it). */
  pageUrl: string;
  /** The article's own address (the link to the original). */
  url: string;
  language?: string;
  /** The reader's note on the whole article. */
  note: string;
  tags: string[];
  /** How many images are stored, and their bytes (for limits and the storage summary). */
  imageCount: number;
  imageBytes: number;
  /** Images the page had that were not stored (limit reached, images off, fetch failed). */
  imagesSkipped: number;
  createdAt: number;
  updatedAt: number;
}

/** The stored text of a clipping (table `clippingTexts`, same id as the clipping). */
export interface ClippingText {
  id: string;
  /** Normalised body text, paragraphs separated by a blank line. */
  bodyText: string;
  /** Search tokens of headline, body, note and tags (same model as notes: core/text/search-tokens). */
  tokens: string[];
}

/**
 * A clipping's text as stored (schema version 7): the tokens are kept only as time-ordered
 * search keys (`token \0 created-time`, background/db/search-keys.ts), the notes' index model,
 * so a search reads its newest matches one time window at a time (clipping-queries.ts).
 */
export interface StoredClippingText {
  id: string;
  bodyText: string;
  searchKeys: string[];
}

/** One stored image of a clipping (table `clippingImages`). */
export interface ClippingImage {
  /** `${clippingId}#img-${index}`. */
  id: string;
  clippingId: string;
  /** Order of the image in the article. */
  index: number;
  /** Where the page loaded it from (shown as the source; never loaded again by the book). */
  sourceUrl: string;
  /** Sniffed from the bytes, one of IMAGE_TYPES. */
  type: string;
  bytes: ArrayBuffer;
  size: number;
  alt: string;
  caption: string;
  /** The image stands before this paragraph of the body (0-based); the body's length = after the last. */
  paragraph: number;
  width?: number;
  height?: number;
  /**
   * SHA-256 of the bytes, lower-case hex: the image's name on a sync server (one blob per
   * content, docs/architecture/sync.md). Set when the image is stored; sync fills it in for
   * images stored before it existed (restored backups).
   */
  sha256?: string;
}

/** What the page tells about an image it shows inside the article (before any bytes are fetched). */
export interface ImageCandidate {
  src: string;
  alt: string;
  caption: string;
  paragraph: number;
  width?: number;
  height?: number;
}

/** The reader's clipping settings (Settings.clipping). */
export interface ClippingSettings {
  /** Store the article's images with its text. */
  images: boolean;
  /** Largest total of image bytes one clipping may keep. */
  maxClippingBytes: number;
  /** Largest total of image bytes all clippings together may keep. */
  maxTotalBytes: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_CLIPPING_SETTINGS: ClippingSettings = {
  images: true,
  maxClippingBytes: 10 * MB,
  maxTotalBytes: 500 * MB,
};

/** Bounds the options page and imports keep the limits within. */
export const CLIPPING_LIMIT_BOUNDS = {
  maxClippingBytes: { min: 100 * 1024, max: 100 * MB },
  maxTotalBytes: { min: 1 * MB, max: 20_000 * MB },
} as const;

/** At most this many images are kept of one article (a gallery page is not an article). */
export const MAX_IMAGES_PER_CLIPPING = 30;

/** Split a stored body into its paragraphs (the same split every renderer and export uses). */
export function paragraphsOf(bodyText: string): string[] {
  return bodyText
    .split(/\n[ \t\u3000]*\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Id of the n-th image of a clipping. */
export function clippingImageId(clippingId: string, index: number): string {
  return `${clippingId}#img-${index}`;
}

/** A clipping as the citation formatter and the exports read it (an ArticleRecord with its stored body). */
export function articleOfClipping(clipping: Clipping, bodyText = ''): ArticleRecord {
  const { note: _note, tags: _tags, imageCount: _ic, imageBytes: _ib, imagesSkipped: _is, pageUrl: _p, ...fields } = clipping;
  return { ...fields, bodyText, sentences: [], sources: {} };
}

/** A clipping set's images grouped by the clipping they belong to (file order kept). */
export function imagesByClipping(images: readonly ClippingImage[]): Map<string, ClippingImage[]> {
  const byClipping = new Map<string, ClippingImage[]>();
  for (const image of images) {
    const list = byClipping.get(image.clippingId) ?? [];
    list.push(image);
    byClipping.set(image.clippingId, list);
  }
  return byClipping;
}

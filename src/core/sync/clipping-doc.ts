/**
 * A clipping as sync sees it: one replicated record made of the book's three tables — the
 * heading (`clippings`), the body (`clippingTexts`) and a description of each image
 * (`clippingImages` without the bytes, named by the bytes' SHA-256). The bytes travel apart, as
 * content-named blob documents (`blob:<sha256>.<part>`, BLOB_PART bytes each), so a note or tag
 * edit resends a few hundred bytes, not the images, and an image stored twice is sent once.
 *
 * Everything that arrives is checked against the model's own bounds (the backup schemas of
 * core/import/clipping-records, the same a restored backup must meet) before it is stored.
 */
import * as v from 'valibot';
import { MAX_IMAGES_PER_CLIPPING } from '../clippings/clipping';
import { IMAGE_TYPES } from '../clippings/sniff-image';
import { BackupClippingSchema, MAX_CLIPPING_IMAGE_BYTES } from '../import/clipping-records';
import { OffsetSchema } from '../model-bounds';
import { shortText } from '../import/record-schemas';

/** Raw bytes per blob document: 1 MiB is ~1.4 MB of base64, far under CouchDB's 8 MB document limit. */
export const BLOB_PART = 1024 * 1024;

/** How many blob documents an image of `size` bytes takes. */
export function blobParts(size: number): number {
  return Math.max(1, Math.ceil(size / BLOB_PART));
}

/** The plain server id of one part of the blob with this SHA-256. */
export function blobKey(sha256: string, part: number): string {
  return `blob:${sha256}.${part}`;
}

const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

/** One image of a synced clipping, without its bytes. */
export const SyncImageSchema = v.object({
  index: count(MAX_IMAGES_PER_CLIPPING - 1),
  sourceUrl: shortText,
  type: v.picklist(IMAGE_TYPES),
  size: v.pipe(count(MAX_CLIPPING_IMAGE_BYTES), v.minValue(1)),
  alt: shortText,
  caption: shortText,
  paragraph: OffsetSchema,
  width: v.optional(v.pipe(count(100_000), v.minValue(1))),
  height: v.optional(v.pipe(count(100_000), v.minValue(1))),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/u, 'not a SHA-256 in hex')),
});
export type SyncImage = v.InferOutput<typeof SyncImageSchema>;

/** The images of one clipping: in article order, each index once, within the model's count and bytes. */
export const SyncImagesSchema = v.pipe(
  v.array(SyncImageSchema),
  v.maxLength(MAX_IMAGES_PER_CLIPPING),
  v.check((images) => images.every((image, i) => i === 0 || image.index > images[i - 1]!.index), 'the images are not in order, or an index repeats'),
  v.check((images) => images.reduce((sum, image) => sum + image.size, 0) <= MAX_CLIPPING_IMAGE_BYTES, 'the images pass the most one clipping keeps'),
);

/** The stored form of a synced clipping (heading, body, image descriptions), as the merge gives it. */
export const SyncClippingSchema = v.object({
  ...BackupClippingSchema.entries,
  images: SyncImagesSchema,
});
export type SyncClipping = v.InferOutput<typeof SyncClippingSchema>;

/**
 * The clipping book in a backup: valibot schemas of a clipping (its heading with its body text)
 * and of one image (its description with the bytes as base64 pieces), the decoding of those
 * bytes, and the checks that need the whole file (every image belongs to a clipping of the
 * file; a clipping's images stay within the model's bounds). Shared by the streaming reader and
 * readBackup, so both refuse the same files with the same sentences.
 *
 * A clipping's `imageCount` and `imageBytes` are derived from the images the file holds (as a
 * highlight's search tokens are from its text): a backup made while the reader dropped images,
 * or edited by hand, restores the images it has, counted right.
 */
import * as v from 'valibot';
import { CLIPPING_LIMIT_BOUNDS, MAX_IMAGES_PER_CLIPPING, clippingImageId, type Clipping, type ClippingImage, type ClippingText } from '../clippings/clipping';
import { IMAGE_TYPES, sniffImageType } from '../clippings/sniff-image';
import { fail, ok, type Result } from '../errors';
import type { ClippingSet } from '../export/export-bundle';
import { MAX_TEXT_OFFSET, OffsetSchema, TimestampSchema } from '../model-bounds';
import { base64ByteLength, decodeBase64Into } from '../text/base64';
import { describeIssues } from './describe-issues';
import { articleFieldEntries, id, longText, shortText } from './record-schemas';

/** The most image bytes one clipping may hold: the top of the reader's per-clipping limit. */
export const MAX_CLIPPING_IMAGE_BYTES = CLIPPING_LIMIT_BOUNDS.maxClippingBytes.max;

const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

/** A clipping as a backup stores it: the `clippings` record plus its `bodyText`. */
export const BackupClippingSchema = v.object({
  id,
  pageUrl: id,
  url: id,
  ...articleFieldEntries,
  language: v.optional(shortText),
  note: longText,
  tags: v.pipe(v.array(shortText), v.maxLength(1000)),
  // Derived from the file's images on import; bounded so a hostile value is refused, not stored.
  imageCount: v.optional(count(MAX_IMAGES_PER_CLIPPING)),
  imageBytes: v.optional(count(MAX_CLIPPING_IMAGE_BYTES)),
  imagesSkipped: count(1_000_000),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  bodyText: v.pipe(v.string(), v.maxLength(MAX_TEXT_OFFSET)),
});

/** Longest base64 piece accepted (the writer makes 128 Ki characters; other writers may cut differently). */
const MAX_PIECE = 4 * 1024 * 1024;

/** One image as a backup stores it. */
export const BackupImageSchema = v.pipe(
  v.object({
    id,
    clippingId: id,
    index: count(MAX_IMAGES_PER_CLIPPING - 1),
    sourceUrl: shortText,
    type: v.picklist(IMAGE_TYPES),
    size: v.pipe(count(MAX_CLIPPING_IMAGE_BYTES), v.minValue(1)),
    alt: shortText,
    caption: shortText,
    paragraph: OffsetSchema,
    width: v.optional(v.pipe(count(100_000), v.minValue(1))),
    height: v.optional(v.pipe(count(100_000), v.minValue(1))),
    data: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_PIECE))), v.minLength(1), v.maxLength(MAX_CLIPPING_IMAGE_BYTES)),
  }),
  v.check((image) => image.id === clippingImageId(image.clippingId, image.index), 'the id is not the clipping id followed by #img- and the index'),
);

type BackupImage = v.InferOutput<typeof BackupImageSchema>;

/** Validates one clipping record of a backup; `where` names it in a problem ("backup.clippings[3]"). */
export function readBackupClipping(value: unknown, where: string): Result<{ clipping: Clipping; text: ClippingText }> {
  const parsed = v.safeParse(BackupClippingSchema, value);
  if (!parsed.success) return fail('InvalidImport', describeIssues(parsed.issues, where));
  const { bodyText, ...heading } = parsed.output;
  const clipping: Clipping = { ...heading, imageCount: 0, imageBytes: 0 };
  return ok({ clipping, text: { id: clipping.id, bodyText, tokens: [] } });
}

/** The bytes of an image record, checked: as many as `size` says, and of the type `type` says. */
function imageBytes(image: BackupImage, where: string): Result<ArrayBuffer> {
  let total = 0;
  for (const [i, piece] of image.data.entries()) {
    const n = base64ByteLength(piece);
    if (n === undefined) return fail('InvalidImport', `${where}.data[${i}]: is not base64`);
    total += n;
  }
  if (total !== image.size) return fail('InvalidImport', `${where}.data: holds ${total} bytes, size says ${image.size}`);
  const bytes = new Uint8Array(image.size);
  let at = 0;
  for (const [i, piece] of image.data.entries()) {
    const next = decodeBase64Into(piece, bytes, at, i === image.data.length - 1);
    if (next === undefined) return fail('InvalidImport', `${where}.data[${i}]: is not base64 (padding before the last piece, or a character outside the alphabet)`);
    at = next;
  }
  // The book renders only raster images of a known type; the bytes, not the label, decide.
  const sniffed = sniffImageType(bytes);
  if (sniffed !== image.type) return fail('InvalidImport', `${where}.data: the bytes are ${sniffed ?? 'not an image Jianbao keeps'}, type says ${image.type}`);
  return ok(bytes.buffer);
}

/** Validates one image record of a backup and decodes its bytes. */
export function readBackupImage(value: unknown, where: string): Result<ClippingImage> {
  const parsed = v.safeParse(BackupImageSchema, value);
  if (!parsed.success) return fail('InvalidImport', describeIssues(parsed.issues, where));
  const bytes = imageBytes(parsed.output, where);
  if (!bytes.ok) return bytes;
  const { data: _pieces, ...described } = parsed.output;
  return ok({ ...described, bytes: bytes.value });
}

/**
 * The checks that need the whole file, and the derived counts: every image belongs to a clipping
 * of this file, a clipping's images stay within MAX_CLIPPING_IMAGE_BYTES. `imageIndexes` gives
 * each image's position in the file for the sentence. Sets imageCount/imageBytes in place.
 */
export function finishClippingSet(set: ClippingSet, imageIndexes: readonly number[]): string | undefined {
  const byId = new Map(set.clippings.map((c) => [c.id, c]));
  for (const [i, image] of set.images.entries()) {
    const clipping = byId.get(image.clippingId);
    if (!clipping) return `clippingImages[${imageIndexes[i]}].clippingId: no clipping of this backup has the id ${JSON.stringify(image.clippingId)}`;
    clipping.imageCount++;
    clipping.imageBytes += image.size;
    if (clipping.imageBytes > MAX_CLIPPING_IMAGE_BYTES) {
      return `clippingImages[${imageIndexes[i]}]: the images of clipping ${JSON.stringify(clipping.id)} pass ${MAX_CLIPPING_IMAGE_BYTES / 1024 / 1024} MB, the most one clipping keeps`;
    }
  }
  return undefined;
}

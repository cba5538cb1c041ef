/**
 * The clipping book's three tables as one synced record (core/sync/clipping-doc): read as a
 * row of heading, body and image descriptions; written back as the heading (its image count and
 * bytes derived from the images), the body with its search tokens made here, and the image rows
 * with their bytes — kept from this device when the content is already here, or from the blobs
 * the sync fetched. Reads and writes run inside the caller's transaction (CLIPPING_TABLES).
 */
import type { Clipping, ClippingImage } from '../../core/clippings/clipping';
import { clippingImageId } from '../../core/clippings/clipping';
import { sha256Hex } from '../../core/clippings/image-hash';
import type { SyncClipping, SyncImage } from '../../core/sync/clipping-doc';
import { canonicalJson } from '../../core/sync/record-meta';
import { clippingTextRow } from '../clippings/clip-service';
import type { JianbaoDb } from '../db/database';

type Row = Record<string, unknown>;

/** A clipping with an image whose SHA-256 is not known yet: left for the next sync (ensureImageShas fills it). */
export const NOT_READY = Symbol('clipping image not hashed');

export function clippingTables(db: JianbaoDb) {
  return [db.clippings, db.clippingTexts, db.clippingImages];
}

/** The description sync sends of a stored image (everything but the bytes and the local ids). */
export function describeImage(image: ClippingImage): SyncImage | undefined {
  if (!image.sha256) return undefined;
  const out: SyncImage = {
    index: image.index, sourceUrl: image.sourceUrl, type: image.type as SyncImage['type'], size: image.size,
    alt: image.alt, caption: image.caption, paragraph: image.paragraph, sha256: image.sha256,
  };
  if (image.width !== undefined) out.width = image.width;
  if (image.height !== undefined) out.height = image.height;
  return out;
}

/**
 * Names (SHA-256) the images of these clippings (all clippings when `ids` is undefined) stored
 * without one: images restored from a backup, or stored before sync named them. Outside any
 * transaction (WebCrypto would end it); an image replaced meanwhile is left as it is.
 */
export async function ensureImageShas(db: JianbaoDb, ids?: readonly string[]): Promise<void> {
  const unnamed = ids ? db.clippingImages.where('clippingId').anyOf([...ids]) : db.clippingImages.toCollection();
  const keys = (await unnamed.clone().filter((image) => !image.sha256).primaryKeys()) as string[];
  for (let i = 0; i < keys.length; i += 20) {
    const images = (await db.clippingImages.bulkGet(keys.slice(i, i + 20))).filter((x): x is ClippingImage => x !== undefined);
    const named = new Map<string, { sha: string; size: number }>();
    for (const image of images) named.set(image.id, { sha: await sha256Hex(image.bytes), size: image.size });
    await db.clippingImages.where(':id').anyOf([...named.keys()]).modify((image) => {
      const known = named.get(image.id);
      if (known && !image.sha256 && image.size === known.size) image.sha256 = known.sha;
    });
  }
}

/** The synced rows of these clippings (undefined: not in the book; NOT_READY: an image without its name). */
export async function readClippingRows(db: JianbaoDb, ids: readonly string[]): Promise<(Row | undefined | typeof NOT_READY)[]> {
  const [clippings, texts, images] = await Promise.all([
    db.clippings.bulkGet([...ids]),
    db.clippingTexts.bulkGet([...ids]),
    db.clippingImages.where('clippingId').anyOf([...ids]).toArray(),
  ]);
  const byClipping = new Map<string, ClippingImage[]>();
  for (const image of images) byClipping.set(image.clippingId, [...(byClipping.get(image.clippingId) ?? []), image]);
  return ids.map((id, i) => {
    const clipping = clippings[i];
    if (!clipping) return undefined;
    const described = (byClipping.get(id) ?? []).sort((a, b) => a.index - b.index).map(describeImage);
    if (described.some((d) => d === undefined)) return NOT_READY;
    const { imageCount: _c, imageBytes: _b, ...heading } = clipping;
    return { ...heading, bodyText: texts[i]?.bodyText ?? '', images: described } as Row;
  });
}

/** Bytes by SHA-256 of the images stored for these clippings (those a merge may keep). */
export async function storedImageBytes(db: JianbaoDb, ids: readonly string[]): Promise<Map<string, ArrayBuffer>> {
  const out = new Map<string, ArrayBuffer>();
  if (!ids.length) return out;
  for (const image of await db.clippingImages.where('clippingId').anyOf([...ids]).toArray()) if (image.sha256) out.set(image.sha256, image.bytes);
  return out;
}

/**
 * Writes merged clippings (checked against SyncClippingSchema) and removes deleted ones, with
 * their texts and images. An image's bytes come from `blobs` or from this device's own images
 * of the clipping (buildRow made sure one of them has every image). Image rows are rewritten
 * only when the images changed, so a note edit does not copy megabytes.
 */
export async function writeClippingRows(db: JianbaoDb, puts: SyncClipping[], deletes: string[], blobs: Map<string, ArrayBuffer>): Promise<void> {
  if (deletes.length) {
    await db.clippings.bulkDelete(deletes);
    await db.clippingTexts.bulkDelete(deletes);
    await db.clippingImages.where('clippingId').anyOf(deletes).delete();
  }
  if (!puts.length) return;
  const ids = puts.map((p) => p.id);
  const stored = await db.clippingImages.where('clippingId').anyOf(ids).toArray();
  const storedBy = new Map<string, ClippingImage[]>();
  const bytesBySha = new Map(blobs);
  for (const image of stored) {
    storedBy.set(image.clippingId, [...(storedBy.get(image.clippingId) ?? []), image]);
    if (image.sha256 && !bytesBySha.has(image.sha256)) bytesBySha.set(image.sha256, image.bytes);
  }
  const clippings: Clipping[] = [];
  const imageWrites: ClippingImage[] = [];
  const imageClears: string[] = [];
  const texts = [];
  for (const row of puts) {
    const { bodyText, images, imageCount: _c, imageBytes: _b, ...heading } = row;
    const clipping: Clipping = { ...heading, imageCount: images.length, imageBytes: images.reduce((sum, image) => sum + image.size, 0) };
    clippings.push(clipping);
    texts.push(clippingTextRow(clipping, bodyText));
    const current = (storedBy.get(row.id) ?? []).sort((a, b) => a.index - b.index).map(describeImage);
    if (canonicalJson(current) === canonicalJson(images)) continue;
    imageClears.push(row.id);
    for (const image of images) {
      const { sha256, ...described } = image;
      imageWrites.push({ ...described, id: clippingImageId(row.id, image.index), clippingId: row.id, sha256, bytes: bytesBySha.get(sha256)! });
    }
  }
  if (imageClears.length) await db.clippingImages.where('clippingId').anyOf(imageClears).delete();
  await db.clippings.bulkPut(clippings);
  await db.clippingTexts.bulkPut(texts);
  if (imageWrites.length) await db.clippingImages.bulkPut(imageWrites);
}

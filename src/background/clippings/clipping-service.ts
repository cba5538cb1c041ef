/** The reader's edits of the book: a note on the whole article, tags, removing a clipping, dropping old images. */
import { JianbaoError } from '../../core/errors';
import type { Clipping } from '../../core/clippings/clipping';
import { editionDay } from '../../core/clippings/book-contents';
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';
import { cleanTags } from '../services/highlight-service';
import { clippingTextRow } from './clip-service';

export interface ClippingChanges {
  note?: string;
  tags?: string[];
}

/** Changes the note or tags of a clipping (and what search finds it by). */
export async function updateClipping(db: JianbaoDb, id: string, changes: ClippingChanges, now = Date.now()): Promise<Clipping> {
  return withStorage(() =>
    db.transaction('rw', db.clippings, db.clippingTexts, async () => {
      const current = await db.clippings.get(id);
      if (!current) throw new JianbaoError('ClippingNotFound', 'That clipping is no longer in the book.');
      const next: Clipping = {
        ...current,
        ...(changes.note !== undefined ? { note: changes.note } : {}),
        ...(changes.tags !== undefined ? { tags: cleanTags(changes.tags) } : {}),
        updatedAt: now,
      };
      await db.clippings.put(next);
      const text = await db.clippingTexts.get(id);
      if (text) await db.clippingTexts.put(clippingTextRow(next, text.bodyText));
      return next;
    }),
  );
}

/** Removes a clipping with its text and images (the article's highlights stay). */
export async function deleteClipping(db: JianbaoDb, id: string): Promise<{ removed: boolean }> {
  return withStorage(() =>
    db.transaction('rw', [db.clippings, db.clippingTexts, db.clippingImages], async () => {
      const had = (await db.clippings.get(id)) !== undefined;
      await db.clippings.delete(id);
      await db.clippingTexts.delete(id);
      await db.clippingImages.where('clippingId').equals(id).delete();
      return { removed: had };
    }),
  );
}

export interface DropImagesRequest {
  /** Clippings whose edition (or, undated, clipping) day is before this YYYY-MM-DD lose their images. */
  before: string;
  /** Only this paper's clippings, when given ('' = clippings without a paper). */
  publication?: string;
}

/** Frees room: the images of old clippings go, their text, notes and highlights stay. */
export async function dropOldImages(db: JianbaoDb, request: DropImagesRequest, now = Date.now()): Promise<{ clippings: number; bytes: number }> {
  return withStorage(() =>
    db.transaction('rw', db.clippings, db.clippingImages, async () => {
      const old = await db.clippings
        .filter((c) => {
          if (c.imageCount === 0) return false;
          if (request.publication !== undefined && (c.publication ?? '') !== request.publication) return false;
          const day = editionDay(c.date) || new Date(c.createdAt).toISOString().slice(0, 10);
          return day < request.before;
        })
        .toArray();
      let bytes = 0;
      for (const c of old) {
        bytes += c.imageBytes;
        await db.clippingImages.where('clippingId').equals(c.id).delete();
        await db.clippings.put({ ...c, imageCount: 0, imageBytes: 0, imagesSkipped: c.imagesSkipped + c.imageCount, updatedAt: now });
      }
      return { clippings: old.length, bytes };
    }),
  );
}

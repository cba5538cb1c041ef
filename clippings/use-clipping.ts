/**
 * One clipping as the book shows it: heading, stored text, images (as object URLs made from the
 * stored bytes, revoked when the view goes) and the reader's highlights on the article.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping, ClippingImage } from '../src/core/clippings/clipping';
import type { Highlight } from '../src/core/model';
import { openDb } from '../src/background/db/database';
import { clippingById, clippingImages, clippingText, highlightsForClipping } from '../src/background/db/clipping-queries';
import { noteConflicts } from '../src/background/db/sync-queries';

export interface ShownImage {
  image: ClippingImage;
  url: string;
}

export interface ClippingDetails {
  clipping: Clipping;
  bodyText: string;
  images: ShownImage[];
  highlights: Highlight[];
  /** Other versions of the note on the whole article, written on other devices at the same time (sync). */
  noteConflicts: string[];
}

export type DetailsState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; error: unknown } | { status: 'ready'; details: ClippingDetails };

/** Reads everything the book needs of one clipping. The caller revokes the image URLs (releaseDetails). */
export async function loadClippingDetails(id: string): Promise<ClippingDetails | undefined> {
  const db = openDb();
  const clipping = await clippingById(db, id);
  if (!clipping) return undefined;
  const [text, images, highlights, conflicts] = await Promise.all([clippingText(db, id), clippingImages(db, id), highlightsForClipping(db, clipping), noteConflicts(db, [id], 'clipping')]);
  return {
    clipping,
    bodyText: text?.bodyText ?? '',
    images: images.map((image) => ({ image, url: URL.createObjectURL(new Blob([image.bytes], { type: image.type })) })),
    highlights,
    noteConflicts: conflicts.get(id) ?? [],
  };
}

export function releaseDetails(details: ClippingDetails | undefined): void {
  for (const shown of details?.images ?? []) URL.revokeObjectURL(shown.url);
}

/** The details of `id`, reloaded when `version` changes (after an edit). */
export function useClipping(id: string, version: number): DetailsState {
  const [state, setState] = useState<DetailsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let loaded: ClippingDetails | undefined;
    loadClippingDetails(id).then(
      (details) => {
        loaded = details;
        if (!live) return releaseDetails(details);
        setState(details ? { status: 'ready', details } : { status: 'missing' });
      },
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
      releaseDetails(loaded);
    };
  }, [id, version]);
  return state;
}

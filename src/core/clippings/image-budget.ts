/**
 * How many image bytes a clipping may still take: the reader's per-clipping limit and what is
 * left of the total limit, whichever is smaller. Images are taken in article order while they
 * fit; one that does not fit is skipped and a smaller later one may still be kept.
 */
import type { ClippingSettings } from './clipping';

/** The bytes one clipping may keep, given what all other clippings already keep. */
export function clippingBudget(settings: ClippingSettings, otherClippingsBytes: number): number {
  if (!settings.images) return 0;
  return Math.max(0, Math.min(settings.maxClippingBytes, settings.maxTotalBytes - otherClippingsBytes));
}

/** A running budget: `take(size)` says whether an image of that size still fits, and books it. */
export function budgetTracker(budget: number): { take(size: number): boolean; left(): number } {
  let left = budget;
  return {
    take(size: number) {
      if (size <= 0 || size > left) return false;
      left -= size;
      return true;
    },
    left: () => left,
  };
}

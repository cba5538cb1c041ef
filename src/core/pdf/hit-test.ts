/** Which highlight a click in the PDF reader lands on (pure: boxes in, id out). */

/** A box on screen (a DOMRect's fields). */
export interface ScreenBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The highlight painted under a viewport point: the Custom Highlight API paints no element to
 * click, so a click is tested against each highlight's range boxes; where highlights overlap,
 * the one with the smallest painted area (the innermost) wins.
 */
export function highlightAtPoint(boxesById: Iterable<[string, ScreenBox[]]>, x: number, y: number): string | undefined {
  let best: { id: string; area: number } | undefined;
  for (const [id, boxes] of boxesById) {
    if (!boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) continue;
    const area = boxes.reduce((sum, b) => sum + (b.right - b.left) * (b.bottom - b.top), 0);
    if (!best || area < best.area) best = { id, area };
  }
  return best?.id;
}

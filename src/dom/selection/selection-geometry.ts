/** Where the reader's selection and clicks are, for placing panels and hit-testing highlights. */

/** The current non-empty selection as a Range, unless it is empty, only whitespace, or inside our own UI. */
export function currentSelectionRange(doc: Document, isOwnUi: (node: Node | null) => boolean): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (isOwnUi(range.commonAncestorContainer) || !range.toString().trim()) return null;
  return range;
}

/** The DOM point under a viewport position (standard caretPositionFromPoint, or WebKit's caretRangeFromPoint). */
export function caretFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const standard = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (standard.caretPositionFromPoint) {
    const pos = standard.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Page coordinates just below a range, where a panel about it opens. */
export function pointBelow(range: Range): [number, number] {
  const win = range.startContainer.ownerDocument?.defaultView;
  const rect = range.getBoundingClientRect();
  return [rect.left + (win?.scrollX ?? 0), rect.bottom + (win?.scrollY ?? 0) + 6];
}

import type { Span } from '../../core/model';
import type { TextModel } from './text-model';

/** The first text-model node at or after a DOM boundary point, by binary search in document order. */
function firstNodeAtOrAfter(model: TextModel, container: Node, offset: number): number {
  let reference: Node | null;
  let afterContainer = false;
  if (container.nodeType === 1 || container.nodeType === 9 || container.nodeType === 11) {
    reference = container.childNodes[offset] ?? null;
    if (reference === null) {
      reference = container;
      afterContainer = true;
    }
  } else {
    reference = container;
  }
  const isAtOrAfter = (node: Node): boolean => {
    if (node === reference) return !afterContainer;
    const relation = reference!.compareDocumentPosition(node);
    if (relation & 16 /* CONTAINED_BY */) return !afterContainer;
    return (relation & 4) /* FOLLOWING */ !== 0;
  };
  let low = 0;
  let high = model.nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isAtOrAfter(model.nodes[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The text-model offset of a DOM boundary point: the number of model characters that come
 * before it. Points inside skipped or collapsed text land on the next visible character.
 */
export function offsetAtPoint(model: TextModel, container: Node, offset: number): number {
  const index = container.nodeType === 3 ? model.nodeIndex.get(container as Text) : undefined;
  if (index !== undefined) {
    let low = model.nodeStart[index];
    let high = model.nodeEnd[index];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (model.charOffset[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
  const node = firstNodeAtOrAfter(model, container, offset);
  return node < model.nodes.length ? model.nodeStart[node] : model.text.length;
}

/** The span of text-model characters a Range covers. */
export function spanFromRange(model: TextModel, range: Range): Span {
  const start = offsetAtPoint(model, range.startContainer, range.startOffset);
  const end = offsetAtPoint(model, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}

/**
 * A Range over the DOM text behind a span of the model, or null when the span holds no real
 * character. Synthetic line breaks at the edges are left out so the Range starts and ends in text.
 */
export function rangeFromSpan(model: TextModel, span: Span): Range | null {
  let start = Math.max(0, span.start);
  let last = Math.min(model.text.length, span.end) - 1;
  while (start <= last && model.charNode[start] === -1) start++;
  while (last >= start && model.charNode[last] === -1) last--;
  if (start > last) return null;
  const range = model.root.ownerDocument.createRange();
  range.setStart(model.nodes[model.charNode[start]], model.charOffset[start]);
  range.setEnd(model.nodes[model.charNode[last]], model.charOffset[last] + 1);
  return range;
}

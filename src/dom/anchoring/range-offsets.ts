import type { Span } from '../../core/model';
import type { TextModel } from './text-model';

/**
 * The index of the first text-model node at or after a DOM boundary point, found by walking
 * forward in document order. (A binary search with compareDocumentPosition was much slower on
 * jsdom, where each comparison scans sibling lists; the walk usually stops at the first text.)
 */
function firstNodeAtOrAfter(model: TextModel, container: Node, offset: number): number {
  let node: Node | null;
  if (container.nodeType === 3 || container.nodeType === 4 || container.nodeType === 7 || container.nodeType === 8) {
    node = container;
  } else {
    node = container.childNodes[offset] ?? null;
    if (node === null) node = nextOutside(container, model.root);
  }
  while (node) {
    if (node.nodeType === 3) {
      const index = model.nodeIndex.get(node as Text);
      if (index !== undefined) return index;
    }
    node = node.firstChild ?? nextOutside(node, model.root);
  }
  return model.nodes.length;
}

/** The node after `node` and all its descendants in document order, staying inside `root`. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
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
  const startNode = model.nodes[model.charNode[start]];
  const range = model.root.ownerDocument.createRange();
  // Collapsing onto the start node first keeps every boundary comparison local: jsdom compares
  // a new boundary with the document start by walking the whole tree (O(page) per Range).
  range.selectNodeContents(startNode);
  range.setStart(startNode, model.charOffset[start]);
  range.setEnd(model.nodes[model.charNode[last]], model.charOffset[last] + 1);
  return range;
}

/**
 * The text of one block element as a flat string with a way back to (text node, offset).
 * Used for the small, local jobs around a selection (snap to words, sentence at the caret);
 * anchoring has its own page-wide text model.
 */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'TD', 'TH', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ARTICLE', 'SECTION',
  'BODY', 'DD', 'DT', 'FIGCAPTION', 'HEADER', 'FOOTER', 'MAIN',
]);

export interface BlockText {
  text: string;
  nodes: Text[];
  /** Start offset of each node's text in `text`. */
  starts: number[];
}

export function closestBlock(node: Node): Element {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? node.ownerDocument!.body;
}

export function blockText(block: Element): BlockText {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const parent = node.parentElement?.tagName.toUpperCase();
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    nodes.push(node);
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts };
}

/** Offset in the block text of a DOM point inside one of its text nodes (-1 if not found). */
export function offsetOf(block: BlockText, node: Node, offset: number): number {
  const at = block.nodes.indexOf(node as Text);
  return at < 0 ? -1 : block.starts[at] + offset;
}

/** The DOM point of an offset in the block text. */
export function pointAt(block: BlockText, offset: number): { node: Text; offset: number } | null {
  if (block.nodes.length === 0) return null;
  let i = block.nodes.length - 1;
  while (i > 0 && block.starts[i] > offset) i--;
  // At a boundary between two nodes, prefer the start of the next one for range starts.
  const node = block.nodes[i];
  return { node, offset: Math.min(offset - block.starts[i], node.data.length) };
}

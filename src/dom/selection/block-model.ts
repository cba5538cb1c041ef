/**
 * The text of the block around a DOM point, read with the anchoring text model so that snapping
 * and sentence finding see the same text as anchoring: `<br>` and nested blocks are line breaks,
 * whitespace is collapsed, and hidden or non-article elements (script, textarea, our UI…) are left out.
 */
import { createTextModel, offsetAtPoint, type TextModel } from '../anchoring';
import { isBlockElement } from '../anchoring/text-model-rules';

/** The nearest ancestor that is a block for the text model, else the body. */
export function closestBlock(node: Node): Element {
  const body = node.ownerDocument?.body;
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== body && !isBlockElement(el)) el = el.parentElement;
  return el ?? body ?? (node as Element);
}

/**
 * The text model of the block around a point in a text node, and the point's offset in it;
 * null when the text node contributes nothing to the model (it sits in skipped content).
 */
export function blockModelAt(node: Node, offset: number): { model: TextModel; at: number } | null {
  if (node.nodeType !== 3) return null;
  const model = createTextModel(closestBlock(node));
  if (!model.nodeIndex.has(node as Text)) return null;
  return { model, at: offsetAtPoint(model, node, offset) };
}

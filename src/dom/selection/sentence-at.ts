/**
 * The whole sentence around a caret, for the "highlight sentence" shortcut: the caret's block
 * text is split with the core sentence splitter and the sentence containing the caret becomes
 * a Range.
 */
import { splitSentences } from '../../core/text/segment';
import { blockText, closestBlock, offsetOf, pointAt } from './block-text';

export function sentenceRangeAt(node: Node, offset: number): Range | null {
  const doc = node.ownerDocument;
  if (!doc || node.nodeType !== 3) return null;
  const block = blockText(closestBlock(node));
  const at = offsetOf(block, node, offset);
  if (at < 0) return null;
  const sentences = splitSentences(block.text);
  const sentence = sentences.find((s) => s.start <= at && at < s.end) ?? sentences.find((s) => s.end === at);
  if (!sentence) return null;
  const start = pointAt(block, sentence.start);
  const end = pointAt(block, sentence.end);
  if (!start || !end) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range.collapsed ? null : range;
}

/**
 * The whole sentence around a caret, for the "highlight sentence" shortcut: the text of the
 * caret's block (the anchoring text model, so a `<br>` ends a line) is split with the core
 * sentence splitter and the sentence containing the caret becomes a Range.
 */
import { splitSentences } from '../../core/text/segment';
import { rangeFromSpan } from '../anchoring';
import { blockModelAt } from './block-model';

export function sentenceRangeAt(node: Node, offset: number): Range | null {
  const block = blockModelAt(node, offset);
  if (!block) return null;
  const { model, at } = block;
  const sentences = splitSentences(model.text);
  const sentence = sentences.find((s) => s.start <= at && at < s.end) ?? sentences.find((s) => s.end === at);
  if (!sentence) return null;
  const range = rangeFromSpan(model, sentence);
  return range && !range.collapsed ? range : null;
}

/**
 * Snaps a selection outward to whole words, so a drag that starts mid-word ("ighlight") still
 * stores "highlight". Chinese words come from Intl.Segmenter; whitespace at either end is
 * trimmed instead.
 */
import type { Span } from '../../core/model';
import { splitWords } from '../../core/text/segment';
import { rangeFromSpan } from '../anchoring';
import { blockModelAt } from './block-model';

/** The snapped [start, end) in `text` for a selection [start, end), given its word spans. */
export function snapSpan(text: string, words: Span[], start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  for (const w of words) {
    if (w.start < s && s < w.end) s = w.start;
    if (w.start < e && e < w.end) e = w.end;
  }
  return { start: s, end: e };
}

export function snapRangeToWords(range: Range): Range {
  if (range.startContainer.nodeType !== 3 || range.endContainer.nodeType !== 3) return range;
  const snapped = range.cloneRange();
  const startBlock = blockModelAt(range.startContainer, range.startOffset);
  if (startBlock) {
    const { model, at } = startBlock;
    const span = snapSpan(model.text, splitWords(model.text), at, model.text.length);
    const rest = rangeFromSpan(model, { start: span.start, end: model.text.length });
    if (rest) snapped.setStart(rest.startContainer, rest.startOffset);
  }
  const endBlock = blockModelAt(range.endContainer, range.endOffset);
  if (endBlock) {
    const { model, at } = endBlock;
    const span = snapSpan(model.text, splitWords(model.text), 0, at);
    const before = rangeFromSpan(model, { start: 0, end: span.end });
    if (before) snapped.setEnd(before.endContainer, before.endOffset);
  }
  return snapped.collapsed ? range : snapped;
}

/**
 * Snaps a selection outward to whole words, so a drag that starts mid-word ("ighlight") still
 * stores "highlight". Chinese words come from Intl.Segmenter; whitespace at either end is
 * trimmed instead.
 */
import type { Span } from '../../core/model';
import { splitWords } from '../../core/text/segment';
import { blockText, closestBlock, offsetOf, pointAt } from './block-text';

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
  const doc = range.startContainer.ownerDocument;
  if (!doc || range.startContainer.nodeType !== 3 || range.endContainer.nodeType !== 3) return range;
  const snapped = range.cloneRange();
  const startBlock = blockText(closestBlock(range.startContainer));
  const startAt = offsetOf(startBlock, range.startContainer, range.startOffset);
  if (startAt >= 0) {
    const span = snapSpan(startBlock.text, splitWords(startBlock.text), startAt, startBlock.text.length);
    const point = pointAt(startBlock, span.start);
    if (point) snapped.setStart(point.node, point.offset);
  }
  const endBlock = blockText(closestBlock(range.endContainer));
  const endAt = offsetOf(endBlock, range.endContainer, range.endOffset);
  if (endAt >= 0) {
    const span = snapSpan(endBlock.text, splitWords(endBlock.text), 0, endAt);
    const point = pointAt(endBlock, span.end);
    if (point) snapped.setEnd(point.node, point.offset);
  }
  return snapped.collapsed ? range : snapped;
}

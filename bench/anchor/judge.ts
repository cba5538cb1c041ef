/**
 * Neutral judging: a Range's place is counted in non-whitespace characters from the start of
 * the article, so neither whitespace nor markup nor any system's own text model decides.
 */
import { countVisible } from './edits';

/** [start, end) of a Range in non-whitespace characters of the root's text nodes. */
export function visibleSpan(root: Element, range: Range): [number, number] {
  const before = root.ownerDocument.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = countVisible(before.toString());
  return [start, start + countVisible(range.toString())];
}

/** Outcome of one anchoring attempt. */
export type Verdict = 'correct' | 'orphan' | 'wrong';

/**
 * orphan: no Range (the right answer when the quote was deleted). correct: exactly the expected
 * characters. wrong: any other Range, also one that overlaps the right place but not exactly.
 */
export function judge(root: Element, range: Range | null, expected: [number, number] | null): Verdict {
  if (range === null) return 'orphan';
  if (expected === null) return 'wrong';
  const [start, end] = visibleSpan(root, range);
  return start === expected[0] && end === expected[1] ? 'correct' : 'wrong';
}

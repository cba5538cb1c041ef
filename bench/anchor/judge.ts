/**
 * Neutral judging: a Range's place is counted in non-whitespace characters from the start of
 * the article, so neither whitespace nor markup nor any system's own text model decides.
 */
import { countVisible } from './edits';

/** Non-whitespace characters of the root's text before a boundary point, in one tree walk. */
function visibleBefore(root: Element, container: Node, offset: number): number {
  // An element boundary is "before its offset-th child": count everything before that child.
  let stop: Node | null = container;
  let stopOffset = offset;
  if (container.nodeType !== 3) {
    stop = container.childNodes[offset] ?? null;
    stopOffset = 0;
    if (stop === null) {
      for (let n: Node | null = container; n && n !== root; n = n.parentNode) {
        if (n.nextSibling) {
          stop = n.nextSibling;
          break;
        }
      }
    }
  }
  let count = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === stop) return count + countVisible((node as Text).data.slice(0, stopOffset));
    if (stop && stop.nodeType !== 3 && (stop.contains(node) || stop.compareDocumentPosition(node) & 4)) return count;
    count += countVisible((node as Text).data);
  }
  return count;
}

/** [start, end) of a Range in non-whitespace characters of the root's text nodes. */
export function visibleSpan(root: Element, range: Range): [number, number] {
  return [visibleBefore(root, range.startContainer, range.startOffset), visibleBefore(root, range.endContainer, range.endOffset)];
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

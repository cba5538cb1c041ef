import type { RangeSelector, Span } from '../../core/model';
import type { TextModel } from './text-model';
import { offsetAtPoint } from './range-offsets';
import { isBlockElement } from './text-model-rules';

const STEP = /^([A-Za-z][\w.:-]*)\[([1-9]\d{0,5})\]$/;

/** The Hypothesis-style XPath of `element` relative to `root`, e.g. `/div[1]/p[3]`; `/` for root. */
export function xpathFromElement(root: Element, element: Element): string {
  const steps: string[] = [];
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) {
    let position = 1;
    for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.localName === el.localName) position++;
    }
    steps.push(`${el.localName}[${position}]`);
  }
  return '/' + steps.reverse().join('/');
}

/** The element an XPath from xpathFromElement points at, or null. Stored paths are untrusted input. */
export function elementFromXPath(root: Element, path: string): Element | null {
  let current: Element = root;
  for (const step of path.split('/')) {
    if (step === '') continue;
    const match = STEP.exec(step);
    if (!match) return null;
    const name = match[1].toLowerCase();
    let remaining = Number(match[2]);
    let found: Element | null = null;
    for (let child = current.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === name && --remaining === 0) {
        found = child;
        break;
      }
    }
    if (!found) return null;
    current = found;
  }
  return current;
}

// The hint names the nearest block ancestor rather than the direct parent, so re-wrapping words
// in spans or links (common when news pages load late) leaves the hint valid.
function hintElement(model: TextModel, char: number): Element {
  let el = model.nodes[model.charNode[char]].parentElement;
  while (el && el !== model.root && !isBlockElement(el)) el = el.parentElement;
  return el ?? model.root;
}

/** The RangeSelector (DOM hint) for a span of the model, or null if the span has no real text. */
export function rangeSelectorFromSpan(model: TextModel, span: Span): RangeSelector | null {
  let first = span.start;
  let last = span.end - 1;
  while (first <= last && model.charNode[first] === -1) first++;
  while (last >= first && model.charNode[last] === -1) last--;
  if (first > last) return null;
  const startEl = hintElement(model, first);
  const endEl = hintElement(model, last);
  return {
    type: 'RangeSelector',
    startContainer: xpathFromElement(model.root, startEl),
    startOffset: span.start - offsetAtPoint(model, startEl, 0),
    endContainer: xpathFromElement(model.root, endEl),
    endOffset: span.end - offsetAtPoint(model, endEl, 0),
  };
}

/** The model span a RangeSelector points at now, or null when its elements are gone. */
export function spanFromRangeSelector(model: TextModel, selector: RangeSelector): Span | null {
  const { startOffset, endOffset } = selector;
  if (!Number.isInteger(startOffset) || !Number.isInteger(endOffset) || startOffset < 0 || endOffset < 0) return null;
  const startEl = elementFromXPath(model.root, String(selector.startContainer));
  const endEl = elementFromXPath(model.root, String(selector.endContainer));
  if (!startEl || !endEl) return null;
  const start = offsetAtPoint(model, startEl, 0) + startOffset;
  const end = offsetAtPoint(model, endEl, 0) + endOffset;
  if (end <= start || end > model.text.length) return null;
  return { start, end };
}

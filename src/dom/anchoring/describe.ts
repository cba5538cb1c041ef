import type { Selector, Span } from '../../core/model';
import { distinctQuoteAt } from '../../core/anchoring/quote-context';
import { createTextModel, type TextModel } from './text-model';
import { spanFromRange } from './range-offsets';
import { rangeSelectorFromSpan } from './xpath-hint';

/** Shrinks a span so it neither starts nor ends with a space or line break. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && (text[start] === ' ' || text[start] === '\n')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
  return { start, end };
}

/**
 * Selectors for a Range in a model already built: DOM hint (RangeSelector), TextPositionSelector
 * and TextQuoteSelector with 32 characters of context (more when needed to tell repeats apart). Empty when the range holds no visible text.
 */
export function describeInModel(model: TextModel, range: Range): Selector[] {
  const span = trimSpan(model.text, spanFromRange(model, range));
  if (span.end <= span.start) return [];
  const selectors: Selector[] = [];
  const hint = rangeSelectorFromSpan(model, span);
  if (hint) selectors.push(hint);
  selectors.push({ type: 'TextPositionSelector', start: span.start, end: span.end });
  selectors.push(distinctQuoteAt(model.text, span));
  return selectors;
}

/** W3C selectors describing `range` relative to `root` (see describeInModel). */
export function describe(root: Element, range: Range): Selector[] {
  return describeInModel(createTextModel(root), range);
}

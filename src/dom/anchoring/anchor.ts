import type { RangeSelector, Selector, Span, TextPositionSelector, TextQuoteSelector } from '../../core/model';
import { matchQuote, type QuoteMatch } from '../../core/anchoring/match-quote';
import { createTextModel, type TextModel } from './text-model';
import { rangeFromSpan } from './range-offsets';
import { spanFromRangeSelector } from './xpath-hint';

function pick<T extends Selector['type']>(selectors: Selector[], type: T): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s?.type === type);
}

function positionSpan(selector: TextPositionSelector | undefined): Span | null {
  if (!selector || !Number.isInteger(selector.start) || !Number.isInteger(selector.end)) return null;
  return selector.end > selector.start && selector.start >= 0 ? { start: selector.start, end: selector.end } : null;
}

/**
 * Where the selectors point in a built model, as a span with the stage that found it, or null
 * for an orphan. Without a TextQuoteSelector nothing can confirm a place, so that is an orphan too:
 * a wrong anchor is worse than none.
 */
export function matchInModel(model: TextModel, selectors: Selector[]): QuoteMatch | null {
  const quote: TextQuoteSelector | undefined = pick(selectors, 'TextQuoteSelector');
  if (!quote || typeof quote.exact !== 'string') return null;
  const query = {
    exact: quote.exact,
    prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
    suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
  };
  const fromPosition = positionSpan(pick(selectors, 'TextPositionSelector'));
  // The stored position costs a string comparison to check; the DOM hint costs a tree walk
  // (slow on long pages). So the hint is only resolved when the text alone found nothing.
  const positionHints = fromPosition ? [fromPosition] : [];
  const byText = matchQuote(model.text, { ...query, hints: positionHints });
  if (byText) return byText;
  const hintSelector: RangeSelector | undefined = pick(selectors, 'RangeSelector');
  const fromHint = hintSelector ? spanFromRangeSelector(model, hintSelector) : null;
  if (!fromHint || (fromPosition && fromHint.start === fromPosition.start && fromHint.end === fromPosition.end)) return null;
  return matchQuote(model.text, { ...query, hints: [fromHint, ...positionHints] });
}

/** The Range the selectors point at in a built model, or null for an orphan. */
export function anchorInModel(model: TextModel, selectors: Selector[]): Range | null {
  const match = matchInModel(model, selectors);
  return match ? rangeFromSpan(model, match) : null;
}

/**
 * The Range the selectors point at under `root`, or null for an orphan. Async so a later
 * version may wait for late-loading text without changing callers. To anchor many highlights
 * after one mutation, build the model once with createTextModel and call anchorInModel.
 */
export async function anchor(root: Element, selectors: Selector[]): Promise<Range | null> {
  return anchorInModel(createTextModel(root), selectors);
}

/**
 * A PDF highlight's selectors (W3C TextQuote and TextPosition over the whole document text,
 * and Hypothesis's PageSelector) and finding it again in a document's text: the stored
 * position when its text still equals the quote, else the quote matched with its context
 * (src/core/anchoring), else an orphan.
 */
import { matchQuote } from '../anchoring/match-quote';
import { distinctQuoteAt } from '../anchoring/quote-context';
import type { Highlight, Selector, TextPositionSelector, TextQuoteSelector } from '../model';
import { pageOf, type DocumentText } from './document-text';

/** Selectors of a document span: quote with distinct context, position, and the page it starts on. */
export function describeSpan(doc: DocumentText, labels: readonly (string | null)[] | null, span: { start: number; end: number }): Selector[] {
  const page = pageOf(doc, span.start);
  const label = labels?.[page] ?? undefined;
  return [
    distinctQuoteAt(doc.text, span),
    { type: 'TextPositionSelector', start: span.start, end: span.end },
    { type: 'PageSelector', index: page, ...(label ? { label } : {}) },
  ];
}

/** Where a stored highlight is in this document's text now, or undefined (an orphan). */
export function anchorHighlight(doc: DocumentText, highlight: Pick<Highlight, 'selectors' | 'exact'>): { start: number; end: number } | undefined {
  const quote = highlight.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = highlight.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const exact = quote?.exact ?? highlight.exact;
  if (position && doc.text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end };
  const match = matchQuote(doc.text, { exact, prefix: quote?.prefix, suffix: quote?.suffix, hints: position ? [{ start: position.start, end: position.end }] : [] });
  return match ? { start: match.start, end: match.end } : undefined;
}


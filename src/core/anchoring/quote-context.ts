import type { Span, TextQuoteSelector } from '../model';

/** Characters of context stored on each side of a quote; the common choice in W3C tools. */
export const CONTEXT_CHARS = 32;

/** The TextQuoteSelector for `span` in `text`, with up to `contextChars` of prefix and suffix. */
export function quoteAt(text: string, span: Span, contextChars = CONTEXT_CHARS): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - contextChars), span.start),
    suffix: text.slice(span.end, span.end + contextChars),
  };
}

// Context lengths tried, in order, until the quote with its context occurs only once.
const WIDER_CONTEXT_CHARS = [CONTEXT_CHARS, 64, 128];

/**
 * Like quoteAt, but widens the context (up to 128 characters a side) while the quote with its
 * context still occurs more than once, as in repeated list items or boxes; otherwise a later
 * edit to one copy could send the highlight to the other.
 */
export function distinctQuoteAt(text: string, span: Span): TextQuoteSelector {
  let quote = quoteAt(text, span);
  for (const chars of WIDER_CONTEXT_CHARS) {
    quote = quoteAt(text, span, chars);
    const whole = quote.prefix + quote.exact + quote.suffix;
    const first = text.indexOf(whole);
    if (text.indexOf(whole, first + 1) === -1) return quote;
  }
  return quote;
}

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

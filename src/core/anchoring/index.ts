/** Pure quote + position matching on plain text (no DOM): the hard half of anchoring. */
export { matchQuote, type QuoteMatch, type QuoteQuery, type MatchMethod } from './match-quote';
export { quoteAt, distinctQuoteAt, CONTEXT_CHARS } from './quote-context';
export { normalizeWhitespace, isWhitespaceCode } from './normalize-whitespace';
export { editDistance, similarity } from './text-similarity';

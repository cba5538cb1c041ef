/**
 * A selection longer than a stored quote may be is refused before anything is painted, with a
 * sentence of its own: the background's schema would refuse it anyway, and its generic "the
 * data was not valid" does not tell the reader what to do.
 */

/**
 * The schema's limit (MAX_QUOTE_CHARS in src/messages.ts). Not imported from there: that would
 * bundle every valibot schema into the annotator (+9 KB minified); a test checks they agree.
 */
export const QUOTE_LIMIT = 20_000;

export class SelectionTooLong extends Error {
  readonly limit = QUOTE_LIMIT;
  constructor(readonly length: number) {
    super(`The selection has ${length} characters; a highlight holds at most ${QUOTE_LIMIT}.`);
    this.name = 'SelectionTooLong';
  }
}

/** Throws SelectionTooLong when a quote is longer than the background would store. */
export function checkQuoteLength(exact: string): void {
  if (exact.length > QUOTE_LIMIT) throw new SelectionTooLong(exact.length);
}

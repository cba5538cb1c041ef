import { describe, expect, it } from 'vitest';
import { commonPrefixLength, commonSuffixLength, editDistance, similarity } from '../../../src/core/anchoring/text-similarity';
import { normalizeWhitespace } from '../../../src/core/anchoring/normalize-whitespace';
import { distinctQuoteAt, quoteAt } from '../../../src/core/anchoring/quote-context';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('gives similarities that fall as strings get more different', () => {
    const base = 'the council met on Tuesday';
    const scores = ['the council met on Tuesday', 'the council met on Tuesdey', 'the counsel met in Tuesdey', 'a committee sat on Monday'].map((s) =>
      similarity(base, s),
    );
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);
  });

  it('measures common prefixes and suffixes', () => {
    expect(commonPrefixLength('abcdef', 'abcxyz')).toBe(3);
    expect(commonSuffixLength('xyzdef', 'abcdef')).toBe(3);
  });
});

describe('normalizeWhitespace', () => {
  it('collapses runs to a space, or to a line break when the run holds one', () => {
    expect(normalizeWhitespace('a  \t b\n\n  c\u3000\u3000d')).toBe('a b\nc d');
  });

  it('leaves already normal text unchanged', () => {
    expect(normalizeWhitespace('a b\nc')).toBe('a b\nc');
  });
});

describe('quote context', () => {
  it('stores up to 32 characters on each side', () => {
    const text = 'x'.repeat(40) + 'QUOTE' + 'y'.repeat(40);
    const q = quoteAt(text, { start: 40, end: 45 });
    expect(q).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) });
  });

  it('widens the context until a repeated passage is told apart', () => {
    // The 40 characters before the quote repeat too, so 32 characters of prefix cannot tell.
    const block = 'b'.repeat(40) + '\nMeal 3\nEat every 2 hours\n' + 'a'.repeat(40) + '\n';
    const text = 'Intro one.\n' + block + 'Middle part.\n' + block + 'End.';
    const start = text.lastIndexOf('Eat every');
    const q = distinctQuoteAt(text, { start, end: start + 9 });
    const whole = q.prefix + q.exact + q.suffix;
    expect(text.indexOf(whole)).toBe(text.lastIndexOf(whole));
    expect(q.prefix.length).toBeGreaterThan(32);
  });
});

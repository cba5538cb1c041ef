import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryTokens, searchTokens } from '../../../src/core/text/search-tokens';

describe('searchTokens', () => {
  it('indexes CJK words, ideographs and bigrams and lower-case Latin words without duplicates', () => {
    const tokens = searchTokens('普法工作推进会 Hello hello ＡＰ');
    expect(tokens).toEqual(expect.arrayContaining(['普法', '法工', '工作', '推进', '普', 'hello', 'ap']));
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('lets a query find a text that contains it: 普法 inside 普法工作', () => {
    const indexed = new Set(searchTokens('全面实施“八五”普法工作'));
    expect(queryTokens('普法').every((token) => indexed.has(token))).toBe(true);
  });

  it('makes query tokens a subset of the tokens of any text containing the query', () => {
    const alphabet = fc.constantFrom(...'普法工作推进会上强调市委全面abc Xyz，。1'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet }), fc.string({ unit: alphabet, minLength: 1 }), fc.string({ unit: alphabet }), (before, query, after) => {
        const indexed = new Set(searchTokens(before + ' ' + query + ' ' + after));
        return queryTokens(query).every((token) => indexed.has(token));
      }),
      { numRuns: 300 },
    );
  });
});

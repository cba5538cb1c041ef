import { describe, expect, it } from 'vitest';
import { markdownUrl } from '../../../src/core/export/escape-markdown';
import { invertedName, naturalName, parseName } from '../../../src/core/export/person-name';

describe('invertedName and naturalName', () => {
  it('orders a split Latin name family-first or given-first', () => {
    expect(invertedName(parseName('Jane Q. Doe'))).toBe('Doe, Jane Q.');
    expect(naturalName(parseName('Doe, Jane'))).toBe('Jane Doe');
  });

  it('keeps a CJK or single-word name exactly as written', () => {
    for (const raw of ['王子瑶', 'Reuters', '  阿卜杜·热合曼 ']) {
      const name = parseName(raw);
      expect(invertedName(name)).toBe(name.literal);
      expect(naturalName(name)).toBe(name.literal);
    }
  });
});

describe('markdownUrl', () => {
  it('links only http(s) URLs and writes anything else as escaped text', () => {
    expect(markdownUrl('http://example.com/<x>')).toBe('<http://example.com/%3Cx%3E>');
    expect(markdownUrl('ftp://example.com/a_b')).toBe('ftp://example.com/a\\_b');
    expect(markdownUrl('not a url [x]')).toBe('not a url \\[x\\]');
  });
});

import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../src/messages';

const highlight = {
  id: '0b7a1f9e-3c1d-4e55-9a3e-111111111111',
  pageUrl: 'https://example.com/news/1.html',
  pageTitle: 'A title',
  exact: 'a quote',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'a quote', prefix: 'before ', suffix: ' after' },
    { type: 'TextPositionSelector', start: 7, end: 14 },
  ],
  color: 'yellow',
};

describe('validateRequest', () => {
  it('accepts a well-formed save-highlight message and returns its payload', () => {
    const result = validateRequest({ type: 'cs-bg:save-highlight', payload: { highlight } });
    expect(result).toMatchObject({ ok: true, type: 'cs-bg:save-highlight', direction: 'cs-bg' });
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an array', [1, 2]],
    ['an object without a type', { payload: {} }],
  ])('refuses %s as InvalidMessage', (_label, message) => {
    expect(validateRequest(message)).toMatchObject({ ok: false, error: { code: 'InvalidMessage' } });
  });

  it('takes the tab ids browsers really hand out (Chromium\'s pass 10 million) for every tab message', () => {
    const big = 175_006_041;
    for (const type of ['ui-bg:clip-tab', 'ui-bg:page-info', 'ui-bg:find-again']) {
      const checked = validateRequest({ type, payload: { tabId: big } });
      expect(checked.ok, type).toBe(true);
    }
    expect(validateRequest({ type: 'ui-bg:clip-tab', payload: { tabId: -1 } }).ok).toBe(false);
  });

  it('refuses an unknown type as UnknownMessage', () => {
    expect(validateRequest({ type: 'cs-bg:format-disk', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'UnknownMessage' },
    });
  });

  it('does not treat inherited object keys as message types', () => {
    expect(validateRequest({ type: 'constructor', payload: {} })).toMatchObject({ ok: false, error: { code: 'UnknownMessage' } });
  });

  it('names the field that is wrong', () => {
    const result = validateRequest({ type: 'cs-bg:save-highlight', payload: { highlight: { ...highlight, color: 'red; background:url(x)' } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.detail).toContain('highlight.color');
  });

  it('refuses a whitespace-only quote', () => {
    const result = validateRequest({ type: 'cs-bg:save-highlight', payload: { highlight: { ...highlight, exact: '  \n ' } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidMessage' } });
  });

  it('refuses extra fields, negative offsets and a non-http page URL', () => {
    expect(validateRequest({ type: 'cs-bg:save-highlight', payload: { highlight: { ...highlight, admin: true } } }).ok).toBe(false);
    expect(
      validateRequest({
        type: 'cs-bg:save-highlight',
        payload: { highlight: { ...highlight, selectors: [{ type: 'TextPositionSelector', start: -1, end: 3 }] } },
      }).ok,
    ).toBe(false);
    expect(validateRequest({ type: 'cs-bg:page-opened', payload: { pageUrl: 'not a url' } }).ok).toBe(false);
  });

  it('refuses a detected article whose body is larger than the limit', () => {
    const article = { kind: 'html', url: 'https://example.com/a', title: 't', authors: [], bodyText: 'x'.repeat(2_000_001), sources: {} };
    expect(validateRequest({ type: 'cs-bg:save-article', payload: { article } }).ok).toBe(false);
  });

  it('accepts evidence tags in bounds and refuses them out of bounds', () => {
    const article = { kind: 'html', url: 'https://example.com/a', title: 't', authors: [], bodyText: 'x', sources: {} };
    const withEvidence = (evidence: unknown) => validateRequest({ type: 'cs-bg:save-article', payload: { article: { ...article, confidence: { title: 0.45 }, evidence } } }).ok;
    expect(withEvidence({ title: ['html-title'], body: ['scored-blocks'] })).toBe(true);
    expect(withEvidence({ title: Array(17).fill('og') })).toBe(false);
    expect(withEvidence({ colour: ['og'] })).toBe(false);
  });
});

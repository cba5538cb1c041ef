import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../src/messages';
import { documentText } from '../../../src/core/pdf/document-text';
import { pdfPageUrl } from '../../../src/core/pdf/pdf-address';
import { anchorHighlight, describeSpan } from '../../../src/core/pdf/pdf-selectors';

const page = (text: string) => ({ text, lines: [] });
const doc = documentText([page('第一页的文字。废弃井在哪里，他和同事就在哪里。'), page('第二页：废弃井在哪里，另一处。')]);

describe('PDF highlight selectors', () => {
  it('quote, position over the document text and the page with its label', () => {
    const start = doc.text.lastIndexOf('废弃井');
    const selectors = describeSpan(doc, ['A1', 'A2'], { start, end: start + 6 });
    expect(selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: '废弃井在哪里' });
    expect(selectors[1]).toEqual({ type: 'TextPositionSelector', start, end: start + 6 });
    expect(selectors[2]).toEqual({ type: 'PageSelector', index: 1, label: 'A2' });
    expect(describeSpan(doc, null, { start: 0, end: 3 })[2]).toEqual({ type: 'PageSelector', index: 0 });
  });

  it('anchors at the stored position, by quote and context when the text moved, not at all when it is gone', () => {
    const start = doc.text.lastIndexOf('废弃井');
    const highlight = { exact: '废弃井在哪里', selectors: describeSpan(doc, null, { start, end: start + 6 }) };
    expect(anchorHighlight(doc, highlight)).toEqual({ start, end: start + 6 });
    // The same PDF read with a line more on page 1: the position is off, the quote and its context find it.
    const moved = documentText([page('新增一行。\n第一页的文字。废弃井在哪里，他和同事就在哪里。'), page('第二页：废弃井在哪里，另一处。')]);
    const at = anchorHighlight(moved, highlight);
    expect(at && moved.text.slice(at.start, at.end)).toBe('废弃井在哪里');
    expect(at!.start).toBe(moved.text.lastIndexOf('废弃井'));
    const other = documentText([page('完全不同的一页报纸文字，讲的是别的事情。')]);
    expect(anchorHighlight(other, highlight)).toBeUndefined();
  });

  it('the reader page may save only under a PDF address (urn:x-pdf:fingerprint)', () => {
    const base = { id: 'a1', pageTitle: 't', exact: '废弃井', selectors: [{ type: 'PageSelector', index: 0 }], color: 'yellow' };
    const pdf = validateRequest({ type: 'ui-bg:save-pdf-highlight', payload: { highlight: { ...base, pageUrl: pdfPageUrl('23E450E8D6148016A7718CEB95C4025A') } } });
    expect(pdf.ok).toBe(true);
    const web = validateRequest({ type: 'ui-bg:save-pdf-highlight', payload: { highlight: { ...base, pageUrl: 'https://news.example.com/a' } } });
    expect(web.ok).toBe(false);
    expect(validateRequest({ type: 'ui-bg:list-pdf-highlights', payload: { pageUrl: 'urn:x-pdf:../../x' } }).ok).toBe(false);
    const badPage = validateRequest({ type: 'ui-bg:save-pdf-highlight', payload: { highlight: { ...base, pageUrl: pdfPageUrl('ab'.repeat(16)), selectors: [{ type: 'PageSelector', index: -1 }] } } });
    expect(badPage.ok).toBe(false);
  });
});

/**
 * A PDF's highlight through the W3C export and back: the target's source is the PDF's key
 * (urn:x-pdf:<fingerprint>, as Hypothesis names PDFs, not a hashed page URN), the page selector
 * (index, label) is exported and read back, so the imported highlight is the PDF's again and
 * the reader finds it whatever address the PDF is opened from.
 */
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src/core/model';
import { buildW3c } from '../../../src/core/export/w3c-export';
import { parseImportFile } from '../../../src/core/import/parse-import-file';

const PDF = 'urn:x-pdf:23e450e8d6148016a7718ceb95c4025a';
const highlight: Highlight = {
  id: '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e',
  pageUrl: PDF,
  pageTitle: '荆州日报 · 2022-03-31 · 第02版',
  articleId: `${PDF}#item-4`,
  exact: '废弃井在哪里',
  selectors: [
    { type: 'TextQuoteSelector', exact: '废弃井在哪里', prefix: '油田', suffix: '？' },
    { type: 'TextPositionSelector', start: 1204, end: 1210 },
    { type: 'PageSelector', index: 1, label: 'A2' },
  ],
  color: 'green',
  note: '数字待核实',
  tags: ['环保'],
  tokens: [],
  status: 'anchored',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
};

describe('a PDF highlight in the W3C export', () => {
  it('names the PDF by its key and carries the page selector', () => {
    const annotation = JSON.parse(buildW3c({ articles: [], highlights: [highlight], exportedAt: new Date(0) })).first.items[0];
    expect(annotation.target.source).toBe(PDF);
    expect(annotation.target.selector).toContainEqual({ type: 'PageSelector', index: 1, label: 'A2' });
    expect(annotation['jianbao:articleId']).toBe(`${PDF}#item-4`);
  });

  it('comes back under the same PDF with its quote, position and page', () => {
    const result = parseImportFile(buildW3c({ articles: [], highlights: [highlight], exportedAt: new Date(0) }));
    if (!result.ok) throw new Error(result.error.detail);
    const [back] = result.value.highlights;
    expect([back.pageUrl, back.articleId, back.exact, back.note, back.tags, back.color]).toEqual([PDF, `${PDF}#item-4`, '废弃井在哪里', '数字待核实', ['环保'], 'green']);
    expect(back.selectors).toEqual(highlight.selectors);
    expect(result.value.warnings).toEqual([]);
  });

  it('still hashes any other address that is not http(s) (a look-alike key too)', () => {
    const other = { ...highlight, pageUrl: 'urn:x-pdf:../../etc', articleId: undefined };
    const annotation = JSON.parse(buildW3c({ articles: [], highlights: [other], exportedAt: new Date(0) })).first.items[0];
    expect(annotation.target.source).toMatch(/^urn:jianbao:page:/u);
  });
});

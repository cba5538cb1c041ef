import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/core/export/csv-cell';
import { bibtexUrl, escapeBibtex } from '../../../src/core/export/escape-bibtex';
import { escapeMarkdown, markdownTag, markdownUrl } from '../../../src/core/export/escape-markdown';
import { buildObsidian } from '../../../src/core/export/markdown-export';
import { groupHighlights } from '../../../src/core/export/export-bundle';
import { fileNameFor } from '../../../src/core/export/export-formats';
import { parseCsv } from '../../fixtures/export/parse-csv';
import { sampleBundle } from '../../fixtures/export/sample-bundle';

describe('csvCell', () => {
  it('quotes cells with commas, quotes and line breaks and doubles the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain 中文')).toBe('plain 中文');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a cell starting like a formula: %j', (value) => {
    expect(parseCsv(`${toCsv(['h'], [[value]]).slice(1)}`)[1][0]).toBe(`'${value}`);
  });

  it('writes a BOM, CRLF record ends and round-trips through an RFC 4180 reader', () => {
    const rows = [['力争在2023年底前', 'a "quoted", text', 'x\r\ny']];
    const csv = toCsv(['A', 'B', 'C'], rows);
    expect(csv.startsWith('\uFEFFA,B,C\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([['A', 'B', 'C'], ...rows]);
  });
});

describe('Markdown escaping', () => {
  it('escapes links, images, HTML, emphasis and Obsidian syntax', () => {
    expect(escapeMarkdown('[a](b) ![i](x) <b> *e* _u_ #tag [[w]] ==h== %%c%% $m$')).toBe(
      '\\[a\\]\\(b\\) \\!\\[i\\]\\(x\\) \\<b\\> \\*e\\* \\_u\\_ \\#tag \\[\\[w\\]\\] \\=\\=h\\=\\= \\%\\%c\\%\\% \\$m\\$',
    );
  });

  it('escapes list, quote and heading markers at the start of a line only', () => {
    expect(escapeMarkdown('- item\n1. first\n> quote\n2022-03-31 a-b')).toBe('\\- item\n1\\. first\n\\> quote\n2022-03-31 a-b');
  });

  it('makes autolinks only of http(s) URLs', () => {
    expect(markdownUrl('https://example.com/a b')).toBe('<https://example.com/a%20b>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert\\(1\\)');
  });

  it('turns tags into hashtags without spaces or markup', () => {
    expect(markdownTag('energy saving')).toBe('#energy-saving');
    expect(markdownTag('城市治理')).toBe('#城市治理');
    expect(markdownTag('<>')).toBe('');
  });
});

describe('BibTeX escaping', () => {
  it('escapes every TeX special character', () => {
    expect(escapeBibtex('{a}\\b%c&d$e#f_g^h~i')).toBe('\\{a\\}\\textbackslash{}b\\%c\\&d\\$e\\#f\\_g\\textasciicircum{}h\\textasciitilde{}i');
  });

  it('percent-encodes what would break a verbatim url field and keeps existing escapes', () => {
    expect(bibtexUrl('https://x.example/a b{c}%20%zz')).toBe('https://x.example/a%20b%7Bc%7D%20%25zz');
  });
});

describe('groupHighlights', () => {
  it('puts highlights under their article in reading order and pages without an article last', () => {
    const bundle = sampleBundle();
    const groups = groupHighlights({ articles: bundle.articles, highlights: [...bundle.highlights].reverse() });
    expect(groups.map((g) => [g.article.title, g.isStored, g.highlights.length])).toEqual([
      ['加快城市运行管理“一网统管”', true, 2],
      ['“最美石油红”守护碧水蓝天', true, 1],
      ['我市启动“2022清风行动”', true, 1],
      ['市政协专题调研高标准优化营商环境工作', false, 1],
    ]);
    const first = groups[0].highlights.map((h) => h.exact);
    const body = groups[0].article.bodyText;
    expect(body.indexOf(first[0])).toBeLessThan(body.indexOf(first[1]));
  });

  it('groups a highlight whose article is not in the bundle by its page URL', () => {
    const bundle = sampleBundle();
    const groups = groupHighlights({ articles: [], highlights: bundle.highlights });
    expect(groups.map((g) => g.article.url)).toEqual([bundle.highlights[0].pageUrl, bundle.highlights[4].pageUrl]);
    expect(groups[0].article.title).toBe(bundle.highlights[0].pageTitle);
  });
});

describe('fileNameFor', () => {
  it('names files after the local day with the format extension', () => {
    const day = new Date(2026, 10, 29, 23, 59);
    expect(fileNameFor('markdown', day)).toBe('jianbao-2026-11-29.md');
    expect(fileNameFor('csv-full', day)).toBe('jianbao-2026-11-29-full.csv');
    expect(fileNameFor('backup', day)).toBe('jianbao-2026-11-29-backup.json');
  });
});

describe('buildObsidian file names', () => {
  it('gives articles with the same headline distinct, safe file names', () => {
    const bundle = sampleBundle();
    const twin = { ...bundle.articles[0], id: 'twin', title: 'a/b: c?' };
    const files = buildObsidian({ ...bundle, articles: [{ ...bundle.articles[0], title: 'a/b: c?' }, twin] });
    expect(files.slice(0, 2).map((f) => f.filename)).toEqual(['a b c.md', 'a b c (2).md']);
  });
});

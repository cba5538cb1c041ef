import { describe, expect, it } from 'vitest';
import { copyWithCitation, formatCitation } from '../../../src/core/export/format-citation';
import type { ArticleRecord, Highlight } from '../../../src/core/model';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample-bundle';

const ACCESSED = new Date(2026, 10, 29, 10, 0);
const jingzhou = (): ArticleRecord => sampleArticles()[0];

function english(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'https://news.example.com/a',
    url: 'https://news.example.com/a',
    title: 'City launches unified operations platform',
    authors: [
      { name: 'Jane Doe', role: 'reporter' },
      { name: 'Richard Roe', role: 'reporter' },
      { name: 'Pat Photo', role: 'photographer' },
    ],
    publication: 'The Daily Example',
    date: '2022-03-31',
    page: 'A1',
    bodyText: '',
    sentences: [],
    sources: {},
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

describe('formatCitation, GB/T 7714', () => {
  it('writes the print newspaper form with 版次 and Chinese names as written', () => {
    expect(formatCitation(jingzhou(), 'gbt7714-2015', ACCESSED, { online: false })).toBe(
      '王子瑶, 闵涛, 陈江静. 加快城市运行管理“一网统管”[N]. 荆州日报, 2022-03-31(2).',
    );
  });

  it('writes the online form with the access date and the URL', () => {
    expect(formatCitation(jingzhou(), 'gbt7714-2015', ACCESSED)).toBe(
      '王子瑶, 闵涛, 陈江静. 加快城市运行管理“一网统管”[N/OL]. 荆州日报, 2022-03-31(2)[2026-11-29]. ' +
        'https://epaper.jzrb.example/html/2022-03/31/node_2.htm#item-5.',
    );
  });

  it('writes the same newspaper skeleton in the 2025 edition', () => {
    expect(formatCitation(jingzhou(), 'gbt7714-2025', ACCESSED, { online: false })).toBe(
      '王子瑶, 闵涛, 陈江静. 加快城市运行管理“一网统管”[N]. 荆州日报, 2022-03-31(2).',
    );
  });

  it('lists three authors then 等 for Chinese, et al for Latin names', () => {
    const four = ['王子瑶', '闵涛', '陈江静', '刘洁'].map((name) => ({ name, role: 'reporter' as const }));
    expect(formatCitation({ ...jingzhou(), authors: four }, 'gbt7714-2015', ACCESSED, { online: false })).toMatch(
      /^王子瑶, 闵涛, 陈江静, 等\. /,
    );
    const latin = ['Jane Doe', 'Richard Roe', 'Sam Poe', 'Ann Lee'].map((name) => ({ name, role: 'author' as const }));
    expect(formatCitation(english({ authors: latin }), 'gbt7714-2015', ACCESSED, { online: false })).toBe(
      'DOE J, ROE R, POE S, et al. City launches unified operations platform[N]. The Daily Example, 2022-03-31(A1).',
    );
  });

  it('leaves out photographers and editors', () => {
    expect(formatCitation(english(), 'gbt7714-2015', ACCESSED, { online: false })).toMatch(/^DOE J, ROE R\. City/);
  });
});

describe('formatCitation, English styles', () => {
  it('writes APA 7 with inverted initials for Latin names', () => {
    expect(formatCitation(english(), 'apa', ACCESSED)).toBe(
      'Doe, J., & Roe, R. (2022, March 31). City launches unified operations platform. The Daily Example. https://news.example.com/a',
    );
  });

  it('italicises the newspaper in Markdown and HTML markup', () => {
    expect(formatCitation(english(), 'apa', ACCESSED, { markup: 'markdown' })).toContain('*The Daily Example*.');
    expect(formatCitation(english(), 'apa', ACCESSED, { markup: 'html' })).toContain('<i>The Daily Example</i>.');
  });

  it('writes APA print references with the page and without a URL', () => {
    expect(formatCitation(english(), 'apa', ACCESSED, { online: false })).toBe(
      'Doe, J., & Roe, R. (2022, March 31). City launches unified operations platform. The Daily Example, A1.',
    );
  });

  it('keeps Chinese names whole in APA, MLA and Chicago', () => {
    expect(formatCitation(jingzhou(), 'apa', ACCESSED)).toMatch(/^王子瑶, 闵涛, & 陈江静\. \(2022, March 31\)\. /);
    expect(formatCitation(jingzhou(), 'mla', ACCESSED)).toMatch(/^王子瑶, et al\. “/);
    expect(formatCitation(jingzhou(), 'chicago', ACCESSED)).toMatch(/^王子瑶, 闵涛, and 陈江静\. “/);
  });

  it('writes MLA 9 with the abbreviated month, the URL without scheme and the access date', () => {
    expect(formatCitation(english(), 'mla', ACCESSED)).toBe(
      'Doe, Jane, and Richard Roe. “City launches unified operations platform.” The Daily Example, 31 Mar. 2022, p. A1, ' +
        'news.example.com/a. Accessed 29 Nov. 2026.',
    );
  });

  it('writes the Chicago bibliography entry without page or access date', () => {
    expect(formatCitation(english(), 'chicago', ACCESSED)).toBe(
      'Doe, Jane, and Richard Roe. “City launches unified operations platform.” The Daily Example, March 31, 2022. https://news.example.com/a.',
    );
  });

  it('turns quotation marks inside a quoted title into single ones', () => {
    expect(formatCitation(english({ title: 'The "one network" plan' }), 'chicago', ACCESSED)).toContain("“The 'one network' plan.”");
  });

  it('moves the title to the front in APA when no author is known', () => {
    expect(formatCitation(english({ authors: [] }), 'apa', ACCESSED)).toMatch(/^City launches unified operations platform\. \(2022, March 31\)\. /);
  });

  it('never turns a non-http URL into part of a citation', () => {
    const text = formatCitation(english({ url: 'javascript:alert(1)' }), 'apa', ACCESSED);
    expect(text).not.toContain('javascript');
  });
});

describe('copyWithCitation', () => {
  it('puts the quote, the note and the citation on the clipboard, accessed when highlighted', () => {
    const article = jingzhou();
    const highlight: Highlight = sampleHighlights()[0];
    const text = copyWithCitation(highlight, article, 'gbt7714-2015');
    const day = new Date(highlight.createdAt);
    const accessed = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    expect(text.split('\n\n')).toEqual([
      `“${highlight.exact}”`,
      highlight.note,
      formatCitation(article, 'gbt7714-2015', day),
    ]);
    expect(text).toContain(`[${accessed}]`);
  });
});

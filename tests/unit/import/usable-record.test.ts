/**
 * The read-path checks of the popup: a record an earlier Jianbao (or a hand-edited database)
 * stored outside the model's bounds is left out and counted, never rendered half.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Highlight } from '../../../src/core/model';
import { MAX_TIMESTAMP_MS } from '../../../src/core/model-bounds';
import { isUsableArticle, isUsableHighlight, usableArticles } from '../../../src/core/usable-record';

const highlight: Highlight = {
  id: 'h1',
  pageUrl: 'https://paper.example.cn/a.htm',
  pageTitle: 'A',
  exact: '普法',
  selectors: [{ type: 'TextQuoteSelector', exact: '普法', prefix: '', suffix: '' }],
  color: 'yellow',
  note: '',
  tags: [],
  tokens: [],
  status: 'anchored',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  sentenceRange: [2, 4],
};

const article: ArticleRecord = {
  id: 'https://paper.example.cn/a.htm',
  url: 'https://paper.example.cn/a.htm',
  title: '普法工作',
  authors: [{ name: '王丹', role: 'reporter' }],
  date: '2024-05-01',
  bodyText: '第一句。第二句。',
  sentences: [{ start: 0, end: 4 }, { start: 4, end: 8 }],
  sources: {},
  readerFields: { title: 1_700_000_000_000 },
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

describe('isUsableHighlight', () => {
  it('takes a record of the model, with a range of two ordered integers', () => {
    expect(isUsableHighlight(highlight)).toBe(true);
    expect(isUsableHighlight({ ...highlight, sentenceRange: [3, 3] })).toBe(true);
    expect(isUsableHighlight({ ...highlight, sentenceRange: undefined })).toBe(true);
  });

  it('leaves out a range that is not two ordered integers ≥ 0', () => {
    for (const sentenceRange of [[4, 2], [-1, 2], [1.5, 2], [1, 2, 3], [1], ['1', '2']]) {
      expect(isUsableHighlight({ ...highlight, sentenceRange }), JSON.stringify(sentenceRange)).toBe(false);
    }
  });

  it('leaves out a timestamp outside the Date range or past 9999', () => {
    expect(isUsableHighlight({ ...highlight, createdAt: MAX_TIMESTAMP_MS })).toBe(true);
    expect(isUsableHighlight({ ...highlight, createdAt: MAX_TIMESTAMP_MS + 1 })).toBe(false);
    expect(isUsableHighlight({ ...highlight, updatedAt: 9e15 })).toBe(false);
    expect(isUsableHighlight({ ...highlight, createdAt: -1 })).toBe(false);
  });
});

describe('isUsableArticle', () => {
  it('takes an article of the model', () => {
    expect(isUsableArticle(article)).toBe(true);
    expect(isUsableArticle({ ...article, readerFields: undefined, date: undefined })).toBe(true);
  });

  it('leaves out an article a view could not render', () => {
    const broken: [string, unknown][] = [
      ['createdAt past the Date range', { ...article, createdAt: 9e15 }],
      ['a reader field stamped outside the range', { ...article, readerFields: { title: 1e16 } }],
      ['a sentence that ends before it starts', { ...article, sentences: [{ start: 5, end: 2 }] }],
      ['a sentence as an array', { ...article, sentences: [[0, 4]] }],
      ['authors that are not a list', { ...article, authors: '王丹' }],
      ['an author without a name', { ...article, authors: [{ role: 'reporter' }] }],
      ['a title that is not text', { ...article, title: 42 }],
      ['a date that is not text', { ...article, date: 20240501 }],
      ['no body', { ...article, bodyText: undefined }],
      ['not an object', null],
    ];
    for (const [what, record] of broken) expect(isUsableArticle(record), what).toBe(false);
  });

  it('keeps the usable ones in order and counts the rest', () => {
    const other = { ...article, id: 'b' };
    expect(usableArticles([article, { ...article, createdAt: 9e15 }, other, 'junk'])).toEqual({ articles: [article, other], skipped: 2 });
  });
});

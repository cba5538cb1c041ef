/**
 * Photographers are not authors of the text (issue 11, group 9): a photo credit never stands in for
 * the article's byline, and one that is the page's only credit is held back as a suggestion unless it
 * is the byline under the headline.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';
import { citedNames } from '../../../src/core/citation/csl-item';

const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>老街区改造的第${i + 1}段：周末前来散步的居民越来越多，街道办介绍说，今年新修的步道和口袋公园最受欢迎，许多老人在这里一坐就是一下午。</p>`).join('');
const detect = (inner: string) =>
  detectArticle(new DOMParser().parseFromString(`<html><head><title>老街区换新颜</title></head><body><div class="article"><h1>老街区换新颜</h1>${inner}</div></body></html>`, 'text/html'), 'https://news.example.cn/2023/0411/c1.html');

describe('photo credits and the article byline', () => {
  it('takes the text byline in the tail over a photo caption near the top', () => {
    const a = detect(`<p>居民在新修的步道上散步，孩子们在口袋公园里玩耍。（王海涛 摄）</p>${prose(4)}<p>（记者 陈思雨）</p>`);
    expect(a.authors).toEqual([{ name: '陈思雨', role: 'reporter' }]);
  });

  it('holds a caption credit that is the only credit back as a suggestion', () => {
    const a = detect(`${prose(4)}<p>居民在新修的步道上散步。（王海涛 摄）</p>`);
    expect(a.authors).toEqual([{ name: '王海涛', role: 'photographer' }]);
    expect(a.fieldConfidence.authors?.evidence).toContain('photo-credit');
    expect(detectedFacts(a).authors).toEqual([]);
  });

  it('keeps a photo byline under the headline as the photographer, whom a citation does not name as author', () => {
    const a = detect(`<p>本报记者 王海涛 摄</p>${prose(4)}`);
    expect(detectedFacts(a).authors).toEqual([{ name: '王海涛', role: 'photographer' }]);
    expect(citedNames({ authors: detectedFacts(a).authors })).toEqual([]);
  });

  it('reads a writer and a photographer printed as postfix credits', () => {
    const a = detect(`<p>陈思雨/文 王海涛/摄</p>${prose(4)}`);
    expect(detectedFacts(a).authors).toEqual([{ name: '陈思雨', role: 'author' }, { name: '王海涛', role: 'photographer' }]);
  });
});

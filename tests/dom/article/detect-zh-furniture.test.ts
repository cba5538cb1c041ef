/**
 * Chinese page furniture named in pinyin (issue 11, group 9): comment boxes, related-story lists
 * and rankings whose class or id is pinglun / pl / xgyd / tuijian / remen … The names and dates
 * printed in them are readers' and other stories', never the article's; their text is not body.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';

const page = (body: string): Document => new DOMParser().parseFromString(`<html><head><title>老街区换新颜</title></head><body>${body}</body></html>`, 'text/html');
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>老街区改造的第${i + 1}段：周末前来散步的居民越来越多，街道办介绍说，今年新修的步道和口袋公园最受欢迎，许多老人在这里一坐就是一下午。</p>`).join('');
const URL = 'https://news.example.cn/2023/0411/c1.html';
const detect = (body: string) => detectArticle(page(body), URL);

describe('pinyin-named comment and sidebar boxes', () => {
  it('never takes a sidebar entry below the article (class xgyd) for its author', () => {
    const a = detect(`<div class="wrap"><div class="article"><h1>老街区换新颜</h1>${prose(3)}</div><div class="xgyd"><ul><li>另一篇新闻 作者：张伟 2024-01-02</li></ul></div></div>`);
    expect(a.authors).toEqual([]);
    expect(a.date?.slice(0, 10)).toBe('2023-04-11');
  });

  it('never takes a commenter (id pinglun, class pl_list) for the author, nor their stamp for the date', () => {
    const comments = `<div id="pinglun"><div class="pl_list"><div>作者：海边的风 2024-01-02 08:00</div><p>说得好，支持一下这个街道的做法，希望多修几条这样的步道，老人孩子都方便。</p></div></div>`;
    const a = detect(`<div class="wrap"><div class="article"><h1>老街区换新颜</h1>${prose(4)}</div>${comments}</div>`);
    expect(a.authors).toEqual([]);
    expect(detectedFacts(a).date?.slice(0, 10)).toBe('2023-04-11');
    expect(a.body.text).not.toContain('说得好');
  });

  it('keeps a recommended-stories box (tuijian) out of the body, the article text whole', () => {
    const box = `<div class="tuijian">${Array.from({ length: 3 }, (_, i) => `<p>推荐第${i + 1}篇：城市更新中的老街区如何留住烟火气，居民和设计师各有各的看法和期待。</p>`).join('')}</div>`;
    const a = detect(`<div class="wrap"><div class="article"><h1>老街区换新颜</h1>${prose(5)}</div>${box}</div>`);
    expect(a.body.text).toContain('老街区改造的第5段');
    expect(a.body.text).not.toContain('推荐第1篇');
  });

  it('still reads the byline of an article whose own box has a CSS utility class like pl-4', () => {
    const a = detect(`<div class="pl-4 pr-4"><h1>老街区换新颜</h1><p>本报记者 陈思雨</p>${prose(4)}</div>`);
    expect(detectedFacts(a).authors).toEqual([{ name: '陈思雨', role: 'reporter' }]);
  });
});

/**
 * 来源 lines (issue 11, group 9): the newspaper or portal a header line names as the text's source
 * is the publication (source text-source), never an author.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';

const page = (body: string): Document => new DOMParser().parseFromString(`<html><head><title>老街区换新颜</title></head><body>${body}</body></html>`, 'text/html');
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>老街区改造的第${i + 1}段：周末前来散步的居民越来越多，街道办介绍说，今年新修的步道和口袋公园最受欢迎，许多老人在这里一坐就是一下午。</p>`).join('');
const URL = 'https://news.example.cn/2023/0411/c1.html';
const detect = (body: string) => detectArticle(page(body), URL);

describe('来源 lines name the publication, never an author', () => {
  const info = (line: string, inner = prose(4)) => detect(`<div class="article"><h1>老街区换新颜</h1><div class="info">${line}</div>${inner}</div>`);

  it('gives the newspaper of a 来源 line as the publication, with the byline as the author', () => {
    const a = info('2023-04-11 08:30 来源：都市晚报 作者：陈思雨');
    expect(detectedFacts(a).authors).toEqual([{ name: '陈思雨', role: 'author' }]);
    expect(detectedFacts(a).publication).toBe('都市晚报');
    expect(a.fieldConfidence.publication?.evidence[0]).toBe('text-source');
  });

  it('names nobody when the only credit is a portal, and offers the portal as the publication', () => {
    for (const line of ['来源：东方网 2023-04-11', '2023-04-11 来源：人民网－人民日报', '作者：新华网 2023-04-11']) {
      const a = info(line);
      expect(a.authors, line).toEqual([]);
      expect(a.publication, line).toMatch(/东方网|人民日报|新华网/u);
    }
  });

  it('keeps the site name a page declares over its 来源 line', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><meta property="og:site_name" content="示例新闻网"></head><body><div class="article"><h1>老街区换新颜</h1><div>来源：都市晚报</div>${prose(4)}</div></body></html>`,
      'text/html',
    );
    expect(detectArticle(doc, URL).publication).toBe('示例新闻网');
  });
});

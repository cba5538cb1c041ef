/**
 * Dates on Chinese pages (issue 11): the article's own line, not a related story's, a reader's
 * comment or a sidebar entry; a post's own stamp, an essay's closing date and a magazine issue
 * reach a fact. One small page per pattern; facts are what exports use (detectedFacts).
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';

const page = (body: string): Document => new DOMParser().parseFromString(`<html><head></head><body>${body}</body></html>`, 'text/html');
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>湖边的第${i + 1}段：清晨的雾气还没散，钓鱼的老人已经坐了两个小时，他说这片水域十年前几乎没有鱼，如今每天都能钓到几条。</p>`).join('');
const detect = (body: string, url = 'https://blog.example.cn/u/lake/post/88.html') => detectArticle(page(body), url);
const factDate = (body: string, url?: string): string | undefined => detectedFacts(detect(body, url)).date?.slice(0, 10);

describe('dates of Chinese posts and reprints', () => {
  it("takes a blog post's own footer stamp, its date a permalink", () => {
    expect(factDate(`<div class="entry"><h2>湖边</h2>${prose(5)}<div class="meta">发表于 <a href="/u/lake/post/88.html">2008-10-02</a> | 阅读(8)</div></div>`)).toBe('2008-10-02');
  });

  it("takes an essay's closing date line", () => {
    const a = detect(`<div class="entry"><h2>湖边</h2>${prose(5)}<p>2012年11月3日于杭州</p></div>`);
    expect(a.fieldConfidence.date?.evidence).toContain('signature-date');
    expect(detectedFacts(a).date).toBe('2012-11-03');
  });

  it('dates a reprint by the magazine issue it cites', () => {
    expect(detectedFacts(detect(`<div class="entry"><h2>湖边</h2>${prose(5)}<p>（原载《江南》1987年9月号）</p></div>`)).date).toBe('1987-09');
  });

  it('gives no date from a list of related stories below the body', () => {
    const body = `<div class="entry"><h2>湖边</h2>${prose(5)}<ul><li><a href="/a">另一篇关于湖边钓鱼的旧文章</a> 2003-07-01</li><li><a href="/b">再一篇关于湖水治理的旧文章</a> 2003-07-09</li></ul></div>`;
    expect(detect(body).date).toBeUndefined();
  });

  it("gives no date from a reader's comment after the body", () => {
    expect(detect(`<div class="entry"><h2>湖边</h2>${prose(5)}</div><div class="comments"><div>游子 2015-02-02 08:00</div><p>想家了。</p></div>`).date).toBeUndefined();
  });

  it('reads the article meta line, not the entries of a sidebar printed before it', () => {
    const body =
      `<table><tr><td class="col"><div>推荐阅读</div><div><a href="/x">山里的秋天</a></div><div>作者：邓一鸣 2001-01-01</div><div><a href="/y">河边的春天</a></div><div>作者：叶知秋 2001-01-02</div></td>` +
      `<td><h1>湖边</h1><div>作者：苏晴 时间：2008-10-02 07:30</div>${prose(5)}</td></tr></table>`;
    const a = detectedFacts(detect(body, 'https://news.example.cn/a/1.html'));
    expect(a.authors.map((p) => p.name)).toEqual(['苏晴']);
    expect(a.date?.slice(0, 10)).toBe('2008-10-02');
  });

  it('does not take a sidebar entry above the headline for the byline when the article prints none', () => {
    const body =
      `<table><tr><td class="col"><div>推荐阅读</div><div><a href="/x">山里的秋天</a></div><div>作者：邓一鸣</div><div><a href="/y">河边的春天</a></div><div>作者：叶知秋</div></td>` +
      `<td><h1>湖边</h1>${prose(5)}</td></tr></table>`;
    expect(detect(body, 'https://news.example.cn/a/1.html').authors).toEqual([]);
  });
});

describe('pen names after an author label', () => {
  it("takes the poster named in a blog post's own footer stamp", () => {
    const a = detect(`<div class="entry"><h2>湖边</h2>${prose(5)}<div class="meta"><em>由一叶扁舟张贴 @ <a href="/p/88">2008-10-02 07:30:00</a></em></div></div>`);
    expect(detectedFacts(a).authors.map((p) => p.name)).toEqual(['一叶扁舟']);
    expect(a.fieldConfidence.authors?.evidence).toContain('post-stamp');
  });

  it('keeps a labelled pen name next to the headline as a fact, a bare one as a suggestion at most', () => {
    const labelled = detect(`<div class="entry"><div>作者：一叶扁舟 时间：2008-10-02 07:30</div><h2>湖边</h2>${prose(5)}</div>`);
    expect(detectedFacts(labelled).authors.map((p) => p.name)).toEqual(['一叶扁舟']);
    expect(labelled.fieldConfidence.authors?.evidence).toContain('pen-name');
    expect(detectedFacts(detect(`<div class="entry"><h2>湖边</h2><div>一叶扁舟</div>${prose(5)}</div>`)).authors).toEqual([]);
  });
});

describe('the article date over update stamps, comments and the address (group 6)', () => {
  const news = (body: string, url = 'https://news.example.cn/a/1.html') => detectedFacts(detect(body, url)).date?.slice(0, 10);

  it('takes the publication stamp of a header line that prints the update first', () => {
    expect(news(`<div class="art"><h1>湖边</h1><div>更新：2010-03-09 10:00 | 发布：2010-03-05 08:00</div>${prose(5)}</div>`)).toBe('2010-03-05');
  });

  it('reads no date below a comment heading, whatever the box is called', () => {
    const body = `<div class="art"><h1>湖边</h1>${prose(5)}</div><div id="pl"><div>网友评论</div><div>北京网友 2015-02-02 08:00</div><p>想家了。</p></div>`;
    expect(detect(body).date).toBeUndefined();
    // Above the heading the post's own stamp is still read.
    expect(news(`<div class="art"><h1>湖边</h1>${prose(5)}<div>发表于 2008-10-02 12:00</div></div><div id="pl"><div>网友评论</div><div>北京网友 2015-02-02 08:00</div></div>`)).toBe('2008-10-02');
  });

  it('reads no date from a related-stories list under its heading inside the article box', () => {
    const body = `<div class="art"><h1>湖边</h1>${prose(6)}<div>相关阅读：</div><div>上游的河道治理工程开工了（2011-02-03）</div><div>下游建起湿地公园（2011-02-04）</div></div>`;
    expect(detect(body).date).toBeUndefined();
  });

  it("takes the address's day over a date in the page tail (government CMS addresses)", () => {
    const body = `<div class="art"><h1>湖边</h1>${prose(5)}<div>2009-01-01 08:00</div></div>`;
    expect(news(body, 'https://www.example.gov.cn/zwgk/200507/t20050718_123.html')).toBe('2005-07-18');
    expect(news(body, 'https://www.example.gov.cn/art/2005/7/18/art_12_34.html')).toBe('2005-07-18');
  });
});

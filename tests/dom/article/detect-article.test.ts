import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { toPlainArticle } from '../../../src/dom/article/detected-article';

// vitest runs from the repository root; under jsdom import.meta.url is not a file URL.
const fixture = (name: string): string => path.resolve('tests/fixtures/pages', name);

/** Parses one of our page fixtures (tests/fixtures/pages) into a fresh document. */
function loadPage(name: string): Document {
  const html = readFileSync(fixture(name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const paragraphs = (text: string): string[] => text.split('\n\n');

describe('detectArticle', () => {
  it('reads a JSON-LD NewsArticle inside @graph and keeps byline and headline out of the body', () => {
    const doc = loadPage('json-ld-news.html');
    const a = detectArticle(doc, 'https://courier.example/local/2022/03/31/river-cleanup?utm=x');
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('City council approves river cleanup plan');
    expect(a.subtitle).toBe('Work starts in May and should take two years');
    expect(a.authors).toEqual([
      { name: 'Jane Doe', role: 'author' },
      { name: 'Li Wei', role: 'author' },
    ]);
    expect(a.date).toBe('2022-03-31T10:20:00+08:00');
    expect(a.publication).toBe('The Riverside Courier');
    expect(a.section).toBe('Local');
    expect(a.language).toBe('en');
    expect(a.sources).toMatchObject({ title: 'json-ld', authors: 'json-ld', date: 'json-ld', body: 'scored-blocks' });
    const body = paragraphs(a.body.text);
    expect(body).toHaveLength(5);
    expect(body[0]).toMatch(/^The city council voted on Thursday/);
    expect(a.body.text).not.toContain('By Jane Doe');
    expect(a.body.text).not.toContain('Floods of 2019: a timeline');
    expect(a.body.elements.map((el) => el.localName)).toEqual(['p', 'p', 'p', 'p', 'p']);
  });

  it('reads OpenGraph, article:* and plain meta tags, and leaves comments and share bars out', () => {
    const a = detectArticle(loadPage('opengraph-news.html'));
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Harbour ferry returns after repairs');
    expect(a.publication).toBe('Port Weekly');
    expect(a.date).toBe('2021-06-14T08:00:00Z');
    expect(a.sources.date).toBe('og');
    expect(a.authors.map((p) => p.name)).toEqual(['Sam Hill']);
    expect(a.language).toBe('en-GB');
    expect(a.canonicalUrl).toBe('https://port.example/news/ferry-returns');
    expect(paragraphs(a.body.text)).toHaveLength(3);
    expect(a.body.text).not.toMatch(/Comments|Share|Great news/);
  });

  it('gives metadata authors the roles the printed byline names, and takes the paper from the page title', () => {
    const html = `<html lang="zh-CN"><head><title>党建业务相融合 打造政务服务新标杆--荆州日报</title></head><body>
      <!--enpproperty <date>2022-03-31</date><author>王大玲 刘天华</author><title>党建业务相融合 打造政务服务新标杆</title><nodename>第02版：要闻</nodename>/enpproperty-->
      <h1>党建业务相融合 打造政务服务新标杆</h1><div class="byline">□ 记者 王大玲 通讯员 刘天华</div>
      <!--enpcontent--><founder-content><p>“坚持‘以党建促业务、以业务强党建’理念，加快改革步伐，优化服务、改进作风，努力打造一流政务环境。”日前，市政务服务和大数据管理局党组书记、局长施金方表示，该局将坚持党建引领。</p>
      <p>该局以提高企业群众办事满意度、体验感、获得感为目标，实施“高效办成一件事”攻坚专项行动。</p></founder-content><!--/enpcontent--></body></html>`;
    const a = detectArticle(new DOMParser().parseFromString(html, 'text/html'), 'http://epaper.example.cn/html/2022-03/31/content_4.htm');
    expect(a.authors).toEqual([
      { name: '王大玲', role: 'reporter' },
      { name: '刘天华', role: 'correspondent' },
    ]);
    expect(a.publication).toBe('荆州日报');
    expect(a.sources.publication).toBe('html-title');
    expect(a).toMatchObject({ page: '02', section: '要闻' });
  });

  it('reads Founder enpproperty markup and takes the body from the enpcontent markers', () => {
    const a = detectArticle(loadPage('founder-epaper.html'), 'http://epaper.example.cn/html/2022-03/31/content_123456.htm');
    expect(a.isArticle).toBe(true);
    expect(a).toMatchObject({ title: '护好一江碧水', kicker: '守护母亲河', subtitle: '沙市区推进岸线整治', page: '03', section: '经济' });
    expect(a.date).toBe('2022-03-31T09:28:27');
    expect(a.authors).toEqual([
      { name: '王大玲', role: 'reporter' },
      { name: '刘天华', role: 'correspondent' },
    ]);
    expect(a.sources).toMatchObject({ title: 'founder-comment', body: 'epaper-body', page: 'founder-comment' });
    const body = paragraphs(a.body.text);
    expect(body).toHaveLength(3);
    expect(body[0]).toMatch(/^本报讯（记者王大玲 通讯员刘天华）3月30日/);
    expect(a.body.text).not.toContain('责任编辑');
    expect(a.body.text).not.toContain('□ 记者');
  });

  it('reads the 引题/主题/副题 stack, byline, newspaper and page of a people.com.cn-style page', () => {
    const url = 'http://paper.people.com.cn/rmrb/html/2022-03/31/nw.D110000renmrb_20220331_2-03.htm';
    const a = detectArticle(loadPage('people-layout.html'), url);
    expect(a.isArticle).toBe(true);
    expect(a).toMatchObject({
      title: '推动长江经济带高质量发展',
      kicker: '生态优先 绿色发展',
      subtitle: '沿江省市协同推进生态环境保护',
      publication: '人民日报',
      page: '03',
      date: '2022-03-31',
      language: 'zh',
    });
    expect(a.sources.title).toBe('headline-stack');
    expect(a.authors).toEqual([
      { name: '李明', role: 'reporter' },
      { name: '赵欣', role: 'reporter' },
    ]);
    const body = paragraphs(a.body.text);
    expect(body).toHaveLength(3);
    expect(body[0]).toMatch(/^本报北京3月30日电/);
    expect(a.body.text).not.toMatch(/推动长江经济带高质量发展|本报记者 李明|《人民日报》/);
  });

  it('reads date and author from the meta line of an old portal page and keeps it out of the body', () => {
    const bytes = readFileSync(fixture('gbk-news.html'));
    const html = new TextDecoder('gb18030').decode(bytes);
    const a = detectArticle(new DOMParser().parseFromString(html, 'text/html'), 'http://news.example.cn/shehui/20050321/12345.shtml');
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('老城区改造启动');
    expect(a.date).toBe('2005-03-21T11:21:00');
    expect(a.authors.map((p) => p.name)).toEqual(['尹娟']);
    expect(paragraphs(a.body.text)).toHaveLength(3);
    expect(a.body.text).not.toContain('来源');
  });

  it('finds the byline and date lines of an English page without metadata and keeps the AP dateline in the body', () => {
    const a = detectArticle(loadPage('english-byline.html'), 'https://times.example/politics/2022/03/31/senate-water-bill');
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Senate passes water bill after long debate');
    expect(a.sources.title).toBe('headline');
    expect(a.authors.map((p) => p.name)).toEqual(['Jane Doe', 'John Roe']);
    expect(a.date).toBe('2022-03-31');
    const body = paragraphs(a.body.text);
    expect(body).toHaveLength(3);
    expect(body[0]).toMatch(/^WASHINGTON \(AP\) — The Senate/);
    expect(a.body.text).not.toMatch(/By Jane Doe|More stories|House leaders/);
  });

  it('reads the issuing body and the document date from the label and value cells of a government notice', () => {
    const a = detectArticle(loadPage('gov-notice.html'), 'https://www.example.gov.cn/gkml/2022/03/31/notice_31.html');
    expect(a.isArticle).toBe(true);
    expect(a.authors).toEqual([{ name: '某某市人民政府', role: 'author' }]);
    // 成文日期 is the notice's own date; PubDate and 发布日期 say when the portal posted it.
    expect(a.date).toBe('2022-03-29');
    expect(a.sources).toMatchObject({ authors: 'text-meta', date: 'document-date' });
    expect(paragraphs(a.body.text)[0]).toMatch(/^为加强城区河道管理/);
    expect(a.body.text).not.toContain('发文机关');
  });

  it('takes the owner named in a personal blog header as the author when the post credits nobody', () => {
    const a = detectArticle(loadPage('blog-header.html'), 'http://blog.example.org/zhangminghui/archive/2004/12/27/100.aspx');
    expect(a.authors).toEqual([{ name: '张明辉', role: 'author' }]);
    expect(a.sources.authors).toBe('site-owner');
    expect(a.date).toBe('2004-12-27T12:40:00');
  });

  it('does not take a blog header for an owner when the post is not under that blog', () => {
    const a = detectArticle(loadPage('blog-header.html'), 'http://blog.example.org/archive/2004/12/27/100.aspx');
    expect(a.authors).toEqual([]);
    expect(a.sources.authors).toBeUndefined();
  });

  it('takes the name on a link to one author\'s archive, not the links to category or month archives', () => {
    const a = detectArticle(loadPage('blog-author-link.html'), 'http://blog.example.net/?p=1700');
    expect(a.authors).toEqual([{ name: '青石', role: 'author' }]);
    expect(a.sources.authors).toBe('site-owner');
    expect(a.body.text).toMatch(/^早上去菜市场/);
  });

  it('keeps the reporters of a news story reposted on a blog instead of the blog owner', () => {
    const doc = loadPage('blog-header.html');
    const first = doc.querySelector('.post p')!;
    first.textContent = '本报讯 （实习记者 樊亮 记者惠禾）' + first.textContent;
    const a = detectArticle(doc, 'http://blog.example.org/zhangminghui/archive/2004/12/27/100.aspx');
    expect(a.authors.map((p) => p.name)).toEqual(['樊亮', '惠禾']);
    expect(a.sources.authors).not.toBe('site-owner');
  });

  it('takes the first of several dated posts on a blog listing, not the longest', () => {
    const a = detectArticle(loadPage('blog-listing.html'), 'http://blog.example-city.com/archives.php?date=200503&blogID=18');
    const doc = loadPage('blog-listing.html');
    const firstPost = doc.querySelector('.post-body')!.textContent!.replace(/\s+/gu, '');
    expect(a.body.text.replace(/\s+/gu, '')).toBe(firstPost);
    expect(a.date).toBe('2005-03-21T01:20:44');
  });

  it('keeps the strongest of repeated containers when they carry no dates of their own (chunks of one article)', () => {
    const doc = loadPage('blog-listing.html');
    for (const el of Array.from(doc.querySelectorAll('.post-head, .post-footer'))) el.remove();
    const a = detectArticle(doc, 'http://blog.example-city.com/archives.php?date=200503&blogID=18');
    const longest = Array.from(doc.querySelectorAll('.post-body')).map((el) => el.textContent!.replace(/\s+/gu, '')).sort((x, y) => y.length - x.length)[0];
    expect(a.body.text.replace(/\s+/gu, '')).toContain(longest);
  });

  it('says a home page is not an article', () => {
    const a = detectArticle(loadPage('home-page.html'), 'https://daily.example/');
    expect(a.isArticle).toBe(false);
    expect(a.confidence).toBeLessThan(0.5);
  });

  it('says a search result page is not an article', () => {
    const a = detectArticle(loadPage('search-results.html'), 'https://www.example.cn/search?q=长江');
    expect(a.isArticle).toBe(false);
  });

  it('is less confident about a home page than about any article fixture', () => {
    const home = detectArticle(loadPage('home-page.html'), 'https://daily.example/').confidence;
    for (const name of ['json-ld-news.html', 'opengraph-news.html', 'founder-epaper.html', 'people-layout.html']) {
      expect(detectArticle(loadPage(name)).confidence).toBeGreaterThan(home);
    }
  });

  it('leaves the page untouched and gives a plain, serialisable result', () => {
    const doc = loadPage('json-ld-news.html');
    const before = doc.documentElement.outerHTML;
    const plain = toPlainArticle(detectArticle(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    expect('elements' in plain.body).toBe(false);
  });
});

describe('detectArticle on pages without an article', () => {
  it('returns a non-article with an empty body for empty, link-only and frameset pages', () => {
    for (const html of ['', '<html><head><title>x</title></head><body></body></html>', '<body><a href="/">Home</a></body>', '<frameset></frameset>']) {
      const a = detectArticle(new DOMParser().parseFromString(html, 'text/html'), 'https://e.example/x');
      expect(a.isArticle).toBe(false);
      expect(a.body).toEqual({ elements: [], text: '' });
    }
  });
});

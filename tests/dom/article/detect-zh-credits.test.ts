/**
 * Chinese bylines, post headers and page furniture (issue 11 error classes), one small page per
 * pattern: who wrote it is found where Chinese portals, blogs and forums print it, and furniture
 * in the author slot never becomes a person. Facts are what exports use (detectedFacts).
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';

const page = (head: string, body: string): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const prose = (n: number, topic = '社区图书馆'): string =>
  Array.from({ length: n }, (_, i) => `<p>${topic}的第${i + 1}段：周末前来借书的居民排起了长队，馆员介绍说，今年新增的绘本和地方志最受欢迎，许多家长带着孩子一待就是一下午。</p>`).join('');
const facts = (doc: Document, url: string) => detectedFacts(detectArticle(doc, url));
const names = (doc: Document, url = 'https://news.example.cn/c/2023-04-11/doc-1.shtml'): string[] => facts(doc, url).authors.map((p) => p.name);

describe('Chinese credit lines', () => {
  it('reads the name after 采写 as the reporter, never 采写 itself', () => {
    const doc = page('', `<div class="main"><h1>老街区换新颜</h1><p class="meta">2023-04-11 08:30 来源：都市晚报 采写：陈思雨</p>${prose(5)}</div>`);
    const a = detectArticle(doc, 'https://news.example.cn/c/2023-04-11/doc-1.shtml');
    expect(a.authors).toEqual([{ name: '陈思雨', role: 'reporter' }]);
  });

  it('reads a byline whose label is set off by a bar (文 | 名, 作者｜名)', () => {
    expect(names(page('', `<article><h1>春耕时节</h1><p>文 | 林晓峰</p>${prose(5, '春耕')}</article>`))).toEqual(['林晓峰']);
    expect(names(page('', `<article><h1>春耕时节</h1><div>作者｜何雨桐</div>${prose(5, '春耕')}</article>`))).toEqual(['何雨桐']);
  });

  it('leaves credits that are not authorship out (整合, 受访者供图)', () => {
    expect(names(page('', `<article><h1>春耕时节</h1><p>2023-04-11 来源：综合 整合：周琳</p>${prose(3, '春耕')}<p>图/受访者提供</p>${prose(2, '春耕')}</article>`))).toEqual([]);
  });

  it('never names a follow button, a recommend link or a placeholder', () => {
    expect(names(page('', `<article><h1>春耕时节</h1><p>作者：<a class="follow">+关注</a></p><p>2023-04-11 10:20 <a>在线荐稿</a></p>${prose(5, '春耕')}</article>`))).toEqual([]);
    expect(names(page('<meta name="author" content="未知">', `<article><h1>春耕时节</h1><p>作者：佚名 时间：2023-04-11</p>${prose(5, '春耕')}</article>`))).toEqual([]);
  });

  it('offers a portal in the author line as the source, not a person', () => {
    const doc = page('', `<article><h1>春耕时节</h1><p>2023年04月11日 10:20 作者：澎湃新闻-政务</p>${prose(5, '春耕')}</article>`);
    expect(names(doc)).toEqual([]);
  });
});

describe('Chinese author metas and portal metas', () => {
  it('reads a space-separated list of Chinese names in the author meta as several people', () => {
    expect(names(page('<meta name="author" content="孙浩 郑雪">', `<article><h1>春耕时节</h1>${prose(5, '春耕')}</article>`))).toEqual(['孙浩', '郑雪']);
  });

  it('reads the publication date a portal writes in its own meta names', () => {
    const weibo = page('<meta name="weibo: article:create_at" content="2023-04-11 09:05:00">', `<article><h1>春耕时节</h1>${prose(5, '春耕')}</article>`);
    expect(facts(weibo, 'https://news.example.cn/a/1.html').date?.slice(0, 10)).toBe('2023-04-11');
    const gov = page('<meta name="PubDate" content="2023-04-12 10:00"><meta name="ColumnName" content="政策解读">', `<article><h1>春耕时节</h1>${prose(5, '春耕')}</article>`);
    const a = facts(gov, 'https://www.example.gov.cn/zw/1.html');
    expect(a.date?.slice(0, 10)).toBe('2023-04-12');
    expect(a.section).toBe('政策解读');
  });

  it('does not take a channel label under the headline for a bare byline', () => {
    expect(names(page('', `<article><h1>春耕时节</h1><div>国内</div>${prose(5, '春耕')}</article>`))).toEqual([]);
    expect(names(page('', `<article><h1>春耕时节</h1><div>林芳</div>${prose(5, '春耕')}</article>`))).toEqual(['林芳']);
  });

  it('never takes a staff title for a person (本报评论员)', () => {
    expect(names(page('', `<article><h1>春耕时节</h1><p>作者：本报评论员</p>${prose(5, '春耕')}</article>`))).toEqual([]);
  });
});

describe('forum and blog post headers', () => {
  it('takes the thread starter of a forum post above the title', () => {
    const doc = page(
      '<title>关于小区停车的讨论 - 业主论坛</title>',
      `<table class="t_msg"><tr><td class="poster">楼主：绿萝小筑</td><td>发表于 2009-06-02 21:14</td></tr>` +
        `<tr><td colspan="2"><h2>关于小区停车的讨论</h2>${prose(5, '停车')}</td></tr></table>`,
    );
    const a = detectArticle(doc, 'https://bbs.example.cn/thread-8841-1-1.html');
    expect(detectedFacts(a).authors.map((p) => p.name)).toEqual(['绿萝小筑']);
    expect(a.fieldConfidence.authors?.evidence[0]).toBe('forum-header');
    expect(a.date?.slice(0, 10)).toBe('2009-06-02');
  });

  it('takes a handle printed before the post stamp under the title, however unlike a name it looks', () => {
    const doc = page('', `<div class="post"><h3>二手自行车转让</h3><div class="authi"><a href="/space/uid-7">river_2008</a> 发表于 2011-3-5 09:12</div>${prose(5, '自行车')}</div>`);
    expect(names(doc, 'https://bbs.example.cn/viewthread.php?tid=77')).toEqual(['river_2008']);
  });

  it('does not credit the poster of a reply below the post', () => {
    const doc = page(
      '',
      `<div class="post"><h3>二手自行车转让</h3>${prose(5, '自行车')}</div>` +
        `<div class="reply"><div class="authi">路过的猫 发表于 2011-3-6 10:00</div><p>顶一下，价格合适。</p></div>`,
    );
    expect(names(doc, 'https://bbs.example.cn/viewthread.php?tid=77')).toEqual([]);
  });
});

describe('dates next to Chinese credits', () => {
  it('ignores the portal clock bar above the headline', () => {
    const doc = page('', `<div class="topbar">今天是2026年12月2日 星期三</div><div class="main"><h1>老街区换新颜</h1><p>作者：陈思雨</p>${prose(5)}</div>`);
    expect(facts(doc, 'https://news.example.cn/a/889.html').date).toBeUndefined();
  });
});

describe('posters, label cells and staff credits (group 7)', () => {
  it('takes the poster named over the title inside the post box', () => {
    const doc = page('', `<div class="post"><div class="who">发表者：晚风_1987</div><h2>旧书市场见闻</h2>${prose(5, '旧书')}</div>`);
    expect(names(doc, 'https://bbs.example.cn/read.php?tid=5')).toEqual(['晚风_1987']);
  });

  it('reads the poster and the ctime stamp of a BBS post header', () => {
    const doc = page(
      '',
      `<div class="article">发信人: bluesky07 (蓝天), 信区: Reading<br>标  题: 旧书市场见闻<br>发信站: 某某社区 (Tue Mar  8 21:05:44 2005), 站内<br><br>${prose(5, '旧书')}</div>`,
    );
    const a = detectedFacts(detectArticle(doc, 'https://bbs.example.cn/bbscon?board=Reading&file=M.1'));
    expect(a.authors.map((p) => p.name)).toEqual(['bluesky07']);
    expect(a.date?.slice(0, 10)).toBe('2005-03-08');
  });

  it('reads an author label cell that has no colon with the cell after it', () => {
    const doc = page('', `<table><tr><td>作者</td><td>苏晓岚</td><td>日期</td><td>2012-05-06</td></tr><tr><td colspan="4"><h2>旧书市场见闻</h2>${prose(5, '旧书')}</td></tr></table>`);
    expect(names(doc, 'https://www.example.cn/show.asp?id=8')).toEqual(['苏晓岚']);
  });

  it('never takes an editor credit in the author meta for the author', () => {
    for (const content of ['责任编辑：王小二', '编辑 刘六六', '主编：周全']) {
      const a = detectArticle(page(`<meta name="author" content="${content}">`, `<div><h1>旧书市场见闻</h1>${prose(5, '旧书')}</div>`), 'https://news.example.cn/a/2.html');
      expect(a.authors, content).toEqual([]);
    }
    // The author label copied into the meta is cut, the name kept.
    const labelled = detectArticle(page('<meta name="author" content="作者：苏晓岚">', `<div><h1>旧书市场见闻</h1>${prose(5, '旧书')}</div>`), 'https://news.example.cn/a/2.html');
    expect(labelled.authors.map((p) => p.name)).toEqual(['苏晓岚']);
  });

  it('keeps production credits (出品, 策划, 统筹) out of the authors and out of the body', () => {
    const a = detectArticle(page('', `<div><h1>旧书市场见闻</h1><p>出品：城市记忆工作室　策划：韩梅</p><p>统筹 | 李雷</p>${prose(5, '旧书')}</div>`), 'https://news.example.cn/a/2.html');
    expect(a.authors).toEqual([]);
    expect(a.body.text).not.toMatch(/出品|统筹/u);
    expect(a.body.text).toMatch(/^旧书的第1段/u);
  });
});

describe('header lines printed as adjacent spans (group 7)', () => {
  it('reads the name, not the name run into the date or the next label', () => {
    const doc = page('', `<div><h1>旧书市场见闻</h1><div class="info"><span>来源：城市晚报</span><span>作者：苏晓岚</span><span>2012-05-06 08:00</span></div>${prose(5, '旧书')}</div>`);
    const a = facts(doc, 'https://news.example.cn/a/3.html');
    expect(a.authors.map((p) => p.name)).toEqual(['苏晓岚']);
    expect(a.date?.slice(0, 10)).toBe('2012-05-06');
  });
});

describe('a board post stamp signed by its poster (group 9)', () => {
  it('keeps the handle that signs the post footer (发布时间 … by X) as a fact', () => {
    const post = `<table><tr><td><a href="user.php?id=1">river_2008</a></td><td>${prose(4, '旧城记忆')}<p>〓 娱乐 明星话题 发布时间 2005/03/15 22:36:13 by <a href="user.php?id=1">river_2008</a> 〓</p></td></tr></table>`;
    const a = facts(page('<title>旧城记忆</title>', post), 'https://bbs.example.cn/read.php?id=2');
    expect(a.authors.map((p) => p.name)).toEqual(['river_2008']);
    expect(a.date?.slice(0, 10)).toBe('2005-03-15');
  });

  it('does not vouch for a handle after a news page’s unsigned stamp', () => {
    const a = facts(page('<title>旧城记忆</title>', `<article>${prose(4, '旧城记忆')}<p>发布时间：2005-03-15 22:36 作者：river</p></article>`), 'https://news.example.cn/a/2.html');
    expect(a.authors).toEqual([]);
  });
});

/**
 * What the stored body of a Chinese page holds (issue 11, group 8): the lead printed apart from
 * the body container stays in (a reader's highlight in a 摘要 must lie inside the stored body);
 * statements, share bars and what follows a comment or related-stories heading stay out. One
 * small page per pattern, varied in markup.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';

const page = (body: string): Document => new DOMParser().parseFromString(`<html><head></head><body>${body}</body></html>`, 'text/html');
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>菜场第${i + 1}段：天还没亮，批发市场里已经亮起了灯，摊主们把刚到的青菜一捆捆码好，熟客们说这里的菜比超市便宜一半。</p>`).join('');
const LEAD = '老菜场改造后重新开门，摊位从八十个增加到一百二十个，附近居民买菜不用再跑远路了。';
const paragraphs = (body: string): string[] => detectArticle(page(body), 'https://news.example.cn/a/77.html').body.text.split('\n\n');

describe('the lead printed apart from the body', () => {
  it.each([
    ['a 摘要 box between headline and body', `<div class="w"><h1>老菜场重开</h1><div class="zy">【摘要】${LEAD}</div><div id="content">${prose(6)}</div></div>`],
    ['a 导语 table row', `<table><tr><td><h1>老菜场重开</h1></td></tr><tr><td class="dy">导语：${LEAD}</td></tr><tr><td>${prose(6)}</td></tr></table>`],
    ['a first paragraph in its own box', `<div class="w"><h1>老菜场重开</h1><div class="lead"><p>${LEAD}</p></div><div class="text">${prose(6)}</div></div>`],
    ['a blockquote standfirst', `<div class="w"><h1>老菜场重开</h1><blockquote>${LEAD}</blockquote><div class="text">${prose(6)}</div></div>`],
  ])('keeps %s as the first paragraph', (_, body) => {
    const text = paragraphs(body);
    expect(text[0]).toContain(LEAD);
    expect(text).toHaveLength(7);
  });

  it('takes no byline, date line or link row between headline and body for a lead', () => {
    const body =
      `<div class="w"><h1>老菜场重开</h1><div>2021-05-06 08:00　来源：城市晚报　作者：林小雨</div>` +
      `<div><a href="/t/1">菜场改造</a>　<a href="/t/2">民生工程</a>　<a href="/t/3">城市更新，旧城改造，社区服务</a></div><div class="text">${prose(6)}</div></div>`;
    const text = paragraphs(body);
    expect(text).toHaveLength(6);
    expect(text[0]).toMatch(/^菜场第1段/u);
  });
});

describe('furniture at the end of the body', () => {
  it('leaves out statements and share bars', () => {
    const text = paragraphs(
      `<div class="w"><h1>老菜场重开</h1><div class="text">${prose(6)}<p>声明：本文仅代表作者个人观点，不代表本站立场，如有侵权请联系删除。</p>` +
        `<p>本文为城市晚报原创稿件，未经授权不得转载。</p><p>分享到：微博 微信 QQ空间</p></div></div>`,
    );
    expect(text).toHaveLength(6);
  });

  it('ends the text at a comment or related-stories heading in the body box', () => {
    const text = paragraphs(
      `<div class="w"><h1>老菜场重开</h1><div class="text">${prose(6)}<div>网友评论</div><p>楼下的老张：终于不用跑远路了，周末带孩子去逛逛，看看新菜场到底什么样。</p></div></div>`,
    );
    expect(text).toHaveLength(6);
    expect(text.join('')).not.toContain('老张');
  });

  it('keeps the paragraphs after a 推荐阅读 box in the second half of the text, without its heading', () => {
    const text = paragraphs(`<div class="w"><h1>老菜场重开</h1><div class="text">${prose(6)}<div>推荐阅读</div><div><a href="/1">城东菜场也要改造了</a></div>${prose(2).replace(/第(\d)段/gu, '第$1节')}</div></div>`);
    expect(text.filter((p) => /菜场第\d节/u.test(p))).toHaveLength(2);
    expect(text).not.toContain('推荐阅读');
  });

  it('keeps a 相关链接 box in the first half of the text and the paragraphs after it', () => {
    const text = paragraphs(`<div class="w"><h1>老菜场重开</h1><div class="text">${prose(1)}<div>相关链接</div>${prose(6).replace(/第(\d)段/gu, '第$1节')}</div></div>`);
    expect(text.filter((p) => /菜场第\d节/u.test(p))).toHaveLength(6);
  });
});

// Pages that hold several articles, each built here by hand in a different markup family (not
// one template), and pages of one article that repeat blocks too and must stay whole.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { splitPageItems } from '../../../src/dom/article/split-page-items';

const page = (body: string, head = ''): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, 'text/html');

const split = (doc: Document) => {
  const detected = detectArticle(doc, 'https://news.example/page');
  const walked = splitPageItems(doc, detected.body, detected.walk);
  // Reusing detection's walk gives the same items as looking the page up again.
  expect(JSON.stringify(walked?.items.map((i) => [i.title, i.body.text]))).toBe(JSON.stringify(splitPageItems(doc, detected.body)?.items.map((i) => [i.title, i.body.text])));
  return walked;
};

const en = (n: number, topic: string): string =>
  `The ${topic} committee met on day ${n} and agreed that the plan needs more money before the winter. ` +
  `Members said the ${topic} work would start in spring, and residents will be asked for their views at three public meetings.`;
const zh = (n: number, topic: string): string =>
  `本报讯 近日，我市${topic}工作取得新进展，第${n}批项目已全部开工建设。据了解，今年以来，相关部门坚持问题导向，` +
  `围绕${topic}重点任务，细化工作措施，压实工作责任，确保各项工作落到实处，群众满意度明显提升。`;

describe('splitPageItems: pages of several articles', () => {
  it('a page of twenty <article> stories, each with headline and byline, becomes twenty items in page order', () => {
    const names = ['Jane Roe', 'Amy Lin', 'Tom Hart', 'Sara Cole', 'Ben Ruiz'];
    const stories = Array.from({ length: 20 }, (_, i) =>
      `<article class="story"><header><h2><a href="/s/${i + 1}">Story ${i + 1}: council backs plan ${i + 1}</a></h2>` +
      `<p class="byline">By ${names[i % 5]} and Ed Park${'s'.repeat(i % 2)}</p></header><p>${en(i + 1, `river ${i + 1}`)}</p><p>${en(i + 2, 'harbour')}</p></article>`,
    ).join('');
    const doc = page(`<header><h1>The Courier</h1></header><main>${stories}</main><footer>© Courier</footer>`);
    const result = split(doc);
    expect(result?.pattern).toBe('repeated-blocks');
    expect(result?.items).toHaveLength(20);
    const item17 = result!.items[16];
    expect(item17.title).toBe('Story 17: council backs plan 17');
    expect(item17.body.text).toContain('river 17 committee');
    expect(item17.body.text).not.toContain('By Amy Lin'); // the byline is read, not body text
    expect(item17.authors.map((a) => a.name)).toEqual(['Amy Lin', 'Ed Park']);
    expect(result!.items.every((item, i) => item.roots[0] === doc.querySelectorAll('article')[i])).toBe(true);
  });

  it('an e-paper 版 printed flat (引题/主题/副题 stacks, bylines) splits at each headline stack', () => {
    const articles = ['乡村振兴', '生态环保', '城市更新', '文化惠民']
      .map((topic, i) => `<h3>聚焦${topic}</h3><h1>我市${topic}工作再上新台阶</h1><h2>第${i + 1}批项目全部开工</h2>` +
        `<p>本报记者 王小明 通讯员 李华</p><p>${zh(i + 1, topic)}</p><p>${zh(i + 2, topic)}</p>`)
      .join('<hr>');
    const doc = page(`<div class="bmnr"><div id="ozoom">${articles}</div></div>`);
    const result = split(doc);
    expect(result?.pattern).toBe('heading-sections');
    expect(result?.items.map((i) => i.title)).toEqual(['我市乡村振兴工作再上新台阶', '我市生态环保工作再上新台阶', '我市城市更新工作再上新台阶', '我市文化惠民工作再上新台阶']);
    expect(result?.items[1]).toMatchObject({ kicker: '聚焦生态环保', subtitle: '第2批项目全部开工' });
    expect(result?.items[1].authors).toEqual([
      { name: '王小明', role: 'reporter' },
      { name: '李华', role: 'correspondent' },
    ]);
    expect(result?.items[1].body.text.startsWith('本报讯')).toBe(true);
  });

  it('a live blog of headline-less entries with time stamps: one item per entry, titled by time and first words', () => {
    const entries = [...'ABCDEF']
      .map((x, i) => `<div class="lb-entry"><span class="lb-meta"><time datetime="2026-12-01T${10 + i}:05:00Z">${10 + i}:05 GMT</time></span>` +
        `<div class="lb-text"><p>Update ${x}: ${en(i, 'rescue')}</p></div></div>`)
      .join('');
    const doc = page(`<div id="live"><h1>Storm live: latest updates</h1><div class="lb-feed">${entries}</div></div>`);
    const result = split(doc);
    expect(result?.items).toHaveLength(6);
    expect(result?.items[2].title).toMatch(/^12:05 GMT · Update C: The rescue committee/u);
    expect(result?.items[2].date).toBe('2026-12-01T12:05:00Z');
    expect(result?.items[2].body.text.startsWith('Update C:')).toBe(true);
  });

  it('a digest in a table (role=heading cells, dated lines) splits per row', () => {
    const rows = ['交通', '教育', '医疗']
      .map((topic, i) => `<tr><td><div role="heading" aria-level="3">${topic}简讯：新政策落地</div><div>2026年12月0${i + 1}日</div>` +
        `<div>${zh(i, topic)}</div></td></tr>`)
      .join('');
    const doc = page(`<table class="digest"><tbody>${rows}</tbody></table>`);
    const result = split(doc);
    expect(result?.items.map((i) => i.title)).toEqual(['交通简讯：新政策落地', '教育简讯：新政策落地', '医疗简讯：新政策落地']);
    expect(result?.items[2].date).toBe('2026-12-03');
  });
});

describe('splitPageItems: one article stays one', () => {
  it('an article with h2 subheads is not split', () => {
    const sections = ['Background', 'The plan', 'What comes next', 'Reactions']
      .map((h, i) => `<h2>${h}</h2><p>${en(i, 'budget')}</p><p>${en(i + 1, 'school')}</p>`)
      .join('');
    const doc = page(`<article><h1>Council approves the budget</h1><p class="byline">By Ann Lee</p>${sections}</article>`);
    expect(split(doc)).toBeNull();
  });

  it('sections wrapped in <section> without their own bylines or dates are not split', () => {
    const sections = ['一、基本情况', '二、主要做法', '三、存在问题', '四、下一步打算']
      .map((h, i) => `<section class="part"><h3>${h}</h3><p>${zh(i, '营商环境').replace('本报讯 ', '')}</p></section>`)
      .join('');
    const doc = page(`<div class="content"><h1>关于营商环境工作的报告</h1>${sections}</div>`);
    expect(split(doc)).toBeNull();
  });

  it('an article beside a box of related-story teasers keeps its one body', () => {
    const teasers = Array.from({ length: 4 }, (_, i) => `<li class="item"><h3><a href="/r/${i}">Related story ${i}</a></h3><p>${'Short teaser text. '.repeat(3)}</p></li>`).join('');
    const body = Array.from({ length: 8 }, (_, i) => `<p>${en(i, 'bridge')}</p>`).join('');
    const doc = page(`<div class="main"><h1>Bridge reopens</h1>${body}</div><div class="related"><ul>${teasers}</ul></div>`);
    expect(split(doc)).toBeNull();
  });

  it('an article followed by a list of dated comments keeps its one body', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<li class="comment"><h4>reader${i}</h4><time datetime="2026-12-0${i + 1}">Dec ${i + 1}</time><p>${en(i, 'comment')}</p></li>`).join('');
    const body = Array.from({ length: 6 }, (_, i) => `<p>${en(i, 'tram')}</p>`).join('');
    const doc = page(`<article><h1>Tram line opens</h1>${body}</article><ol class="comments">${comments}</ol>`);
    expect(split(doc)).toBeNull();
  });

  it('two undated blocks are not enough for a list', () => {
    const blocks = [1, 2].map((i) => `<div class="box"><h2>Part ${i}</h2><p>${en(i, 'park')}</p></div>`).join('');
    expect(split(page(blocks))).toBeNull();
  });
});

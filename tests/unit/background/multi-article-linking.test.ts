// A page of several articles on fake-indexeddb: one record per item, each highlight linked to the
// item whose body holds it, and the cover rule for passages no body holds (a lead paragraph).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { articleIdFor, saveDetectedArticle } from '../../../src/background/services/article-service';
import { linkHighlight, passageIdFor } from '../../../src/background/services/cover-highlight';
import { createHighlight } from '../../../src/background/services/highlight-service';
import type { DetectedArticle } from '../../../src/messages';
import { freshDb } from '../fake-db';

const URL = 'https://paper.example/2026-12/01/page_03.htm';

let db: JianbaoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const story = (n: number) => ({
  title: `第${n}篇：我市推进第${n}项民生工程`,
  authors: [{ name: '王小明', role: 'reporter' as const }],
  bodyText: `本报讯 我市第${n}项民生工程于本月开工。\n\n工程预计明年${n}月完工，将惠及沿线居民${n}万人。`,
});

function page(items = Array.from({ length: 20 }, (_, i) => story(i + 1)), overrides: Partial<DetectedArticle> = {}): DetectedArticle {
  return { kind: 'html', url: URL, title: '第03版：要闻', authors: [], date: '2026-12-01', publication: '示例日报', page: '03', bodyText: '', sources: { date: 'epaper-url' }, items, ...overrides };
}

let next = 0;
/** Saves a highlight as the save-highlight handler does: linked (or covered) first, then stored. */
async function highlight(exact: string, prefix = '', suffix = '') {
  const input = {
    id: `h${++next}`,
    pageUrl: URL,
    pageTitle: '第03版：要闻',
    exact,
    selectors: [{ type: 'TextQuoteSelector' as const, exact, prefix, suffix }],
    color: 'yellow',
  };
  const link = await linkHighlight(db, input);
  return createHighlight(db, { ...input, ...link });
}

describe('a page of twenty articles', () => {
  it('stores one record per item with its own headline and the page\'s paper and 版', async () => {
    const records = await saveDetectedArticle(db, page(), 1000);
    expect(records).toHaveLength(20);
    expect(records[16]).toMatchObject({ id: articleIdFor(URL, 16), title: '第17篇：我市推进第17项民生工程', publication: '示例日报', page: '03', date: '2026-12-01', sources: { body: 'page-items' } });
    expect(records[16].bodyText).toContain('惠及沿线居民17万人');
  });

  it('links a highlight in the 17th article to the 17th record, with its sentence', async () => {
    await saveDetectedArticle(db, page(), 1000);
    const saved = await highlight('惠及沿线居民17万人');
    expect(saved.articleId).toBe(articleIdFor(URL, 16));
    expect(saved.sentenceRange).toEqual([1, 1]);
  });

  it('a page first stored as one article moves its highlights to their items and drops the whole-page record', async () => {
    const whole = page().items!.map((i) => `${i.title}\n\n${i.bodyText}`).join('\n\n');
    await saveDetectedArticle(db, page(undefined, { items: undefined, bodyText: whole }), 1000);
    const saved = await highlight('惠及沿线居民17万人');
    expect(saved.articleId).toBe(URL);
    await saveDetectedArticle(db, page(), 2000);
    expect(await db.articles.get(URL)).toBeUndefined();
    expect((await db.annotations.get(saved.id))!).toMatchObject({ articleId: articleIdFor(URL, 16), sentenceRange: [1, 1] });
  });
});

describe('the cover rule', () => {
  const lead = '摘要：第三项民生工程总投资十亿元。';

  it('a lead paragraph outside the stored body joins the article it leads, and stays there after the page is detected again', async () => {
    await saveDetectedArticle(db, page(), 1000);
    const saved = await highlight(lead, '第3篇：我市推进第3项民生工程', '本报讯 我市第3项民生工程于本月开工。');
    expect(saved.articleId).toBe(articleIdFor(URL, 2));
    const record = (await db.articles.get(articleIdFor(URL, 2)))!;
    expect(record.bodyText.startsWith(`${lead}\n\n本报讯`)).toBe(true);
    expect(saved.sentenceRange).toEqual([0, 0]);

    // The next visit's detection leaves the lead out again: the body keeps it.
    await saveDetectedArticle(db, page(), 2000);
    const again = (await db.articles.get(articleIdFor(URL, 2)))!;
    expect(again.bodyText).toContain(lead);
    expect((await db.annotations.get(saved.id))!.articleId).toBe(articleIdFor(URL, 2));
  });

  it('a passage next to no article becomes its own item, which a second highlight of it joins', async () => {
    await saveDetectedArticle(db, page(), 1000);
    const saved = await highlight('征订热线：12345678', '广告', '');
    expect(saved.articleId).toBe(passageIdFor(URL, '征订热线：12345678'));
    const own = (await db.articles.get(saved.articleId!))!;
    expect(own).toMatchObject({ url: URL, title: '第03版：要闻', bodyText: '征订热线：12345678', publication: '示例日报', page: '03' });
    expect(await db.articles.where('url').equals(URL).count()).toBe(21);
    await highlight('征订热线：12345678', '广告', '');
    expect(await db.articles.where('url').equals(URL).count()).toBe(21);
  });

  it('a highlight on an item\'s headline belongs to that item', async () => {
    await saveDetectedArticle(db, page(), 1000);
    expect((await highlight('我市推进第5项民生工程')).articleId).toBe(articleIdFor(URL, 4));
  });
});

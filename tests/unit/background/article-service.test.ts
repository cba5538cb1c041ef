import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { articleIdFor, saveDetectedArticle } from '../../../src/background/services/article-service';
import { linkToArticle } from '../../../src/background/services/link-article';
import type { DetectedArticle } from '../../../src/messages';
import { freshDb } from '../fake-db';

const URL_TEXT = 'http://127.0.0.1/seed-page.txt';

let db: JianbaoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

function htmlArticle(overrides: Partial<DetectedArticle> = {}): DetectedArticle {
  return {
    kind: 'html',
    url: 'http://127.0.0.1/html/2022-03/31/content_7.htm',
    title: '高标准优化营商环境工作',
    kicker: '市政协专题调研',
    authors: [{ name: '刘洁', role: 'reporter' }],
    date: '2022-03-31',
    publication: '荆州日报',
    page: '02',
    bodyText: '本报讯（记者刘洁）3月29日至30日，市政协副主席万江平带队调研。\n\n万江平强调，要营造良好舆论氛围。',
    sources: { title: 'founder-comment' },
    ...overrides,
  };
}

describe('saveDetectedArticle', () => {
  it('stores an html article with normalised body and sentence spans', async () => {
    const [record] = await saveDetectedArticle(db, htmlArticle(), 1000);
    expect(record.id).toBe(articleIdFor(record.url));
    expect(record.sentences.map((s) => record.bodyText.slice(s.start, s.end))).toEqual([
      '本报讯（记者刘洁）3月29日至30日，市政协副主席万江平带队调研。',
      '万江平强调，要营造良好舆论氛围。',
    ]);
    expect(await db.articles.get(record.id)).toEqual(record);
  });

  it('keeps the first creation time when the article is detected again', async () => {
    await saveDetectedArticle(db, htmlArticle(), 1000);
    const [again] = await saveDetectedArticle(db, htmlArticle({ title: '新标题' }), 5000);
    expect(again).toMatchObject({ createdAt: 1000, updatedAt: 5000, title: '新标题' });
  });

  it('stores the evidence with the record; segmented items keep only the page-level confidences and evidence', async () => {
    const confidence = { title: 0.95, authors: 0.9, date: 0.9 };
    const evidence = { title: ['founder-comment'], authors: ['founder-comment', 'surname'], date: ['epaper-url', 'agrees:founder-comment'], body: ['epaper-body'] };
    const [record] = await saveDetectedArticle(db, htmlArticle({ confidence, evidence }), 1000);
    expect((await db.articles.get(record.id))?.evidence).toEqual(evidence);
    expect(record.confidence).toEqual(confidence);
    const text = fs.readFileSync('../shared/fixtures/seed-page.txt', 'utf8');
    const items = await saveDetectedArticle(db, { ...htmlArticle({ url: URL_TEXT, bodyText: text, confidence, evidence }), kind: 'text-page' }, 1000);
    expect(items[0].evidence).toEqual({ date: evidence.date });
    expect(items[0].confidence).toEqual({ date: 0.9 });
  });

  it('segments a raw e-paper page into one record per item', async () => {
    const text = fs.readFileSync('../shared/fixtures/seed-page.txt', 'utf8');
    const records = await saveDetectedArticle(db, { ...htmlArticle({ url: URL_TEXT, bodyText: text }), kind: 'text-page' }, 1000);
    expect(records.length).toBe(10);
    const titles = records.map((r) => r.title);
    expect(titles).toContain('党建业务相融合 打造政务服务新标杆');
    expect(titles).toContain('加快城市运行管理“一网统管”');
    const party = records.find((r) => r.title === '党建业务相融合 打造政务服务新标杆')!;
    expect(party.authors).toEqual([
      { name: '王大玲', role: 'reporter' },
      { name: '刘天华', role: 'correspondent' },
    ]);
    expect(await db.articles.count()).toBe(10);
  });
});

describe('linkToArticle', () => {
  it('finds the item of a multi-article page whose body holds the quote, and its sentences', async () => {
    const text = fs.readFileSync('../shared/fixtures/seed-page.txt', 'utf8');
    const records = await saveDetectedArticle(db, { ...htmlArticle({ url: URL_TEXT, bodyText: text }), kind: 'text-page' }, 1000);
    // The quote as the reader selects it on the raw page: broken across a line, with justification spaces.
    const link = linkToArticle(records, '严厉打击和惩治破坏野\n生动植物资源的违法犯罪行为');
    const target = records.find((r) => r.id === link?.articleId)!;
    expect(target.title.startsWith('我市启动“2022清风行动”')).toBe(true);
    const [first, last] = link!.sentenceRange!;
    expect(target.bodyText.slice(target.sentences[first].start, target.sentences[last].end)).toContain('严厉打击和惩治破坏野生动植物资源');
  });

  it('gives no article when several could hold it and none does', () => {
    expect(linkToArticle([], 'x')).toBeUndefined();
  });
});

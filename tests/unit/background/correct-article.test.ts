/**
 * Corrections on a real (fake-indexeddb) database: the stored record is the merged one, a later
 * detection keeps the reader's fields, and exports, citations and backups read the correction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { allArticles, articlesForPage } from '../../../src/background/db/queries';
import { saveDetectedArticle } from '../../../src/background/services/article-service';
import { correctArticle } from '../../../src/background/services/correct-article';
import { importPlan } from '../../../src/background/services/import-service';
import { nodeRenderCitations } from '../../../src/cli/node-citations';
import { buildExport, EXPORT_FORMATS } from '../../../src/core/export/export-formats';
import { parseImportFile } from '../../../src/core/import/parse-import-file';
import type { DetectedArticle } from '../../../src/messages';
import { validateRequest } from '../../../src/messages';
import { freshDb } from '../fake-db';

const PAGE = 'http://127.0.0.1/html/2022-03/31/content_7.htm';

function detection(overrides: Partial<DetectedArticle> = {}): DetectedArticle {
  return {
    kind: 'html',
    url: PAGE,
    title: '高标准优化营商环境工作',
    authors: [{ name: '网易', role: 'author' }],
    date: '2022-03-31',
    publication: '荆州日报',
    page: '02',
    bodyText: '本报讯 3月29日至30日，市政协副主席万江平带队调研。\n\n万江平强调，要营造良好舆论氛围。',
    sources: { title: 'founder-comment', authors: 'meta-author' },
    ...overrides,
  };
}

let db: JianbaoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('correctArticle', () => {
  it('stores the reader’s author with the article and every reader of the database gets it', async () => {
    await saveDetectedArticle(db, detection(), 1000);
    const corrected = await correctArticle(db, PAGE, { set: { authors: [{ name: '刘洁', role: 'reporter' }] } }, 2000);
    expect(corrected.authors).toEqual([{ name: '刘洁', role: 'reporter' }]);
    expect(corrected.readerFields).toEqual({ authors: 2000 });
    expect(await articlesForPage(db, PAGE)).toEqual([corrected]);
  });

  it('survives a later detection: corrected fields win, the others update', async () => {
    await saveDetectedArticle(db, detection(), 1000);
    await correctArticle(db, PAGE, { set: { authors: [{ name: '刘洁', role: 'reporter' }], page: 'A02' } }, 2000);
    const [again] = await saveDetectedArticle(db, detection({ title: '市政协调研营商环境', page: '3' }), 3000);
    expect(again.authors).toEqual([{ name: '刘洁', role: 'reporter' }]);
    expect(again.page).toBe('A02');
    expect(again.title).toBe('市政协调研营商环境');
    expect(again.detected).toEqual({ authors: [{ name: '网易', role: 'author' }], page: '3' });
    expect(await db.articles.get(PAGE)).toEqual(again);
  });

  it('every export and citation uses the corrected record', async () => {
    await saveDetectedArticle(db, detection(), 1000);
    await correctArticle(db, PAGE, { set: { authors: [{ name: '刘洁', role: 'reporter' }] } }, 2000);
    const bundle = { articles: await allArticles(db), highlights: [], exportedAt: new Date('2026-12-01T00:00:00Z') };
    for (const id of ['citation-gbt7714-2015', 'citation-apa', 'csl-json', 'ris', 'biblatex'] as const) {
      const text = (await buildExport(id, bundle, nodeRenderCitations()))[0].content;
      expect(text, id).toContain('刘');
      expect(text, id).not.toContain('网易');
    }
  });

  it('a backup carries the corrections and a restore keeps them', async () => {
    await saveDetectedArticle(db, detection(), 1000);
    const corrected = await correctArticle(db, PAGE, { set: { authors: [{ name: '刘洁', role: 'reporter' }] } }, 2000);
    const backup = EXPORT_FORMATS.backup.build({ articles: [corrected], highlights: [], exportedAt: new Date() })[0].content;
    db.close();
    db = freshDb();
    const parsed = parseImportFile(backup);
    if (!parsed.ok) throw new Error(parsed.error.detail);
    await importPlan(db, parsed.value);
    expect(await db.articles.get(PAGE)).toEqual(corrected);
    const [again] = await saveDetectedArticle(db, detection(), 3000);
    expect(again.authors).toEqual([{ name: '刘洁', role: 'reporter' }]);
  });

  it('a low-confidence field is stored as a suggestion, left out of exports until confirmed', async () => {
    const [stored] = await saveDetectedArticle(db, detection({ confidence: { authors: 0.2 } }), 1000);
    expect(stored.authors).toEqual([]);
    expect(stored.suggested).toEqual(['authors']);
    const csl = () => allArticles(db).then((articles) => EXPORT_FORMATS['csl-json'].build({ articles, highlights: [], exportedAt: new Date() })[0].content);
    expect(await csl()).not.toContain('网易');
    const confirmed = await correctArticle(db, PAGE, { confirm: ['authors'] }, 2000);
    expect(confirmed.authors).toEqual([{ name: '网易', role: 'author' }]);
    expect(await csl()).toContain('网易');
  });

  it('undo by revert gives the detection back', async () => {
    await saveDetectedArticle(db, detection(), 1000);
    await correctArticle(db, PAGE, { set: { title: '错字改正' } }, 2000);
    const reverted = await correctArticle(db, PAGE, { revert: ['title'] }, 3000);
    expect(reverted.title).toBe('高标准优化营商环境工作');
    expect(reverted).not.toHaveProperty('readerFields');
    expect(reverted.updatedAt).toBe(3000);
  });

  it('refuses an article that is not stored', async () => {
    await expect(correctArticle(db, 'http://127.0.0.1/nothing', { confirm: ['title'] })).rejects.toMatchObject({ code: 'ArticleNotFound' });
  });
});

describe('ui-bg:correct-article validation', () => {
  const request = (correction: unknown) => validateRequest({ type: 'ui-bg:correct-article', payload: { articleId: PAGE, correction } });

  it('accepts a set of bounded values', () => {
    expect(request({ set: { authors: [{ name: '刘洁', role: 'reporter' }], date: '2024-02-29', page: 'A3' } }).ok).toBe(true);
    expect(request({ set: { date: '' }, revert: ['page'] }).ok).toBe(true);
  });

  it('refuses what the model cannot hold', () => {
    expect(request({}).ok).toBe(false); // nothing to do
    expect(request({ set: { date: '2023-02-29' } }).ok).toBe(false); // no such day
    expect(request({ set: { date: '31/03/2022' } }).ok).toBe(false);
    expect(request({ set: { title: '   ' } }).ok).toBe(false);
    expect(request({ set: { page: 'x'.repeat(41) } }).ok).toBe(false);
    expect(request({ set: { authors: [{ name: '刘洁', role: 'boss' }] } }).ok).toBe(false);
    expect(request({ set: { authors: Array.from({ length: 101 }, () => ({ name: 'a', role: 'author' })) } }).ok).toBe(false);
    expect(request({ set: { body: 'x' } }).ok).toBe(false);
    expect(request({ set: { page: '1' }, revert: ['page'] }).ok).toBe(false); // one field twice
    expect(request({ confirm: ['bodyText'] }).ok).toBe(false);
  });
});

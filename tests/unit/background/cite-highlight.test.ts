/**
 * "Copy with citation" from the highlight menu, as the background makes it (cs-bg:cite-highlight)
 * on fake-indexeddb with the real engines: the highlight's own article is cited (on a page with
 * several items, never simply the first), without one the page itself, the note kept either way,
 * in the reader's style, the access date the day the highlight was made.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import type { SenderInfo } from '../../../src/background/router';
import type { RenderCitationsReport, StyleFallback } from '../../../src/core/citation/style-fallback';
import type { ArticleRecord, Highlight } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import { freshDb } from '../fake-db';

const storage = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: { query: vi.fn(async () => []), sendMessage: vi.fn(async () => undefined) },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
    storage: { local: { get: vi.fn(async (key: string) => (storage.has(key) ? { [key]: storage.get(key) } : {})), set: vi.fn(async () => undefined) } },
  },
}));

const { createHandlers } = await import('../../../src/background/handlers');
const { route } = await import('../../../src/background/router');
const { nodeEngines, nodeRenderCitations, nodeRenderReport } = await import('../../../src/cli/node-citations');
const { cslItem } = await import('../../../src/core/citation/csl-item');
const { customStyle, storedCustomStyles } = await import('../../../src/core/citation/style-choice');
const { pageArticle } = await import('../../../src/core/export/export-bundle');
const { UNBUILDABLE_STYLE, UNPRINTABLE_STYLE } = await import('../../fixtures/citation/broken-styles');
const engines = nodeEngines();
const render = nodeRenderCitations([], engines);
/** The background's host in-process: the reader's own styles from storage, a broken one falling back. */
const host: RenderCitationsReport = (request) => nodeRenderReport(storedCustomStyles(storage.get('citationStyles')), engines)(request);

const PAGE = 'https://paper.example.cn/html/2024-05/01/content_1.htm';
const page: SenderInfo = { tabId: 1, frameId: 0, url: PAGE, isExtensionPage: false };

function article(n: number, title: string): ArticleRecord {
  return { id: `${PAGE}#item-${n}`, url: PAGE, title, authors: [{ name: '李明', role: 'reporter' }], publication: '人民日报', date: '2024-05-01', page: '01', bodyText: '', sentences: [], sources: {}, createdAt: 1, updatedAt: 1 };
}

function highlight(changes: Partial<Highlight>): Highlight {
  return {
    id: 'h1', pageUrl: PAGE, pageTitle: '人民日报 2024年05月01日 第01版', exact: '乡村振兴', selectors: [{ type: 'TextQuoteSelector', exact: '乡村振兴', prefix: '', suffix: '' }],
    color: 'yellow', note: '值得一读', tags: [], tokens: [], status: 'anchored', createdAt: Date.UTC(2024, 4, 3, 12), updatedAt: Date.UTC(2024, 4, 3, 12), ...changes,
  };
}

/** The reference as the engine makes it for `a` on the day the highlight was made. */
async function reference(a: ArticleRecord, style: string, h: Highlight): Promise<string> {
  return (await render({ style, format: 'text', kind: 'references', items: [cslItem(a, new Date(h.createdAt))] }))[0];
}

let db: JianbaoDb;
const citeReply = async (id: string) => {
  const reply = await route(createHandlers(db, host), { type: 'cs-bg:cite-highlight', payload: { id } }, page);
  if (!reply.ok) throw new Error(reply.error.detail);
  return reply.value as { text: string; fallback?: StyleFallback };
};
const cite = async (id: string) => (await citeReply(id)).text;

beforeEach(() => {
  db = freshDb();
  storage.clear();
});
afterEach(() => db.close());

describe('cs-bg:cite-highlight', () => {
  it('cites the highlight’s own item on a page with several items, quote and note first', async () => {
    const items = [article(1, '第一篇'), article(2, '第二篇')];
    const h = highlight({ articleId: items[1].id });
    await db.articles.bulkPut(items);
    await db.annotations.put(h);
    const text = await cite('h1');
    expect(text).toBe(`“乡村振兴”\n\n值得一读\n\n${await reference(items[1], 'gbt7714-2015', h)}`);
    expect(text).toContain('第二篇');
    expect(text).not.toContain('第一篇');
    // GB/T 7714 as the engine writes a newspaper: the 版 in parentheses, the access date the highlight's day.
    expect(text).toMatch(/李明\. 第二篇\[N\/OL\]\. 人民日报, 2024-05-01\(1\)\[2024-05-03\]\. https:\/\/paper\.example\.cn/);
  });

  it('cites the page itself, note kept, when the highlight has no stored article', async () => {
    const h = highlight({ articleId: `${PAGE}#item-2` });
    await db.annotations.put(h);
    const text = await cite('h1');
    expect(text).toBe(`“乡村振兴”\n\n值得一读\n\n${await reference(pageArticle(h), 'gbt7714-2015', h)}`);
    expect(text).toContain(h.pageTitle);
  });

  it('uses the reader’s style', async () => {
    const a = article(1, 'Village revival');
    await db.articles.put(a);
    await db.annotations.put(highlight({ articleId: a.id, note: '' }));
    storage.set('settings', { ...DEFAULT_SETTINGS, citationStyle: 'apa' });
    const text = await cite('h1');
    expect(text).toBe(`“乡村振兴”\n\n李明. (2024, May 1). Village revival. 人民日报, 1. ${PAGE}`);
  });

  it('cites in the default style, and says so, when the reader’s stored style cannot be built or prints nothing', async () => {
    const a = article(1, 'Village revival');
    await db.articles.put(a);
    const h = highlight({ articleId: a.id, note: '' });
    await db.annotations.put(h);
    const expected = `“乡村振兴”\n\n${await reference(a, 'gbt7714-2015', h)}`;
    const cases: [string, string, RegExp][] = [
      ['Unbuildable', UNBUILDABLE_STYLE, /Undefined node name "bogus"/],
      ['Unprintable', UNPRINTABLE_STYLE, /^\[CSL STYLE ERROR: reference with no printed form\.\]$/],
    ];
    for (const [title, xml, said] of cases) {
      const own = customStyle(title, xml);
      storage.set('citationStyles', [own]);
      storage.set('settings', { ...DEFAULT_SETTINGS, citationStyle: own.id });
      const reply = await citeReply('h1');
      expect(reply.text, title).toBe(expected);
      expect(reply.fallback, title).toMatchObject({ style: own.id, title, usedStyle: 'gbt7714-2015' });
      expect(reply.fallback!.engineMessage, title).toMatch(said);
    }
    // A working own style is used, with no fallback.
    const mla = customStyle('MLA', (await import('node:fs')).readFileSync('csl/styles/modern-language-association.csl', 'utf8'));
    storage.set('citationStyles', [mla]);
    storage.set('settings', { ...DEFAULT_SETTINGS, citationStyle: mla.id });
    const fine = await citeReply('h1');
    expect(fine.fallback).toBeUndefined();
    expect(fine.text).toMatch(/^“乡村振兴”\n\n李明\. “Village Revival\.” 人民日报, 1 May 2024/);
  });
});

/** The PDF reader's messages: an extension page in a tab (the router's `embeddedIn`). */
describe('the PDF reader: ui-bg:cite-pdf-highlight and ui-bg:report-pdf-anchoring', () => {
  const PDF = 'urn:x-pdf:23e450e8d6148016a7718ceb95c4025a';
  const reader: SenderInfo = { isExtensionPage: true, embeddedIn: { tabId: 7, frameId: 0 } };
  const call = async (type: string, payload: unknown) => route(createHandlers(db, host), { type, payload }, reader);

  it('cites a PDF highlight’s item with the paper, date and 版次 (no URL: the urn is no address)', async () => {
    const item: ArticleRecord = { ...article(4, '“最美石油红”守护碧水蓝天'), id: `${PDF}#item-4`, url: PDF, publication: '荆州日报', date: '2022-03-31', page: '02' };
    await db.articles.put(item);
    await db.annotations.put(highlight({ pageUrl: PDF, articleId: item.id, exact: '废弃井在哪里' }));
    const reply = await call('ui-bg:cite-pdf-highlight', { id: 'h1' });
    expect(reply.ok).toBe(true);
    const { text } = (reply as { value: { text: string } }).value;
    expect(text).toMatch(/^“废弃井在哪里”\n\n值得一读\n\n李明\. “最美石油红”守护碧水蓝天\[N\]\. 荆州日报, 2022-03-31\(2\)\.$/u);
  });

  it('refuses to cite a web page’s highlight through the PDF message', async () => {
    await db.annotations.put(highlight({}));
    const reply = await call('ui-bg:cite-pdf-highlight', { id: 'h1' });
    expect(reply.ok).toBe(false);
  });

  it('stores anchored and orphan states and puts the orphan count on the reader tab’s badge', async () => {
    const browser = (await import('webextension-polyfill')).default as unknown as { action: { setBadgeText: ReturnType<typeof vi.fn> } };
    await db.annotations.bulkPut([highlight({ id: 'a', pageUrl: PDF }), highlight({ id: 'b', pageUrl: PDF }), highlight({ id: 'c', pageUrl: PAGE })]);
    const reply = await call('ui-bg:report-pdf-anchoring', { pageUrl: PDF, results: [{ id: 'a', status: 'anchored' }, { id: 'b', status: 'orphan' }, { id: 'c', status: 'orphan' }] });
    expect(reply).toEqual({ ok: true, value: { orphans: 1 } });
    expect((await db.annotations.get('b'))?.status).toBe('orphan');
    // Another page's highlight is not touched through a PDF's report.
    expect((await db.annotations.get('c'))?.status).toBe('anchored');
    expect(browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '1' });
    expect((await call('ui-bg:report-pdf-anchoring', { pageUrl: PAGE, results: [] })).ok).toBe(false);
  });
});

/**
 * Creating a highlight from a selection: what is sent to the background (page title, no article
 * guess of the page's own) and what happens to a selection too long to store.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import type { ArticleRecord } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import type { PageArticle } from '../../../src/content/annotator/page-article';
import { PageHighlights } from '../../../src/content/annotator/page-highlights';
import { readerMessage } from '../../../src/content/annotator/error-text';
import { QUOTE_LIMIT, SelectionTooLong } from '../../../src/content/annotator/selection-too-long';
import { MAX_QUOTE_CHARS } from '../../../src/messages';

const PAGE = 'https://paper.example.cn/html/2024-05/01/content_1.htm';

function article(id: string, title: string): ArticleRecord {
  return { id, url: PAGE, title, authors: [], bodyText: '', sentences: [], sources: {}, createdAt: 1, updatedAt: 1 };
}

/** The highlight payloads the background was asked to save; each save succeeds. */
const saves: Record<string, unknown>[] = [];

beforeEach(() => {
  saves.length = 0;
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: { type: string; payload: { highlight: Record<string, unknown> } }) => {
    if (message.type !== 'cs-bg:save-highlight') return { ok: false, error: { code: 'Internal', detail: message.type } };
    saves.push(message.payload.highlight);
    return { ok: true, value: { note: '', tags: [], tokens: [], status: 'anchored', createdAt: 1, updatedAt: 1, ...message.payload.highlight } };
  });
  document.title = '人民日报 2024年05月01日 第01版';
  document.body.innerHTML = '<p id="p">乡村振兴战略全面推进，农业农村现代化迈出新步伐。</p>';
});

afterEach(() => {
  document.body.innerHTML = '';
});

function pageWith(articles: ArticleRecord[]): PageHighlights {
  const detection = { ensure: async () => articles } as unknown as PageArticle;
  return new PageHighlights(document, DEFAULT_SETTINGS, detection, PAGE);
}

function firstWords(): Range {
  const range = document.createRange();
  range.setStart(document.getElementById('p')!.firstChild!, 0);
  range.setEnd(document.getElementById('p')!.firstChild!, 4);
  return range;
}

describe('PageHighlights.create', () => {
  it('titles a highlight on a page of several items with the document title, not item 1', async () => {
    await pageWith([article(`${PAGE}#item-1`, '第一篇'), article(`${PAGE}#item-2`, '第二篇')]).create(firstWords(), 'yellow');
    expect(saves[0].pageTitle).toBe('人民日报 2024年05月01日 第01版');
  });

  it('titles a highlight on a one-article page with the article title', async () => {
    await pageWith([article(PAGE, '乡村振兴战略全面推进')]).create(firstWords(), 'yellow');
    expect(saves[0].pageTitle).toBe('乡村振兴战略全面推进');
  });

  it('leaves the choice of article to the background', async () => {
    await pageWith([article(PAGE, '乡村振兴战略全面推进')]).create(firstWords(), 'yellow');
    expect(saves[0]).not.toHaveProperty('articleId');
    expect(saves[0].exact).toBe('乡村振兴');
  });

  it('paints the new highlight at once', async () => {
    await pageWith([]).create(firstWords(), 'yellow');
    expect(document.querySelector('jb-mark')).not.toBeNull();
  });

  it('refuses quotes at the limit of the background schema', () => {
    expect(QUOTE_LIMIT).toBe(MAX_QUOTE_CHARS);
  });

  it('refuses a selection longer than a stored quote before painting, with a sentence of its own', async () => {
    document.body.innerHTML = `<p id="long">${'长'.repeat(MAX_QUOTE_CHARS + 1)}</p>`;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('long')!);
    const refusal = await pageWith([]).create(range, 'yellow').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SelectionTooLong);
    expect(document.querySelector('jb-mark')).toBeNull();
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    expect(readerMessage(refusal)).toBe(fakeBrowser.i18n.getMessage('selectionTooLong', '20,000'));
    expect(readerMessage(refusal)).toContain('20,000');
  });

  it('still takes a selection of exactly the limit', async () => {
    document.body.innerHTML = `<p id="long">${'长'.repeat(MAX_QUOTE_CHARS)}</p>`;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('long')!);
    await pageWith([]).create(range, 'yellow');
    expect((saves[0].exact as string).length).toBe(MAX_QUOTE_CHARS);
  });

  it('gives the record of a highlight clicked while its save is on its way once the save answers', async () => {
    let answer: (value: unknown) => void = () => undefined;
    fakeBrowser.runtime.sendMessage.mockImplementation(
      (message: { payload: { highlight: Record<string, unknown> } }) =>
        new Promise((resolve) => {
          answer = () => resolve({ ok: true, value: { note: '', tags: [], tokens: [], status: 'anchored', createdAt: 1, updatedAt: 1, ...message.payload.highlight } });
        }),
    );
    const page = pageWith([]);
    const creating = page.create(firstWords(), 'yellow');
    await vi.waitFor(() => expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalled());
    const id = (fakeBrowser.runtime.sendMessage.mock.calls[0][0] as { payload: { highlight: { id: string } } }).payload.highlight.id;
    // Painted, not yet stored: the plain lookup has nothing, the settled one waits.
    expect(page.record(id)).toBeUndefined();
    const settled = page.settledRecord(id);
    answer(undefined);
    expect((await settled)?.exact).toBe('乡村振兴');
    await creating;
  });

  it('gives nothing for a highlight whose save failed', async () => {
    fakeBrowser.runtime.sendMessage.mockImplementation(async () => ({ ok: false, error: { code: 'Internal', detail: 'disk full' } }));
    const page = pageWith([]);
    const creating = page.create(firstWords(), 'yellow').catch(() => 'failed');
    const id = await vi.waitFor(() => {
      const call = fakeBrowser.runtime.sendMessage.mock.calls[0];
      if (!call) throw new Error('not sent yet');
      return (call[0] as { payload: { highlight: { id: string } } }).payload.highlight.id;
    });
    expect(await page.settledRecord(id)).toBeUndefined();
    expect(await creating).toBe('failed');
  });
});

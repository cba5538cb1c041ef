/**
 * "Copy with citation" in the highlight menu: the annotator asks the background for the
 * highlight's cited text (cs-bg:cite-highlight; the engine and the article choice live there,
 * tests/unit/background/cite-highlight.test.ts) as soon as the menu opens, after the page's
 * article is detected, and writes exactly that text on the click. Here the background is a
 * fake that answers that one message.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import type { ArticleRecord, Highlight } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import type { UiHost } from '../../../src/dom/ui/ui-host';
import type { PageArticle } from '../../../src/content/annotator/page-article';
import type { PageHighlights } from '../../../src/content/annotator/page-highlights';
import { Panels } from '../../../src/content/annotator/panels';

const PAGE = 'https://paper.example.cn/html/2024-05/01/content_1.htm';

function article(n: number, title: string): ArticleRecord {
  return { id: `${PAGE}#item-${n}`, url: PAGE, title, authors: [], bodyText: '', sentences: [], sources: {}, createdAt: 1, updatedAt: 1 };
}

function highlight(changes: Partial<Highlight>): Highlight {
  return {
    id: 'h1',
    pageUrl: PAGE,
    pageTitle: '人民日报 2024年05月01日 第01版',
    exact: '乡村振兴',
    selectors: [],
    color: 'yellow',
    note: '值得一读',
    tags: [],
    tokens: [],
    status: 'anchored',
    createdAt: Date.UTC(2024, 4, 1),
    updatedAt: Date.UTC(2024, 4, 1),
    ...changes,
  };
}

/** What happened, in order: detection, messages sent, clipboard writes. */
const events: string[] = [];

/** Opens the menu of `record` on a page whose detection yields `articles`, clicks copy, returns the copied text. */
async function copy(record: Highlight, articles: () => Promise<ArticleRecord[]>, click = true): Promise<string | undefined> {
  let panel: HTMLElement | undefined;
  const ui = { show: (p: HTMLElement) => (panel = p), hide: () => undefined, contains: () => false } as unknown as UiHost;
  const highlights = { pageUrl: PAGE, record: () => record, settledRecord: async () => record } as unknown as PageHighlights;
  const pageArticleStub = { ensure: () => (events.push('detect'), articles()) } as unknown as PageArticle;
  const writeText = vi.fn(async (text: string) => void events.push(`write ${text}`));
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
  const panels = new Panels(document, ui, highlights, pageArticleStub, () => DEFAULT_SETTINGS);
  await panels.openHighlightMenu(record.id, 0, 0);
  if (!click) return undefined;
  const label = fakeBrowser.i18n.getMessage('copyWithCitation');
  panel!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
  await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
  return writeText.mock.calls[0][0];
}

describe('copy with citation', () => {
  beforeEach(() => {
    events.length = 0;
    fakeBrowser.runtime.sendMessage.mockReset();
    fakeBrowser.runtime.sendMessage.mockImplementation(async (message: { type: string; payload: { id: string } }) => {
      events.push(`${message.type} ${message.payload.id}`);
      return message.type === 'cs-bg:cite-highlight' ? { ok: true, value: { text: `cited ${message.payload.id}` } } : undefined;
    });
  });

  it('asks for the citation as the menu opens, after detection, and copies the background’s text on the click', async () => {
    const record = highlight({ articleId: `${PAGE}#item-2` });
    await copy(record, async () => [article(1, '第一篇'), article(2, '第二篇')], false);
    await vi.waitFor(() => expect(events).toEqual(['detect', 'cs-bg:cite-highlight h1']));
    const text = await copy(record, async () => [article(1, '第一篇')]);
    expect(text).toBe('cited h1');
  });

  it('still asks (the background then cites the page) when article detection fails', async () => {
    const text = await copy(highlight({}), () => Promise.reject(new Error('background gone')));
    expect(text).toBe('cited h1');
    expect(events).toEqual(['detect', 'cs-bg:cite-highlight h1', 'write cited h1']);
  });

  it('shows the error instead of copying when the background cannot cite', async () => {
    fakeBrowser.runtime.sendMessage.mockImplementation(async () => ({ ok: false, error: { code: 'HighlightNotFound', detail: 'gone' } }));
    let panel: HTMLElement | undefined;
    const shown: HTMLElement[] = [];
    const ui = { show: (p: HTMLElement) => (shown.push(p), (panel = p)), hide: () => undefined, contains: () => false } as unknown as UiHost;
    const record = highlight({});
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const panels = new Panels(document, ui, { pageUrl: PAGE, record: () => record, settledRecord: async () => record } as unknown as PageHighlights, { ensure: async () => [] } as unknown as PageArticle, () => DEFAULT_SETTINGS);
    await panels.openHighlightMenu('h1', 0, 0);
    panel!.querySelector<HTMLButtonElement>(`button[aria-label="${fakeBrowser.i18n.getMessage('copyWithCitation')}"]`)!.click();
    await vi.waitFor(() => expect(shown).toHaveLength(2));
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies and then says so when the reader’s style could not be used', async () => {
    const fallback = { style: 'custom:0badc0de', title: 'My broken style', engineMessage: 'citeproc-js error: Undefined node name "bogus".', usedStyle: 'gbt7714-2015' };
    fakeBrowser.runtime.sendMessage.mockImplementation(async () => ({ ok: true, value: { text: 'cited in GB/T', fallback } }));
    const shown: HTMLElement[] = [];
    const ui = { show: (p: HTMLElement) => void shown.push(p), hide: () => undefined, contains: () => false } as unknown as UiHost;
    const record = highlight({});
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const panels = new Panels(document, ui, { pageUrl: PAGE, record: () => record, settledRecord: async () => record } as unknown as PageHighlights, { ensure: async () => [] } as unknown as PageArticle, () => DEFAULT_SETTINGS);
    await panels.openHighlightMenu('h1', 0, 0);
    shown[0].querySelector<HTMLButtonElement>(`button[aria-label="${fakeBrowser.i18n.getMessage('copyWithCitation')}"]`)!.click();
    await vi.waitFor(() => expect(shown).toHaveLength(2));
    expect(writeText).toHaveBeenCalledWith('cited in GB/T');
    expect(shown[1].getAttribute('role')).toBe('status');
    expect(shown[1].textContent).toBe(
      'Your citation style “My broken style” could not be used (the citation engine said: citeproc-js error: Undefined node name "bogus".), so this is cited in GB/T 7714-2015 instead; choose another style in Options.',
    );
  });
});


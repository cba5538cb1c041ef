/**
 * "Copy with citation" in the highlight menu: the highlight's own article is cited (on a page
 * with several items, never simply the first), and without one the page itself is cited, note
 * included, the way the popup does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { copyWithCitation } from '../../../src/core/export/format-citation';
import { pageArticle } from '../../../src/core/export/export-bundle';
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

/** Opens the menu of `record` on a page whose detection yields `articles`, clicks copy, returns the copied text. */
async function copy(record: Highlight, articles: Promise<ArticleRecord[]>): Promise<string> {
  let panel: HTMLElement | undefined;
  const ui = { show: (p: HTMLElement) => (panel = p), hide: () => undefined, contains: () => false } as unknown as UiHost;
  const highlights = { pageUrl: PAGE, record: () => record } as unknown as PageHighlights;
  const pageArticleStub = { ensure: () => articles } as unknown as PageArticle;
  const writeText = vi.fn(async (_text: string) => undefined);
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
  const panels = new Panels(document, ui, highlights, pageArticleStub, () => DEFAULT_SETTINGS);
  panels.openHighlightMenu(record.id, 0, 0);
  const label = fakeBrowser.i18n.getMessage('copyWithCitation');
  panel!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
  await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
  return writeText.mock.calls[0][0];
}

describe('copy with citation', () => {
  beforeEach(() => fakeBrowser.runtime.sendMessage.mockReset());

  it('cites the highlight’s own item on a page with several items', async () => {
    const items = [article(1, '第一篇'), article(2, '第二篇')];
    const text = await copy(highlight({ articleId: items[1].id }), Promise.resolve(items));
    expect(text).toContain('第二篇');
    expect(text).not.toContain('第一篇');
    expect(text).toBe(copyWithCitation(highlight({ articleId: items[1].id }), items[1], 'gbt7714-2015'));
  });

  it('cites the page, with the note, when the highlight has no article of its own', async () => {
    const record = highlight({});
    const text = await copy(record, Promise.resolve([article(1, '第一篇'), article(2, '第二篇')]));
    expect(text).not.toContain('第一篇');
    expect(text).toBe(copyWithCitation(record, pageArticle(record), 'gbt7714-2015'));
    expect(text).toContain('值得一读');
    expect(text).toContain(record.pageTitle);
  });

  it('still copies with the page citation when article detection fails', async () => {
    const record = highlight({ articleId: `${PAGE}#item-2` });
    const text = await copy(record, Promise.reject(new Error('background gone')));
    expect(text).toBe(copyWithCitation(record, pageArticle(record), 'gbt7714-2015'));
  });
});

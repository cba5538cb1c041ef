import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings/default-settings';
import { fakeBrowser, uiState } from './fake-browser';
import { makeArticle, makeHighlight, seed } from './seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { PageView } = await import('../../popup/page-view');
const { AllNotesView } = await import('../../popup/all-notes-view');
const { colorName } = await import('../../popup/palette-colors');
const { openDb } = await import('../../src/background/db/database');
const { importPlan } = await import('../../src/background/services/import-service');
const { buildSearchIndex } = await import('../../src/background/services/search-index-backlog');

const PAGE = 'https://paper.example.cn/a.htm';

function pageState(highlights: ReturnType<typeof makeHighlight>[], articles: ReturnType<typeof makeArticle>[]) {
  return {
    status: 'ready' as const,
    tabId: 7,
    page: { pageUrl: PAGE, title: 'Page title', articleIds: articles.map((a) => a.id) },
    highlights,
    articles: new Map(articles.map((a) => [a.id, a])),
    skipped: 0,
  };
}

beforeEach(() => {
  uiState.language = 'en';
  fakeBrowser.runtime.sendMessage.mockReset();
});
afterEach(cleanup);

describe('PageView', () => {
  it('groups highlights under each article of a multi-article page, with headline, byline and date', () => {
    const articles = [
      makeArticle(`${PAGE}#item-1`, '第一篇', { date: '2022-03-31', authors: [{ name: '王子瑶', role: 'reporter' }], publication: '荆州日报' }),
      makeArticle(`${PAGE}#item-2`, '第二篇'),
    ];
    const highlights = [
      makeHighlight('h1', '甲', { articleId: `${PAGE}#item-1` }),
      makeHighlight('h2', '乙', { articleId: `${PAGE}#item-2` }),
      makeHighlight('h3', '丙', { articleId: `${PAGE}#item-1`, createdAt: 1_700_000_000_001 }),
    ];
    const { container } = render(<PageView state={pageState(highlights, articles)} settings={DEFAULT_SETTINGS} notify={() => {}} reload={() => {}} />);
    const groups = [...container.querySelectorAll('.article-group')];
    expect(groups.map((g) => g.querySelector('.headline')?.textContent)).toEqual(['第一篇', '第二篇']);
    expect(groups.map((g) => [...g.querySelectorAll('.quote')].map((q) => q.textContent))).toEqual([['甲', '丙'], ['乙']]);
    expect(groups[0].querySelector('.byline')?.textContent).toBe('荆州日报 · Reporter 王子瑶 · Mar 31, 2022');
  });

  it('lists orphans in their own section and asks the page to find them again', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: { repainted: 1 } });
    const reload = vi.fn();
    const notify = vi.fn();
    render(
      <PageView
        state={pageState([makeHighlight('o1', 'lost words', { status: 'orphan' }), makeHighlight('h1', 'kept words')], [])}
        settings={DEFAULT_SETTINGS}
        notify={notify}
        reload={reload}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Not found on the page (1)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Find again' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'ui-bg:find-again', payload: { tabId: 7 } });
  });

  it('deletes through the background and offers an undo that restores the same record', async () => {
    const h = makeHighlight('h1', 'to delete');
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: h });
    const notify = vi.fn();
    render(<PageView state={pageState([h], [])} settings={DEFAULT_SETTINGS} notify={notify} reload={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete highlight' }));
    await waitFor(() => expect(notify).toHaveBeenCalled());
    const notice = notify.mock.calls[0][0];
    expect(notice.text).toBe('Highlight deleted');
    notice.action.run();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenLastCalledWith({ type: 'ui-bg:restore-highlight', payload: { highlight: h } });
  });

  it('saves a note edited in place when the editor loses focus', async () => {
    const h = makeHighlight('h1', 'quote');
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: { ...h, note: 'mine' } });
    render(<PageView state={pageState([h], [])} settings={DEFAULT_SETTINGS} notify={() => {}} reload={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a note…' }));
    const editor = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.input(editor, { target: { value: 'mine' } });
    fireEvent.blur(editor, { target: { value: 'mine' } });
    await waitFor(() =>
      expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'ui-bg:update-highlight', payload: { id: 'h1', changes: { note: 'mine' } } }),
    );
  });

  it('shows a sentence, not an empty list, when the page has no highlights', () => {
    render(<PageView state={pageState([], [])} settings={DEFAULT_SETTINGS} notify={() => {}} reload={() => {}} />);
    expect(screen.getByText('No highlights on this page yet. Select text and pick a colour.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export this page' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('AllNotesView', () => {
  it('renders only the visible rows of a long list', async () => {
    await seed(Array.from({ length: 300 }, (_, i) => makeHighlight(`n${i}`, `note number ${i}`, { createdAt: 1_700_000_000_000 + i })));
    const { container } = render(<AllNotesView settings={DEFAULT_SETTINGS} notify={() => {}} />);
    await waitFor(() => expect(container.querySelector('.result-count')?.textContent).toBe('Notes: 300'));
    await waitFor(() => expect(container.querySelector('.note-row .row-quote')?.textContent).toBe('note number 299'));
    const rendered = container.querySelectorAll('.vrow').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(20);
  });

  it('shows a damaged record as skipped, says how many, and still lists and exports the rest', async () => {
    await seed([
      makeHighlight('good', 'a good note', { createdAt: 1_700_000_000_000 }),
      makeHighlight('bad', 'a bad note', { createdAt: 9e15, updatedAt: 9e15 }),
    ]);
    const { container } = render(<AllNotesView settings={DEFAULT_SETTINGS} notify={() => {}} />);
    await waitFor(() => expect(container.querySelector('.result-count')?.textContent).toBe('Notes: 2'));
    await waitFor(() => expect(container.querySelector('[data-role="skipped-row"]')?.textContent).toBe('A damaged note was skipped.'));
    expect([...container.querySelectorAll('.row-quote')].map((e) => e.textContent)).toEqual(['a good note']);
    expect(container.querySelector('.skipped-records')?.textContent).toBe('1 damaged record(s) could not be shown and were skipped.');
    expect(container.querySelector('[data-role="export-scope"]')).toBeTruthy();
  });

  it('says in Chinese how many damaged records the page view skipped', () => {
    uiState.language = 'zh_CN';
    const { container } = render(<PageView state={{ ...pageState([makeHighlight('h', 'x', { pageUrl: PAGE })], []), skipped: 2 }} settings={DEFAULT_SETTINGS} notify={() => {}} reload={() => {}} />);
    expect(container.querySelector('.skipped-records')?.textContent).toBe('有 2 条记录已损坏，无法显示，已跳过。');
  });

  it('searches Chinese text by words inside longer words and says when nothing matches', async () => {
    await seed([makeHighlight('a', '深入推进普法工作'), makeHighlight('b', '法律援助'), makeHighlight('c', 'climate')]);
    const { container } = render(<AllNotesView settings={DEFAULT_SETTINGS} notify={() => {}} initialQuery="普法" />);
    await waitFor(() => expect(container.querySelector('.result-count')?.textContent).toBe('Matching notes: 1'));
    await waitFor(() => expect([...container.querySelectorAll('.row-quote')].map((e) => e.textContent)).toEqual(['深入推进普法工作']));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '没有这个词' } });
    await waitFor(() => expect(screen.getByText('No notes match. Try fewer words or clear a filter.')).toBeTruthy());
  });

  it('says a search may miss restored records the search index has not reached yet, and lists them unfiltered', async () => {
    await seed([makeHighlight('a', 'harbour budget')]);
    const db = openDb();
    // A restore wrote this one without its index entries; the second pass has not reached it.
    await importPlan(db, { source: 'jianbao-backup', articles: [], highlights: [makeHighlight('r', 'harbour lights')], warnings: [] }, undefined, {
      deferSearchIndex: true,
    });
    const { container } = render(<AllNotesView settings={DEFAULT_SETTINGS} notify={() => {}} initialQuery="harbour" />);
    await waitFor(() => expect(container.querySelector('.result-count')?.textContent).toBe('Matching notes: 1'));
    await waitFor(() => expect(container.querySelector('.unindexed')?.textContent).toBe('1 restored record(s) are still being indexed and are not in this result yet.'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    await waitFor(() => expect(container.querySelector('.result-count')?.textContent).toBe('Notes: 2'));
    expect(container.querySelector('.unindexed')).toBeNull();
    await buildSearchIndex(db);
    cleanup();
    const again = render(<AllNotesView settings={DEFAULT_SETTINGS} notify={() => {}} initialQuery="harbour" />);
    await waitFor(() => expect(again.container.querySelector('.result-count')?.textContent).toBe('Matching notes: 2'));
    expect(again.container.querySelector('.unindexed')).toBeNull();
    await db.indexBacklog.clear();
  });
});

describe('AllNotesView in the popup window', () => {
  /** jsdom has no layout: the page around the list is `others` px tall, the list as tall as its style says. */
  function layout(others: number) {
    const list = () => document.querySelector<HTMLElement>('.vlist');
    const height = () => parseFloat(list()?.style.height ?? '0') || 0;
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => others + height() });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get(this: HTMLElement) { return this.classList.contains('vlist') ? height() : 0; } });
  }
  afterEach(() => {
    delete (document.documentElement as unknown as Record<string, unknown>).scrollHeight;
    delete (HTMLElement.prototype as unknown as Record<string, unknown>).offsetHeight;
  });

  it('gives the list the height the popup has left (580 px in all), not a fixed box', async () => {
    layout(200);
    await seed(Array.from({ length: 100 }, (_, i) => makeHighlight(`n${i}`, `note ${i}`, { createdAt: 1_700_000_000_000 + i })));
    const { container } = render(<AllNotesView settings={DEFAULT_SETTINGS} notify={() => {}} />);
    await waitFor(() => expect(container.querySelector<HTMLElement>('.vlist')?.style.height).toBe('380px'));
    cleanup();
    // Few notes: the list is as tall as its rows, no inner scroll bar.
    await seed(Array.from({ length: 3 }, (_, i) => makeHighlight(`m${i}`, `note ${i}`, { createdAt: 1_700_000_000_000 + i })));
    const few = render(<AllNotesView settings={DEFAULT_SETTINGS} notify={() => {}} />);
    await waitFor(() => expect(few.container.querySelector<HTMLElement>('.vlist')?.style.height).toBe('192px'));
  });

  it('opens a note in the clipping book at its highlight, in Chinese text marks Latin runs and keeps dates whole', async () => {
    uiState.language = 'zh_CN';
    document.documentElement.lang = 'zh-CN';
    await seed([makeHighlight('h1', '市委书记We’d见面 2019年11月18日', { articleId: `${PAGE}#item-2`, createdAt: 1_700_000_000_000 }), makeHighlight('h2', '无文章', { createdAt: 1_600_000_000_000 })]);
    fakeBrowser.tabs.create.mockClear();
    // The popup closes itself after opening a tab (Firefox keeps it open otherwise); jsdom must not.
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const { container } = render(<AllNotesView settings={DEFAULT_SETTINGS} notify={() => {}} />);
    await waitFor(() => expect(container.querySelectorAll('.note-row[data-id]')).toHaveLength(2));
    const row = container.querySelector('.note-row[data-id="h1"]')!;
    expect(row.querySelector('.row-quote [lang="en"]')?.textContent).toBe('We’d');
    expect(row.querySelector('.row-quote .nowrap')?.textContent).toBe('2019年11月18日');
    // A highlight without an article has no clipping to open.
    expect(container.querySelector('.note-row[data-id="h2"] [data-action="open-in-book"]')).toBeNull();
    const button = row.querySelector<HTMLButtonElement>('[data-action="open-in-book"]')!;
    expect(button.title).toBe('在剪报本中打开');
    fireEvent.click(button);
    await waitFor(() => expect(fakeBrowser.tabs.create).toHaveBeenCalledTimes(1));
    const url = new URL((fakeBrowser.tabs.create.mock.calls[0] as unknown as [{ url: string }])[0].url);
    expect(url.pathname.endsWith('/clippings/clippings.html')).toBe(true);
    expect(Object.fromEntries(new URLSearchParams(url.hash.slice(1)))).toEqual({ clip: `${PAGE}#item-2`, hl: 'h1' });
    expect(close).toHaveBeenCalled();
    close.mockRestore();
    document.documentElement.lang = '';
  });
});

describe('palette colour names', () => {
  it('translates the default names and keeps a name the reader chose', () => {
    uiState.language = 'zh_CN';
    expect(colorName({ key: 'yellow', name: 'Yellow', value: '#ffe066' })).toBe('黄色');
    expect(colorName({ key: 'yellow', name: '重点', value: '#ffe066' })).toBe('重点');
    expect(colorName({ key: 'custom-1', name: 'Lilac', value: '#d0bfff' })).toBe('Lilac');
  });
});

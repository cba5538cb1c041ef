import 'fake-indexeddb/auto';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';
import { makeArticle, makeHighlight, seed } from './seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { usePageHighlights } = await import('../../popup/use-page-highlights');

const PAGE = 'https://paper.example.cn/a.htm';

function Probe() {
  const { state } = usePageHighlights();
  if (state.status !== 'ready') return <p data-status={state.status} />;
  return (
    <p data-status="ready" data-page={state.page.pageUrl} data-articles={[...state.articles.keys()].join(',')} data-skipped={state.skipped}>
      {state.highlights.map((h) => h.exact).join('|')}
    </p>
  );
}

/** A page-info answer the test releases when it wants. */
function deferredPageInfo() {
  let release!: (value: unknown) => void;
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockReturnValue(new Promise((resolve) => (release = resolve)));
  return release;
}

afterEach(cleanup);

describe('usePageHighlights', () => {
  it('shows the highlights under the tab address before the content script answers, then its articles', async () => {
    await seed([makeHighlight('h1', '普法工作', { pageUrl: PAGE, articleId: 'art' })]);
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 7, url: `${PAGE}?utm_source=feed`, title: 'Tab title' }]);
    const release = deferredPageInfo();
    const { container } = render(<Probe />);
    await waitFor(() => expect(container.querySelector('p')?.textContent).toBe('普法工作'));
    expect(container.querySelector('p')?.dataset.articles).toBe('');

    // Detection saved the article meanwhile; the answer names it and the popup reads it.
    await openArticle();
    release({ ok: true, value: { pageUrl: PAGE, title: 'Page', articleIds: ['art'] } });
    await waitFor(() => expect(container.querySelector('p')?.dataset.articles).toBe('art'));
    expect(container.querySelector('p')?.textContent).toBe('普法工作');
  });

  it('leaves out a damaged record (timestamp past the Date range) and counts it', async () => {
    await seed([
      makeHighlight('h1', 'good one', { pageUrl: PAGE, createdAt: 1_700_000_000_000 }),
      makeHighlight('h2', 'broken date', { pageUrl: PAGE, createdAt: 9e15 }),
      makeHighlight('h3', 'broken range', { pageUrl: PAGE, createdAt: 1_700_000_000_001, sentenceRange: [1, 2, 3] as unknown as [number, number] }),
    ]);
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 7, url: PAGE, title: 'Tab title' }]);
    const release = deferredPageInfo();
    const { container } = render(<Probe />);
    release({ ok: true, value: { pageUrl: PAGE, title: 'Page', articleIds: [] } });
    await waitFor(() => expect(container.querySelector('p')?.dataset.skipped).toBe('2'));
    expect(container.querySelector('p')?.textContent).toBe('good one');
  });

  it('leaves out a damaged article record (its note stays, under the fallback heading) and counts it', async () => {
    await seed([
      makeHighlight('h1', 'kept note', { pageUrl: PAGE, articleId: 'bad-art' }),
      makeHighlight('h2', 'other note', { pageUrl: PAGE, articleId: 'good-art' }),
    ]);
    const { openDb } = await import('../../src/background/db/database');
    await openDb().articles.bulkPut([
      { ...makeArticle('bad-art', 'Broken'), createdAt: 9e15 },
      { ...makeArticle('good-art', 'Fine'), bodyText: 'Fine body', sentences: [{ start: 0, end: 4 }] },
      { ...makeArticle('bad-spans', 'Broken spans'), url: PAGE, sentences: [{ start: 5, end: 2 }] },
    ]);
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 7, url: PAGE, title: 'Tab title' }]);
    const release = deferredPageInfo();
    const { container } = render(<Probe />);
    release({ ok: true, value: { pageUrl: PAGE, title: 'Page', articleIds: [] } });
    await waitFor(() => expect(container.querySelector('p')?.dataset.skipped).toBe('2'));
    expect(container.querySelector('p')?.textContent).toBe('kept note|other note');
    expect(container.querySelector('p')?.dataset.articles).toBe('good-art');
  });

  it('reads again under the page key the content script gives when it differs from the address', async () => {
    const canonical = 'https://paper.example.cn/canonical.htm';
    await seed([makeHighlight('h1', 'on the address', { pageUrl: PAGE }), makeHighlight('h2', 'on the canonical page', { pageUrl: canonical })]);
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 7, url: PAGE, title: 'Tab title' }]);
    const release = deferredPageInfo();
    const { container } = render(<Probe />);
    await waitFor(() => expect(container.querySelector('p')?.textContent).toBe('on the address'));
    release({ ok: true, value: { pageUrl: canonical, title: 'Page', articleIds: [] } });
    await waitFor(() => expect(container.querySelector('p')?.dataset.page).toBe(canonical));
    expect(container.querySelector('p')?.textContent).toBe('on the canonical page');
  });

  it('reports the error when the content script cannot run, even after showing highlights', async () => {
    await seed([makeHighlight('h1', 'quote', { pageUrl: PAGE })]);
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 7, url: PAGE, title: 'Tab title' }]);
    const release = deferredPageInfo();
    const { container } = render(<Probe />);
    await waitFor(() => expect(container.querySelector('p')?.textContent).toBe('quote'));
    release({ ok: false, error: { code: 'NoContentScript', detail: 'Jianbao cannot run on this page.' } });
    await waitFor(() => expect(container.querySelector('p')?.dataset.status).toBe('error'));
  });
});

async function openArticle(): Promise<void> {
  const { openDb } = await import('../../src/background/db/database');
  await openDb().articles.put(makeArticle('art', '普法'));
}

describe('activeTab', () => {
  it('takes the id, address and title from one tabs.query for the popup of the active tab', async () => {
    const { activeTab } = await import('../../popup/active-tab');
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 3, url: PAGE, title: 'T' }]);
    expect(await activeTab('')).toEqual({ id: 3, url: PAGE, title: 'T' });
    fakeBrowser.tabs.query.mockResolvedValue([]);
    expect(await activeTab('')).toBeUndefined();
  });

  it('looks up the tab named by ?tab=N, and keeps the id when the tab cannot be read', async () => {
    const { activeTab } = await import('../../popup/active-tab');
    fakeBrowser.tabs.get.mockResolvedValue({ id: 12, url: PAGE, title: 'T' });
    expect(await activeTab('?tab=12')).toEqual({ id: 12, url: PAGE, title: 'T' });
    fakeBrowser.tabs.get.mockRejectedValue(new Error('No tab with id: 12'));
    expect(await activeTab('?tab=12')).toEqual({ id: 12, url: undefined, title: undefined });
  });
});

/**
 * A popup edit repaints one highlight on the open page: applyStored / applyRemoved touch the
 * changed highlight only, without asking the background for the list or building a text model
 * for the others (the wrapper fallback paints in jsdom, so the DOM shows exactly what changed).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import type { Highlight } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import type { PageArticle } from '../../../src/content/annotator/page-article';
import { PageHighlights } from '../../../src/content/annotator/page-highlights';

const PAGE = 'https://news.example/a';

const highlight = (id: string, exact: string, color = 'yellow'): Highlight => ({
  id, pageUrl: PAGE, pageTitle: 'A', exact, color, note: '', tags: [], tokens: [], status: 'anchored', createdAt: 1, updatedAt: 1,
  selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
});

const stored = [highlight('h1', 'first sentence'), highlight('h2', 'second sentence'), highlight('h3', 'third sentence')];

let page: PageHighlights;
beforeEach(async () => {
  document.body.innerHTML = '<p>The first sentence. The second sentence. The third sentence.</p>';
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: { type: string }) => {
    if (message.type === 'cs-bg:list-page-highlights') return { ok: true, value: stored };
    if (message.type === 'cs-bg:report-anchoring') return { ok: true, value: { orphans: 0 } };
    return { ok: false, error: { code: 'Internal', detail: message.type } };
  });
  page = new PageHighlights(document, DEFAULT_SETTINGS, { ensure: async () => [] } as unknown as PageArticle, PAGE);
  await page.restore();
  fakeBrowser.runtime.sendMessage.mockClear();
});
afterEach(() => {
  document.body.innerHTML = '';
});

const marks = () => [...document.querySelectorAll('jb-mark')].map((m) => `${m.textContent}:${m.getAttribute('data-jb-color')}`);

describe('targeted repaint', () => {
  it('recolours the edited highlight and leaves the others and the background alone', () => {
    expect(page.applyStored({ ...stored[1], color: 'green', note: 'new note' })).toBe(1);
    expect(marks()).toEqual(['first sentence:yellow', 'second sentence:green', 'third sentence:yellow']);
    expect(page.record('h2')?.note).toBe('new note');
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('removes the deleted highlight only, and paints it again when it is put back', () => {
    expect(page.applyRemoved('h2', PAGE)).toBe(1);
    expect(marks()).toEqual(['first sentence:yellow', 'third sentence:yellow']);
    expect(page.record('h2')).toBeUndefined();
    expect(page.applyStored(stored[1])).toBe(1);
    expect(marks()).toEqual(['first sentence:yellow', 'second sentence:yellow', 'third sentence:yellow']);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('ignores a change of another page', () => {
    expect(page.applyStored({ ...stored[0], pageUrl: 'https://news.example/b', color: 'green' })).toBe(0);
    expect(page.applyRemoved('h1', 'https://news.example/b')).toBe(0);
    expect(marks()).toEqual(['first sentence:yellow', 'second sentence:yellow', 'third sentence:yellow']);
  });
});

/**
 * The page watcher re-anchors when the page changes, not when we do: every DOM write of the
 * painter (the <jb-mark> wrapping jsdom uses) is announced and dropped, whatever caused it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import type { Highlight } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import type { PageArticle } from '../../../src/content/annotator/page-article';
import { PageHighlights } from '../../../src/content/annotator/page-highlights';
import { watchPage, type PageWatcher } from '../../../src/content/annotator/watch-page';

const PAGE = 'https://paper.example.cn/html/2024-05/01/content_1.htm';

/** The stored highlights, as the background would keep them. */
const stored = new Map<string, Highlight>();

function answer(message: { type: string; payload: Record<string, unknown> }): unknown {
  const p = message.payload as { id: string; changes: Partial<Highlight>; highlight: Highlight };
  switch (message.type) {
    case 'cs-bg:save-highlight': {
      // The annotator sends the new highlight's own fields; the background adds the rest.
      const saved: Highlight = { ...p.highlight, note: p.highlight.note ?? '', tags: p.highlight.tags ?? [], tokens: [], status: 'anchored', createdAt: 1, updatedAt: 1 };
      stored.set(saved.id, saved);
      return saved;
    }
    case 'cs-bg:update-highlight': {
      const updated = { ...stored.get(p.id)!, ...p.changes };
      stored.set(p.id, updated);
      return updated;
    }
    case 'cs-bg:delete-highlight': {
      const deleted = stored.get(p.id)!;
      stored.delete(p.id);
      return deleted;
    }
    case 'cs-bg:restore-highlight':
      stored.set(p.highlight.id, p.highlight);
      return p.highlight;
    case 'cs-bg:list-page-highlights':
      return [...stored.values()];
    default:
      return null;
  }
}

let highlights: PageHighlights;
let watcher: PageWatcher;
const onContentChanged = vi.fn();

beforeEach(() => {
  vi.useFakeTimers();
  stored.clear();
  onContentChanged.mockReset();
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: { type: string; payload: Record<string, unknown> }) => ({
    ok: true,
    value: answer(message),
  }));
  document.body.innerHTML = '<p id="p">乡村振兴战略全面推进，农业农村现代化迈出新步伐。</p><p id="q">Second paragraph here.</p>';
  const detection = { ensure: async () => [] } as unknown as PageArticle;
  highlights = new PageHighlights(document, DEFAULT_SETTINGS, detection, PAGE);
  watcher = watchPage(document, { onContentChanged, onNavigated: vi.fn() });
  // As the annotator wires them (src/content/annotator/index.ts).
  highlights.onDomWrite = () => watcher.discardPending();
});

afterEach(() => {
  watcher.stop();
  highlights.clear();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/** Lets queued mutation records be delivered and the watcher's debounce run out. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(2000);
}

async function created(): Promise<Highlight> {
  const text = document.getElementById('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 2);
  range.setEnd(text, 6);
  const highlight = await highlights.create(range, 'yellow');
  await settle();
  return highlight;
}

describe('watchPage with the painter announcing its writes (wrap mode)', () => {
  it('paints with <jb-mark> here, which is what writes to the DOM', async () => {
    expect(highlights.painter.mode).toBe('wrap');
    await created();
    expect(document.querySelectorAll('jb-mark').length).toBeGreaterThan(0);
    expect(onContentChanged).not.toHaveBeenCalled();
  });

  it('does not re-anchor after a colour change', async () => {
    const h = await created();
    await highlights.update(h.id, { color: 'green' });
    await settle();
    expect(document.querySelector('jb-mark')!.getAttribute('data-jb-color')).toBe('green');
    expect(onContentChanged).not.toHaveBeenCalled();
  });

  it('does not re-anchor after a removal, its undo, a restore or a clear', async () => {
    const h = await created();
    const removed = await highlights.remove(h.id);
    await settle();
    expect(document.querySelector('jb-mark')).toBeNull();
    await highlights.undoRemove(removed);
    await settle();
    expect(document.querySelector('jb-mark')).not.toBeNull();
    await highlights.restore();
    await settle();
    highlights.clear();
    await settle();
    expect(document.querySelector('jb-mark')).toBeNull();
    expect(onContentChanged).not.toHaveBeenCalled();
  });

  it('re-anchors once after a real page edit, also one inside a highlight', async () => {
    await created();
    const added = document.createElement('p');
    added.textContent = 'A late paragraph.';
    document.body.appendChild(added);
    await settle();
    expect(onContentChanged).toHaveBeenCalledTimes(1);
    (document.querySelector('jb-mark')!.firstChild as Text).data = '改写';
    await settle();
    expect(onContentChanged).toHaveBeenCalledTimes(2);
  });
});

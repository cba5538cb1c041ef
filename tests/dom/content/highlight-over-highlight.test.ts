/**
 * Highlighting a passage that is already highlighted: inside one, that highlight is edited
 * (recoloured; the note editor then opens on it); reaching past it, the highlight grows to the
 * union and the other highlights it touched join it. Never a second, stacked record.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import type { Highlight } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import type { PageArticle } from '../../../src/content/annotator/page-article';
import { PageHighlights } from '../../../src/content/annotator/page-highlights';

const PAGE = 'https://paper.example.cn/html/2024-05/01/content_1.htm';
const TEXT = '乡村振兴战略全面推进，农业农村现代化迈出新步伐。';

/** A stand-in background that keeps the page's highlights the way the real services do. */
const store = new Map<string, Highlight>();
const calls: { type: string; payload: Record<string, unknown> }[] = [];

beforeEach(() => {
  store.clear();
  calls.length = 0;
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: { type: string; payload: Record<string, any> }) => {
    calls.push(message);
    const p = message.payload;
    if (message.type === 'cs-bg:save-highlight') {
      const h = { note: '', tags: [], tokens: [], status: 'anchored', createdAt: store.size + 1, updatedAt: 1, ...p.highlight } as Highlight;
      store.set(h.id, h);
      return { ok: true, value: h };
    }
    if (message.type === 'cs-bg:update-highlight') {
      const h = { ...store.get(p.id)!, ...p.changes };
      store.set(h.id, h);
      return { ok: true, value: h };
    }
    if (message.type === 'cs-bg:extend-highlight') {
      const h = { ...store.get(p.id)!, exact: p.exact, selectors: p.selectors, color: p.color };
      store.set(h.id, h);
      for (const id of p.absorb) store.delete(id);
      return { ok: true, value: { highlight: h, removed: p.absorb } };
    }
    return { ok: false, error: { code: 'Internal', detail: message.type } };
  });
  document.body.innerHTML = `<p id="p">${TEXT}</p>`;
});

afterEach(() => {
  document.body.innerHTML = '';
});

function page(): PageHighlights {
  return new PageHighlights(document, DEFAULT_SETTINGS, { ensure: async () => [] } as unknown as PageArticle, PAGE);
}

/** A range over TEXT[start, end), whatever wrappers the painter put in. */
function rangeOf(start: number, end: number): Range {
  const walker = document.createTreeWalker(document.getElementById('p')!, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const len = node.data.length;
    if (start >= at && start <= at + len && range.startContainer === document) range.setStart(node, start - at);
    if (end >= at && end <= at + len) {
      range.setEnd(node, end - at);
      break;
    }
    at += len;
  }
  return range;
}

const painted = () => [...document.querySelectorAll('jb-mark')].map((m) => m.textContent).join('|');

describe('highlighting over a highlight', () => {
  it('inside a highlight: edits it (new colour), no second record', async () => {
    const highlights = page();
    const first = await highlights.create(rangeOf(0, 6), 'yellow');
    const again = await highlights.create(rangeOf(2, 4), 'green');
    expect(again.id).toBe(first.id);
    expect(again.color).toBe('green');
    expect(store.size).toBe(1);
    expect(calls.filter((c) => c.type === 'cs-bg:save-highlight')).toHaveLength(1);
    // The same passage and colour again changes nothing at all.
    const same = await highlights.create(rangeOf(0, 6), 'green');
    expect(same.id).toBe(first.id);
    expect(calls.map((c) => c.type)).toEqual(['cs-bg:save-highlight', 'cs-bg:update-highlight']);
    expect(highlights.all()).toHaveLength(1);
  });

  it('reaching past a highlight: extends it to the union', async () => {
    const highlights = page();
    const first = await highlights.create(rangeOf(0, 4), 'yellow');
    const grown = await highlights.create(rangeOf(2, 10), 'yellow');
    expect(grown.id).toBe(first.id);
    expect(grown.exact).toBe(TEXT.slice(0, 10));
    expect(store.size).toBe(1);
    expect(painted()).toBe(TEXT.slice(0, 10));
    expect(highlights.painter.rangeOf(first.id)?.toString()).toBe(TEXT.slice(0, 10));
  });

  it('over two highlights: the oldest grows over both, the other joins it', async () => {
    const highlights = page();
    const a = await highlights.create(rangeOf(0, 4), 'yellow');
    const b = await highlights.create(rangeOf(11, 15), 'blue');
    const joined = await highlights.create(rangeOf(3, 13), 'pink');
    expect(joined.id).toBe(a.id);
    expect(joined.exact).toBe(TEXT.slice(0, 15));
    expect(joined.color).toBe('pink');
    const extend = calls.find((c) => c.type === 'cs-bg:extend-highlight')!;
    expect(extend.payload.absorb).toEqual([b.id]);
    expect([...store.keys()]).toEqual([a.id]);
    expect(highlights.all().map((h) => h.id)).toEqual([a.id]);
    expect(painted()).toBe(TEXT.slice(0, 15));
  });

  it('next to a highlight (touching, not overlapping): a new one', async () => {
    const highlights = page();
    await highlights.create(rangeOf(0, 4), 'yellow');
    await highlights.create(rangeOf(4, 6), 'yellow');
    expect(store.size).toBe(2);
  });
});

/**
 * A save while the background sleeps or restarts (docs/architecture/save-protocol.md): it is sent
 * again with the same id, the paint stays, and the paint of a save the background stored is never
 * taken back, even when the answer never came.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { JianbaoError } from '../../../src/core/errors';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/default-settings';
import type { PageArticle } from '../../../src/content/annotator/page-article';
import { PageHighlights } from '../../../src/content/annotator/page-highlights';

const PAGE = 'https://paper.example.cn/html/2024-05/01/content_1.htm';
type Message = { type: string; payload: { highlight: Record<string, unknown> } };

/** What a background stores: the records by id, as the real one keeps them (a second save of an id is a no-op). */
const db = new Map<string, Record<string, unknown>>();
const sentIds: string[] = [];

function storing(message: Message) {
  if (message.type === 'cs-bg:save-highlight') {
    const h = message.payload.highlight;
    sentIds.push(h.id as string);
    if (!db.has(h.id as string)) db.set(h.id as string, { note: '', tags: [], tokens: [], status: 'anchored', createdAt: 1, updatedAt: 1, ...h });
    return { ok: true, value: db.get(h.id as string) };
  }
  if (message.type === 'cs-bg:list-page-highlights') return { ok: true, value: [...db.values()] };
  return { ok: false, error: { code: 'Internal', detail: message.type } };
}

beforeEach(() => {
  db.clear();
  sentIds.length = 0;
  fakeBrowser.runtime.sendMessage.mockReset();
  document.body.innerHTML = '<p id="p">乡村振兴战略全面推进，农业农村现代化迈出新步伐。</p>';
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function page(): PageHighlights {
  return new PageHighlights(document, DEFAULT_SETTINGS, { ensure: async () => [] } as unknown as PageArticle, PAGE);
}

function firstWords(): Range {
  const range = document.createRange();
  range.setStart(document.getElementById('p')!.firstChild!, 0);
  range.setEnd(document.getElementById('p')!.firstChild!, 4);
  return range;
}

describe('a save while the background restarts', () => {
  it('is sent again with the same id until the background answers, and stored once', async () => {
    let failures = 2;
    fakeBrowser.runtime.sendMessage.mockImplementation(async (message: Message) => {
      if (message.type === 'cs-bg:save-highlight' && failures-- > 0) {
        // The first attempt reached the background, which stored it and was stopped before answering.
        storing(message);
        throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
      }
      return storing(message);
    });
    const saved = await page().create(firstWords(), 'yellow');
    expect(saved.exact).toBe('乡村振兴');
    expect(new Set(sentIds).size).toBe(1);
    expect(sentIds.length).toBe(3);
    expect(db.size).toBe(1);
    expect(document.querySelector('jb-mark')).not.toBeNull();
  });

  it('keeps the paint of a save the background stored although its answer never came', async () => {
    fakeBrowser.runtime.sendMessage.mockImplementation(async (message: Message) => {
      if (message.type === 'cs-bg:save-highlight') {
        storing(message);
        // A failure that is never retried: the ask afterwards is what keeps the paint.
        throw new Error('Extension context invalidated.');
      }
      return storing(message);
    });
    const highlights = page();
    const saved = await highlights.create(firstWords(), 'yellow');
    expect(saved.id).toBe(sentIds[0]);
    expect(highlights.record(saved.id)).toBeDefined();
    expect(document.querySelector('jb-mark')).not.toBeNull();
  });

  it('takes the paint back when the background says the save was not stored', async () => {
    fakeBrowser.runtime.sendMessage.mockImplementation(async (message: Message) =>
      message.type === 'cs-bg:save-highlight' ? { ok: false, error: { code: 'StorageQuota', detail: 'full' } } : storing(message),
    );
    const error = await page().create(firstWords(), 'yellow').catch((e: unknown) => e);
    expect((error as JianbaoError).code).toBe('StorageQuota');
    expect(document.querySelector('jb-mark')).toBeNull();
  });

  it('takes the paint back and says reload when the background cannot be reached and has nothing stored', async () => {
    fakeBrowser.runtime.sendMessage.mockImplementation(async () => {
      throw new Error('Extension context invalidated.');
    });
    const error = await page().create(firstWords(), 'yellow').catch((e: unknown) => e);
    expect((error as JianbaoError).code).toBe('ContextInvalidated');
    expect(document.querySelector('jb-mark')).toBeNull();
  });
});

describe('a restore while a save is on its way', () => {
  it('keeps painting the new highlight, before and after it is stored (the first command on a page)', async () => {
    let answerSave: () => void = () => undefined;
    fakeBrowser.runtime.sendMessage.mockImplementation(async (message: Message) => {
      if (message.type === 'cs-bg:save-highlight') {
        await new Promise<void>((resolve) => (answerSave = resolve));
        return storing(message);
      }
      if (message.type === 'cs-bg:report-anchoring') return { ok: true, value: { orphans: 0 } };
      return storing(message);
    });
    const highlights = page();
    const saving = highlights.create(firstWords(), 'yellow');
    await new Promise((r) => setTimeout(r, 0));
    // The annotator's first restore lists the page (nothing stored yet) while the save waits.
    await highlights.restore();
    expect(document.querySelector('jb-mark')?.textContent).toBe('乡村振兴');
    answerSave();
    const saved = await saving;
    // A restore that read its list before the save was stored still keeps it.
    db.delete(saved.id);
    await highlights.restore();
    expect(document.querySelector('jb-mark')?.textContent).toBe('乡村振兴');
    expect(highlights.record(saved.id)).toBeDefined();
    // Once a restore lists it, it is the stored record that is painted.
    db.set(saved.id, { ...saved, color: 'green' });
    await highlights.restore();
    expect(document.querySelector('jb-mark')?.getAttribute('data-jb-color')).toBe('green');
  });
});

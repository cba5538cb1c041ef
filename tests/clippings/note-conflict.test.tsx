/**
 * The clipping book shows a note on the whole article that was edited on two devices: both
 * texts, "Use the other version" and "Keep this note". The click goes through the real router
 * and handler to fake-indexeddb, so what is checked is what the reader gets: the chosen text is
 * the note, the notice is gone, and the sync meta holds one version that has seen both.
 */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clipping } from '../../src/core/clippings/clipping';
import { fakeBrowser, uiState } from '../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { openDb } = await import('../../src/background/db/database');
const { BookApp } = await import('../../clippings/book-app');
const { clippingTextRow } = await import('../../src/background/clippings/clip-service');
const { createHandlers } = await import('../../src/background/handlers');
const { route } = await import('../../src/background/router');

const ID = 'https://epaper.example.cn/html/2022-03/31/content_6.htm';
const BODY = '早上8时，江汉油田的清晨。';
const MINE = '本机写的笔记';
const THEIRS = 'Written on the laptop <b>not html</b>';
const S_MINE = '001800000200000.00000.bbbbbbbb';
const S_THEIRS = '001800000100000.00000.aaaaaaaa';

function clipping(): Clipping {
  return { id: ID, pageUrl: ID, url: ID, title: '“最美石油红”守护碧水蓝天', authors: [], publication: '荆州日报', date: '2022-03-31', page: '02', language: 'zh-CN', note: MINE, tags: [], imageCount: 0, imageBytes: 0, imagesSkipped: 0, createdAt: 1, updatedAt: 1 };
}

/** What sync leaves after both devices changed the note: this device's text in the record, the other's in the meta. */
async function seedConflict() {
  const db = openDb();
  await Promise.all([db.clippings.clear(), db.clippingTexts.clear(), db.clippingImages.clear(), db.annotations.clear(), db.syncMeta.clear(), db.syncState.clear()]);
  const c = clipping();
  await db.clippings.put(c);
  await db.clippingTexts.put(clippingTextRow(c, BODY));
  await db.syncMeta.put({
    key: `clipping:${ID}`, kind: 'clipping', id: ID, sid: `clipping:${ID}`, rev: '3-x', fields: {}, dirty: 0,
    texts: { note: { h: 'x', s: S_MINE, vv: { bbbbbbbb: S_MINE }, conflicts: [{ v: THEIRS, s: S_THEIRS, vv: { aaaaaaaa: S_THEIRS } }] } },
  });
}

/** A loaded 2-core machine can take more than waitFor's default second to re-read the clipping. */
const SLOW = { timeout: 5_000 };

const extensionPage = { tabId: undefined, frameId: undefined, url: 'chrome-extension://jianbao-test/clippings/clippings.html', isExtensionPage: true };

beforeEach(async () => {
  uiState.language = 'en';
  location.hash = new URLSearchParams({ clip: ID }).toString();
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = vi.fn(() => 'blob:test/1');
  (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = vi.fn();
  await seedConflict();
  const handlers = createHandlers(openDb());
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockImplementation((message: unknown) => route(handlers, message, extensionPage as never));
});
afterEach(cleanup);

async function notice(): Promise<HTMLElement> {
  return (await screen.findByRole('group', { name: 'Edited on two devices' })) as HTMLElement;
}

async function noteMeta() {
  return (await openDb().syncMeta.get(`clipping:${ID}`))!;
}

describe('the book: a note edited on two devices', () => {
  it('shows both texts as text; "Use the other version" makes it the note, ends the conflict and marks it to sync', async () => {
    render(<BookApp />);
    const box = await notice();
    expect(box.textContent).toContain('This note was changed here and on another device before they synced.');
    const versions = [...box.querySelectorAll('.conflict-version')];
    expect(versions.map((v) => v.querySelector('.conflict-label')!.textContent)).toEqual(['This device', 'The other device']);
    expect(versions.map((v) => v.querySelector('.conflict-text')!.textContent)).toEqual([MINE, THEIRS]);
    expect(box.querySelector('b')).toBeNull();
    expect((document.querySelector('[data-role="article-note"]') as HTMLTextAreaElement).value).toBe(MINE);

    fireEvent.click(screen.getByRole('button', { name: 'Use the other version' }));
    await waitFor(() => expect(document.querySelector('[data-role="clip-note-conflict"]')).toBeNull(), SLOW);
    await waitFor(() => expect((document.querySelector('[data-role="article-note"]') as HTMLTextAreaElement).value).toBe(THEIRS), SLOW);
    expect((await openDb().clippings.get(ID))!.note).toBe(THEIRS);
    const meta = await noteMeta();
    expect(meta.dirty).toBe(1);
    expect(meta.texts.note.conflicts).toEqual([]);
    // The new version has seen both, so the other device drops its versions when it merges it.
    expect(meta.texts.note.vv.aaaaaaaa).toBe(S_THEIRS);
    expect(meta.texts.note.vv.bbbbbbbb >= S_MINE).toBe(true);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'ui-bg:resolve-clipping-note-conflict', payload: { id: ID, note: THEIRS } });
  });

  it('"Keep this note" keeps what the editor holds, typing not yet saved included (in Chinese)', async () => {
    uiState.language = 'zh_CN';
    render(<BookApp />);
    const box = (await screen.findByRole('group', { name: '在两台设备上都改过' })) as HTMLElement;
    expect([...box.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['保留这条笔记', '改用另一版本']);
    const editor = document.querySelector('[data-role="article-note"]') as HTMLTextAreaElement;
    // The editor mounted outside act(): let its pending mount effect (which copies the stored note in) run
    // first, as a browser does within a frame; typed into before that, the effect would overwrite the typing.
    await act(() => new Promise((r) => setTimeout(r, 100)));
    fireEvent.input(editor, { target: { value: `${MINE}，再补一句` } });
    await waitFor(() => expect(box.querySelector('.conflict-text')!.textContent).toBe(`${MINE}，再补一句`), SLOW);
    fireEvent.click(screen.getByRole('button', { name: '保留这条笔记' }));
    await waitFor(() => expect(document.querySelector('[data-role="clip-note-conflict"]')).toBeNull(), SLOW);
    expect((await openDb().clippings.get(ID))!.note).toBe(`${MINE}，再补一句`);
    expect((await noteMeta()).texts.note.conflicts).toEqual([]);
  });

  it('an empty version is named as such, and a clipping without a conflict shows no notice', async () => {
    await openDb().clippings.update(ID, { note: '' });
    render(<BookApp />);
    const box = await notice();
    expect(box.querySelector('.conflict-text')!.textContent).toBe('(no text)');
    cleanup();
    await openDb().syncMeta.clear();
    render(<BookApp />);
    await waitFor(() => expect(document.querySelector('[data-role="article-note"]')).not.toBeNull());
    expect(document.querySelector('[data-role="clip-note-conflict"]')).toBeNull();
  });
});

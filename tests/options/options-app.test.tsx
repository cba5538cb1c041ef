import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, uiState } from '../popup/fake-browser';
import { makeHighlight, seed } from '../popup/seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
// The page reads its counts from IndexedDB on first render: on a loaded machine (land.sh with
// other helpers' browsers running) that took over the default 1 s once.
configure({ asyncUtilTimeout: 5000 });

const { OptionsApp } = await import('../../options/options-app');
const { loadSettings } = await import('../../src/background/settings-store');
const { openDb } = await import('../../src/background/db/database');
const { openNotesStream } = await import('../../src/background/db/notes-stream');

beforeEach(async () => {
  uiState.language = 'en';
  await fakeBrowser.storage.local.clear();
  fakeBrowser.runtime.sendMessage.mockReset();
  await seed([makeHighlight('a', 'one'), makeHighlight('b', 'two')]);
});
afterEach(cleanup);

function chooseFile(input: HTMLElement, text: string) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('OptionsApp', () => {
  it('adds colours up to eight and saves each change', async () => {
    render(<OptionsApp />);
    const add = await screen.findByRole('button', { name: 'Add a colour' });
    for (let i = 0; i < 5; i++) fireEvent.click(add);
    await waitFor(async () => expect((await loadSettings()).palette).toHaveLength(8));
    expect((add as HTMLButtonElement).disabled).toBe(true);
    expect(new Set((await loadSettings()).palette.map((c) => c.key)).size).toBe(8);
  });

  it('offers "Hide my highlights from page scripts", off by default, and saves it', async () => {
    render(<OptionsApp />);
    const box = (await screen.findByRole('checkbox', { name: /Hide my highlights from page scripts/ })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings()).hideHighlightsFromPage).toBe(true));
  });

  it('shows the stored counts and deletes everything only after confirmation', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: { highlights: 2, articles: 0 } });
    render(<OptionsApp />);
    await screen.findByText('2 highlights and 0 articles are stored on this computer.');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('Deleted 2 highlights and 0 articles.');
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'ui-bg:delete-everything', payload: { confirm: true } });
  });

  it('with sync on, asks whether to delete in this browser only or everywhere, and sends the choice', async () => {
    await fakeBrowser.storage.local.set({ syncConfig: { enabled: true, url: 'http://127.0.0.1:5984', db: 'notes', user: '', password: '', passphrase: '' } });
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: { highlights: 2, articles: 0 } });
    render(<OptionsApp />);
    await screen.findByText('2 highlights and 0 articles are stored on this computer.');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Sync is on. Delete all 2 highlights and 0 articles in this browser only');
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete in this browser only' }));
    await screen.findByText(/Deleted 2 highlights and 0 articles in this browser; sync is now off here/);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'ui-bg:delete-everything', payload: { confirm: true, scope: 'here' } });

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everywhere' }));
    await screen.findByText(/the next sync deletes them on the server and in your other browsers/);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenLastCalledWith({ type: 'ui-bg:delete-everything', payload: { confirm: true, scope: 'everywhere' } });
  });

  it('refuses a file that is not an import with the reason, without sending it to the background', async () => {
    const { container } = render(<OptionsApp />);
    await screen.findByRole('button', { name: 'Download a backup' });
    chooseFile(container.querySelector('[data-action="restore"]')!, '{"format":"something-else"}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file could not be imported.');
    expect(alert.textContent).toContain('Unknown file format');
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('restores a backup in the page itself, with progress, and only tells the background to repaint tabs', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: { notified: true } });
    const { container } = render(<OptionsApp />);
    await screen.findByRole('button', { name: 'Download a backup' });
    const one = makeHighlight('c', 'three');
    const { tokens: _t, ...stored } = one;
    const backup = JSON.stringify({
      format: 'jianbao-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', articles: [],
      highlights: [stored, { ...makeHighlight('a', 'one'), tokens: undefined }],
    });
    chooseFile(container.querySelector('[data-action="restore"]')!, backup);
    // The progress bar shows while the file is read and written.
    await waitFor(() => expect(container.querySelector('[data-role="restore-progress"] progress')).toBeTruthy());
    const status = await waitFor(() => {
      const el = container.querySelector('[data-role="restore-status"]');
      if (!el) throw new Error('no status yet');
      return el;
    });
    expect(status.textContent).toBe('Restored: 1 highlights added, 0 updated, 1 already there; 0 articles added or updated.');
    expect(container.querySelector('[data-role="restore-progress"]')).toBeNull();
    // The file never went through messaging: one small note, after the records are in.
    expect(fakeBrowser.runtime.sendMessage.mock.calls).toEqual([[{ type: 'ui-bg:imported', payload: {} }]]);
    await screen.findByText('3 highlights and 0 articles are stored on this computer.');
    // The second pass makes the restored highlight searchable and says so.
    const indexed = await waitFor(() => {
      const el = container.querySelector('[data-role="search-index"][data-state="done"]');
      if (!el) throw new Error('not indexed yet');
      return el;
    });
    expect(indexed.textContent).toBe('Every restored record can be searched.');
    expect(await (await openNotesStream(openDb(), { query: 'three' }, 'newest'))!.rest()).toEqual(['c']);
  });

  it('refuses a file over the size rule with the rule in the message', async () => {
    const { container } = render(<OptionsApp />);
    await screen.findByRole('button', { name: 'Download a backup' });
    const input = container.querySelector('[data-action="restore"]')!;
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 2 * 1024 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The file is 2048.0 MB; Jianbao restores and imports files of up to 1024.0 MB.');
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('shows every label in Chinese when the browser is in Chinese', async () => {
    uiState.language = 'zh_CN';
    const { container } = render(<OptionsApp />);
    await screen.findByRole('button', { name: '下载备份' });
    expect(container.querySelector('h1')?.textContent).toBe('剪报设置');
    const names = [...container.querySelectorAll<HTMLInputElement>('.palette input[type="text"]')].map((i) => i.value);
    expect(names).toEqual(['黄色', '绿色', '蓝色', '粉色', '橙色']);
  });
});

import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, uiState } from '../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { SyncSection } = await import('../../options/sync-section');
const { loadSyncConfig } = await import('../../src/background/sync/sync-config');
const { loadSettings } = await import('../../src/background/settings-store');

beforeEach(async () => {
  uiState.language = 'en';
  await fakeBrowser.storage.local.clear();
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.permissions.request.mockClear();
});
afterEach(cleanup);

function fill(selector: string, value: string) {
  const input = document.querySelector(`[data-sync="${selector}"]`) as HTMLInputElement;
  fireEvent.change(input, { target: { value } });
}

describe('Options → Sync', () => {
  it('asks for the server origin only when turned on, keeps the secrets out of the settings, and shows the last result', async () => {
    render(<SyncSection />);
    await screen.findByRole('heading', { name: 'Sync' });
    fill('url', 'http://127.0.0.1:5984');
    fill('db', 'jianbao');
    fill('user', 'reader');
    fill('password', 'pw-secret');
    fill('passphrase', 'my passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    await waitFor(async () => expect((await loadSyncConfig()).password).toBe('pw-secret'));
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('checkbox', { name: /Sync this browser/ }));
    await waitFor(async () => expect((await loadSyncConfig()).enabled).toBe(true));
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    // Backups carry the settings object; the password and passphrase are not in it.
    expect(JSON.stringify(await loadSettings())).not.toMatch(/pw-secret|my passphrase/);

    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: { at: Date.UTC(2026, 0, 2, 3, 4), ok: true, sent: 12, received: 3, skipped: 1 } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    const line = await screen.findByText(/12 sent, 3 received/);
    expect(line.textContent).toMatch(/1 documents on the server were not valid/);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'ui-bg:sync-now', payload: {} });
  });

  it('keeps every field when several change before the next render (a password manager filling user and password)', async () => {
    render(<SyncSection />);
    await screen.findByRole('heading', { name: 'Sync' });
    fill('url', 'http://127.0.0.1:5984');
    fill('db', 'jianbao');
    // Both change events in one task, as autofill fires them: no re-render between them.
    for (const [field, value] of [['user', 'reader'], ['password', 'pw-secret']]) {
      const input = document.querySelector(`[data-sync="${field}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await waitFor(() => expect((document.querySelector('[data-sync="user"]') as HTMLInputElement).value).toBe('reader'));
    fireEvent.click(screen.getByRole('button', { name: 'Save sync settings' }));
    await waitFor(async () => expect(await loadSyncConfig()).toMatchObject({ url: 'http://127.0.0.1:5984', db: 'jianbao', user: 'reader', password: 'pw-secret' }));
  });

  it('says what went wrong, in Chinese too', async () => {
    uiState.language = 'zh_CN';
    await fakeBrowser.storage.local.set({ syncConfig: { enabled: true, url: 'https://couch.example.net', db: 'jb' } });
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: { at: Date.now(), ok: false, code: 'WrongPassphrase', sent: 0, received: 0, skipped: 0 } });
    render(<SyncSection />);
    fireEvent.click(await screen.findByRole('button', { name: '立即同步' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/口令不对/);
  });

  it('refuses to turn on without a usable address, and when the browser denies access', async () => {
    render(<SyncSection />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Sync this browser/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/server address/);
    fill('url', 'https://couch.example.net');
    fill('db', 'jb');
    fakeBrowser.permissions.request.mockResolvedValueOnce(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Sync this browser/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/may not contact this server/));
    expect((await loadSyncConfig()).enabled).toBe(false);
  });

  it('has settings sync off by default; the switch saves it without touching the secrets, in Chinese too', async () => {
    await fakeBrowser.storage.local.set({ syncConfig: { enabled: true, url: 'https://couch.example.net', db: 'jb', password: 'pw-secret' } });
    render(<SyncSection />);
    const box = (await screen.findByRole('checkbox', { name: /Also sync settings/ })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect((await loadSyncConfig()).settings).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect(await loadSyncConfig()).toMatchObject({ settings: true, enabled: true, password: 'pw-secret' }));
    // The note under it says what stays in this browser.
    expect(box.closest('label')!.textContent).toMatch(/stay in this browser/);
    cleanup();
    uiState.language = 'zh_CN';
    render(<SyncSection />);
    const zh = (await screen.findByRole('checkbox', { name: /同时同步设置/ })) as HTMLInputElement;
    expect(zh.checked).toBe(true);
    fireEvent.click(zh);
    await waitFor(async () => expect((await loadSyncConfig()).settings).toBe(false));
  });
});

import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, uiState } from './fake-browser';
import { makeHighlight, seed } from './seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { NoteConflict, SyncErrorLine } = await import('../../popup/sync-parts');
const { openDb } = await import('../../src/background/db/database');

beforeEach(async () => {
  uiState.language = 'en';
  await fakeBrowser.storage.local.clear();
  fakeBrowser.runtime.sendMessage.mockReset();
  await seed([makeHighlight('h1', 'quote', { note: 'mine' })]);
  await openDb().syncMeta.clear();
});
afterEach(cleanup);

describe('sync in the popup', () => {
  it('shows the other version of a note changed in two browsers, and sends the one chosen', async () => {
    const s = '001800000000000.00000.other1';
    await openDb().syncMeta.put({
      key: 'highlight:h1', kind: 'highlight', id: 'h1', sid: 'highlight:h1', fields: {}, dirty: 0,
      texts: { note: { h: 'x', s, vv: {}, conflicts: [{ v: 'theirs <b>not html</b>', s, vv: { other1: s } }] } },
    });
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, value: makeHighlight('h1', 'quote', { note: 'theirs' }) });
    const onChanged = vi.fn();
    render(<NoteConflict id="h1" note="mine" notify={vi.fn()} onChanged={onChanged} />);
    const quote = await screen.findByText('theirs <b>not html</b>');
    expect(quote.querySelector('b')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Use the other version' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'ui-bg:resolve-note-conflict', payload: { id: 'h1', note: 'theirs <b>not html</b>' } });
  });

  it('shows nothing for a note without conflict, and the last sync error when sync is on', async () => {
    const { container } = render(<NoteConflict id="h1" note="mine" notify={vi.fn()} onChanged={vi.fn()} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
    await fakeBrowser.storage.local.set({ syncConfig: { enabled: true, url: 'https://c.example', db: 'jb' }, syncStatus: { at: 1, ok: false, code: 'Unauthorized', sent: 0, received: 0, skipped: 0 } });
    render(<SyncErrorLine />);
    expect((await screen.findByRole('alert')).textContent).toBe('Sync failed: The sync server refused the user name or password.');
  });
});

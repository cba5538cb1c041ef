import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { buildBackup } from '../../../src/core/export/backup-format';
import { READER_CHANNEL, readReaderMessage } from '../../../src/core/pdf/reader-channel';
import { sampleBundle } from '../../fixtures/export/sample-bundle';
import { freshDb } from '../fake-db';

const store: Record<string, unknown> = {};
const sent: { tabId: number; message: unknown }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      // Tab 4 shows a page of the sample's site, tab 9 another site, the third is no page.
      query: vi.fn(async () => [{ id: 4, url: 'https://epaper.jzrb.example/html/2022-03/31/node_1.htm?div=-1' }, { id: 9, url: 'https://elsewhere.example/' }, {}]),
      sendMessage: vi.fn(async (tabId: number, message: unknown) => {
        sent.push({ tabId, message });
        // A tab without the annotator does not answer; the import must not fail for it.
        if (tabId === 9) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { repainted: 1 };
      }),
    },
    storage: {
      local: {
        get: vi.fn(async (key: string) => (key in store ? { [key]: store[key] } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(store, items)),
      },
    },
  },
}));

const { createHandlers } = await import('../../../src/background/handlers');

const popup = { isExtensionPage: true };
const changed = { type: 'bg-cs:highlights-changed', payload: {} };

let db: JianbaoDb;
beforeEach(() => {
  db = freshDb();
  sent.length = 0;
  for (const key of Object.keys(store)) delete store[key];
});
afterEach(() => db.close());

describe("'ui-bg:import-file'", () => {
  it('tells every open tab to repaint after a restore, so imported highlights show without a reload', async () => {
    const report = await createHandlers(db)['ui-bg:import-file']({ text: buildBackup(sampleBundle()) }, popup);
    expect(report.highlights.added).toBe(5);
    expect(report.settingsRestored).toBe(true);
    expect(store.settings).toBeDefined();
    expect(sent).toEqual([
      { tabId: 4, message: changed },
      { tabId: 9, message: changed },
    ]);
  });

  it('tells every open PDF reader too (extension pages: over the reader channel, not tabs.sendMessage)', async () => {
    const reader = new BroadcastChannel(READER_CHANNEL);
    const heard: unknown[] = [];
    reader.onmessage = (event: MessageEvent) => heard.push(readReaderMessage(event.data));
    try {
      await createHandlers(db)['ui-bg:import-file']({ text: buildBackup(sampleBundle()) }, popup);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard).toEqual([{ type: 'changed' }]);
    } finally {
      reader.close();
    }
  });

  it('tells no tab anything when the import fails', async () => {
    const reader = new BroadcastChannel(READER_CHANNEL);
    const heard: unknown[] = [];
    reader.onmessage = (event: MessageEvent) => heard.push(event.data);
    try {
      await expect(createHandlers(db)['ui-bg:import-file']({ text: '{"format":"nope"}' }, popup)).rejects.toMatchObject({ code: 'InvalidImport' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(sent).toEqual([]);
      expect(heard).toEqual([]);
    } finally {
      reader.close();
    }
  });
});

describe('popup edits of one highlight', () => {
  it('send the changed record to the tabs of its site only, so they repaint that one highlight', async () => {
    await createHandlers(db)['ui-bg:import-file']({ text: buildBackup(sampleBundle()) }, popup);
    const stored = (await db.annotations.toArray()).find((h) => h.pageUrl.startsWith('https://epaper.jzrb.example/'))!;
    sent.length = 0;
    const updated = await createHandlers(db)['ui-bg:update-highlight']({ id: stored.id, changes: { note: 'edited' } }, popup);
    expect(sent).toEqual([{ tabId: 4, message: { type: 'bg-cs:highlight-stored', payload: { highlight: updated } } }]);

    sent.length = 0;
    const deleted = await createHandlers(db)['ui-bg:delete-highlight']({ id: stored.id }, popup);
    expect(sent).toEqual([{ tabId: 4, message: { type: 'bg-cs:highlight-removed', payload: { id: stored.id, pageUrl: stored.pageUrl } } }]);

    sent.length = 0;
    const restored = await createHandlers(db)['ui-bg:restore-highlight']({ highlight: deleted }, popup);
    expect(sent).toEqual([{ tabId: 4, message: { type: 'bg-cs:highlight-stored', payload: { highlight: restored } } }]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { buildBackup } from '../../../src/core/export/backup-format';
import { sampleBundle } from '../../fixtures/export/sample-bundle';
import { freshDb } from '../fake-db';

const store: Record<string, unknown> = {};
const sent: { tabId: number; message: unknown }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      query: vi.fn(async () => [{ id: 4 }, { id: 9 }, {}]),
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

  it('tells no tab anything when the import fails', async () => {
    await expect(createHandlers(db)['ui-bg:import-file']({ text: '{"format":"nope"}' }, popup)).rejects.toMatchObject({ code: 'InvalidImport' });
    expect(sent).toEqual([]);
  });
});

describe("popup edits of one highlight", () => {
  it('name the edited page, so only tabs showing it repaint', async () => {
    await createHandlers(db)['ui-bg:import-file']({ text: buildBackup(sampleBundle()) }, popup);
    const [stored] = await db.annotations.toArray();
    sent.length = 0;
    await createHandlers(db)['ui-bg:update-highlight']({ id: stored.id, changes: { note: 'edited' } }, popup);
    expect(sent.map((s) => s.message)).toEqual([
      { type: 'bg-cs:highlights-changed', payload: { pageUrls: [stored.pageUrl] } },
      { type: 'bg-cs:highlights-changed', payload: { pageUrls: [stored.pageUrl] } },
    ]);
  });
});

/**
 * Sync in the background (sync-service.ts) with the browser's alarms, storage, permissions and
 * badge stood in for, fake-indexeddb and a real express-pouchdb server: when a sync runs (an
 * alarm half a minute after changes, one for a burst; one every 15 minutes; "Sync now"), one at
 * a time, its result stored, and the badge showing "!" while the last sync failed.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPouchServer } from '../../../scripts/pouch-server.mjs';
import { createDb } from './sync-lib';

const storage = new Map<string, unknown>();
const alarms = new Map<string, { delayInMinutes?: number; periodInMinutes?: number }>();
const badge = { text: '' };
const granted = { value: true };
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (storage.has(key) ? { [key]: structuredClone(storage.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, value] of Object.entries(items)) storage.set(k, structuredClone(value));
        },
      },
    },
    alarms: {
      get: async (name: string) => (alarms.has(name) ? { name, ...alarms.get(name) } : undefined),
      create: async (name: string, info: { delayInMinutes?: number; periodInMinutes?: number }) => void alarms.set(name, info),
      clear: async (name: string) => alarms.delete(name),
    },
    permissions: { contains: async () => granted.value },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (badge.text = text),
      setBadgeBackgroundColor: async () => undefined,
    },
  },
}));

const { SYNC_ALARM, SYNC_SOON_ALARM, armSyncAlarms, onSyncAlarm, syncNow, syncSoon } = await import('../../../src/background/sync/sync-service');
const { loadSyncStatus } = await import('../../../src/background/sync/sync-config');
const { openDb } = await import('../../../src/background/db/database');
const { addHighlight } = await import('./sync-lib');

let server: Awaited<ReturnType<typeof startPouchServer>>;
beforeAll(async () => {
  server = await startPouchServer();
  await createDb(server.url, 'svc');
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  storage.clear();
  alarms.clear();
  badge.text = '';
  granted.value = true;
});

const on = () => storage.set('syncConfig', { enabled: true, url: server.url, db: 'svc' });

describe('sync in the background', () => {
  it('off (the default): no alarm, nothing scheduled after changes, nothing sent', async () => {
    await armSyncAlarms();
    await syncSoon();
    expect([...alarms.keys()]).toEqual([]);
    const status = await syncNow();
    expect(status.ok).toBe(false);
    expect(await loadSyncStatus()).toBeUndefined(); // an off sync stores no result
  });

  it('on: a 15-minute alarm; a burst of changes is one alarm half a minute later; the alarm syncs and stores the result', async () => {
    on();
    await armSyncAlarms();
    expect(alarms.get(SYNC_ALARM)).toEqual({ periodInMinutes: 15, delayInMinutes: 1 });
    await addHighlight(openDb(), 'h1', 'A quote to sync');
    await Promise.all([syncSoon(), syncSoon(), syncSoon()]);
    expect([...alarms.keys()].sort()).toEqual([SYNC_ALARM, SYNC_SOON_ALARM].sort());
    expect(alarms.get(SYNC_SOON_ALARM)).toEqual({ delayInMinutes: 0.5 });
    onSyncAlarm(SYNC_SOON_ALARM);
    const first = await syncNow(); // the run the alarm started (one at a time: the same promise)
    expect(first).toMatchObject({ ok: true, sent: 1 });
    expect(await loadSyncStatus()).toMatchObject({ ok: true, sent: 1, received: 0, skipped: 0 });
    const docs = (await (await fetch(`${server.url}/svc/_all_docs`)).json()) as { rows: { id: string }[] };
    expect(docs.rows.map((r) => r.id)).toContain('highlight:h1');
    // Settings changes schedule a sync only when settings sync is on.
    alarms.delete(SYNC_SOON_ALARM);
    await syncSoon('settings');
    expect(alarms.has(SYNC_SOON_ALARM)).toBe(false);
    // Turned off: the alarms go.
    storage.set('syncConfig', { enabled: false, url: server.url, db: 'svc' });
    await armSyncAlarms();
    expect([...alarms.keys()]).toEqual([]);
  });

  it('runs one sync at a time, and shows "!" while the last sync failed', async () => {
    on();
    const [a, b] = [syncNow(), syncNow()];
    expect(a).toBe(b);
    expect((await a).ok).toBe(true);
    storage.set('syncConfig', { enabled: true, url: 'http://127.0.0.1:9', db: 'svc' }); // nothing listens there
    expect(await syncNow()).toMatchObject({ ok: false, code: 'Unreachable' });
    expect(badge.text).toBe('!');
    expect((await loadSyncStatus())?.code).toBe('Unreachable');
    granted.value = false;
    on();
    expect(await syncNow()).toMatchObject({ ok: false, code: 'NoPermission' });
    expect(badge.text).toBe('!');
    granted.value = true;
    expect((await syncNow()).ok).toBe(true);
    expect(badge.text).toBe('');
  });
});

/**
 * Settings sync (optional): the reader's way of working follows to the other browser when the
 * switch is on and not when it is off; the painter choice stays per device; a browser joining
 * takes the server's settings; invalid settings from the server are refused. A real
 * express-pouchdb server, libraries on fake-indexeddb, settings in memory.
 */
import { describe, expect, it } from 'vitest';
import { runSync } from '../../../src/background/sync/run-sync';
import type { SettingsAccess } from '../../../src/background/sync/settings-sync';
import type { Settings } from '../../../src/core/model';
import { DEFAULT_SETTINGS, withDefaults } from '../../../src/core/settings/default-settings';
import { formatStamp } from '../../../src/core/sync/hlc';
import { MIN_ITERATIONS } from '../../../src/core/sync/sync-crypto';
import { freshDb } from '../fake-db';
import { putServerDoc, serverDocs, usePouchServer } from './sync-lib';

const { newTarget } = usePouchServer('set');

/** A device's settings store (browser.storage.local in the extension). */
function device(initial: Partial<Settings> = {}) {
  let settings = withDefaults({ ...DEFAULT_SETTINGS, ...initial });
  const access: SettingsAccess = {
    load: async () => structuredClone(settings),
    save: async (next) => {
      settings = structuredClone(next);
    },
  };
  return { db: freshDb(), access, get: () => settings, set: (change: Partial<Settings>) => (settings = { ...settings, ...change }) };
}

describe('settings sync', () => {
  it('is off unless asked for: nothing of the settings reaches the server or the other browser', async () => {
    const target = await newTarget();
    const a = device({ excludedSites: ['private.example.org'], citationStyle: 'apa' });
    const b = device();
    await runSync(a.db, target);
    await runSync(b.db, target);
    expect(JSON.stringify(await serverDocs(target.url, target.db))).not.toContain('private.example.org');
    expect(b.get().citationStyle).toBe(DEFAULT_SETTINGS.citationStyle);
  });

  it('when on: a joining browser takes the server settings, later edits merge per setting, the painter choice stays per device', async () => {
    const target = await newTarget();
    const palette = [...DEFAULT_SETTINGS.palette, { key: 'violet', name: '紫', value: '#d0bfff' }];
    const a = device({ palette, defaultColor: 'violet', excludedSites: ['private.example.org'], hideHighlightsFromPage: true, snapToWords: false });
    const b = device({ citationStyle: 'mla' }); // its own, older choice: joining gives it up
    expect((await runSync(a.db, target, { settings: a.access })).sent).toBe(1);
    const join = await runSync(b.db, target, { settings: b.access });
    expect(join).toMatchObject({ sent: 0, received: 1, skipped: [] });
    expect(b.get()).toMatchObject({ palette, defaultColor: 'violet', excludedSites: ['private.example.org'], snapToWords: false, citationStyle: DEFAULT_SETTINGS.citationStyle });
    expect(b.get().hideHighlightsFromPage).toBe(false);
    expect(JSON.stringify(await serverDocs(target.url, target.db))).not.toContain('hideHighlightsFromPage');

    a.set({ excludedSites: ['private.example.org', 'bank.example.com'] });
    b.set({ citationStyle: 'chicago', hideHighlightsFromPage: true });
    await runSync(a.db, target, { settings: a.access });
    await runSync(b.db, target, { settings: b.access });
    await runSync(a.db, target, { settings: a.access });
    for (const d of [a, b]) expect(d.get()).toMatchObject({ excludedSites: ['private.example.org', 'bank.example.com'], citationStyle: 'chicago' });
    // Settled: another round sends and changes nothing.
    expect(await runSync(a.db, target, { settings: a.access })).toMatchObject({ sent: 0, received: 0 });
    expect(await runSync(b.db, target, { settings: b.access })).toMatchObject({ sent: 0, received: 0 });
  });

  it('refuses settings from the server that the model does not accept, and stores nothing of them', async () => {
    const target = await newTarget();
    const stamp = formatStamp({ wall: Date.now(), counter: 0, node: 'evil' });
    await putServerDoc(target.url, target.db, {
      _id: 'settings:settings', jb: 1,
      doc: { kind: 'settings', id: 'settings', fields: { palette: { v: [{ key: 'x;}body{display:none', name: 'x', value: 'red' }], s: stamp }, exportFormat: { v: 'csv', s: stamp } }, texts: {} },
    });
    const b = device();
    const before = structuredClone(b.get());
    const result = await runSync(b.db, target, { settings: b.access });
    expect(result.skipped.map((s) => s.id)).toEqual(['settings:settings']);
    expect(result.skipped[0]!.reason).toMatch(/colour key/);
    expect(b.get()).toEqual(before);
  });

  it('encrypted with the rest: the settings are ciphertext under an es: id, and the same passphrase reads them', async () => {
    const target = await newTarget();
    const secret = { passphrase: 'settings passphrase', iterations: MIN_ITERATIONS };
    const a = device({ excludedSites: ['private.example.org'] });
    const b = device();
    await runSync(a.db, target, { ...secret, settings: a.access });
    const docs = await serverDocs(target.url, target.db);
    expect(JSON.stringify(docs)).not.toContain('private.example.org');
    expect(docs.filter((d) => String(d._id).startsWith('es:'))).toHaveLength(1);
    const down = await runSync(b.db, target, { ...secret, settings: b.access });
    expect(down.skipped).toEqual([]);
    expect(b.get().excludedSites).toEqual(['private.example.org']);
  });
});

/**
 * Sync in the extension: one run at a time, on "Sync now", after changes (an alarm 30 s
 * later, so a burst of edits is one sync and a background killed meanwhile still syncs), and
 * every 15 minutes. The result is stored for the options page and the popup; an error also
 * puts "!" on the toolbar badge until a sync succeeds.
 */
import browser from 'webextension-polyfill';
import { SyncError } from '../../core/sync/sync-errors';
import { openDb } from '../db/database';
import { runSync } from './run-sync';
import { loadSettings, saveSettings } from '../settings-store';
import { isUsable, loadSyncConfig, originPattern, saveSyncConfig, saveSyncStatus, type SyncStatus } from './sync-config';

export const SYNC_ALARM = 'jianbao-sync';
export const SYNC_SOON_ALARM = 'jianbao-sync-soon';
const PERIOD_MINUTES = 15;
const SOON_MINUTES = 0.5;

let running: Promise<SyncStatus> | undefined;
/** Writes made by a sync itself do not schedule another one. */
let syncing = false;

export function syncNow(options: { full?: boolean } = {}): Promise<SyncStatus> {
  running ??= runOnce(options).finally(() => {
    running = undefined;
  });
  return running;
}

async function runOnce(options: { full?: boolean }): Promise<SyncStatus> {
  const config = await loadSyncConfig();
  const at = Date.now();
  let status: SyncStatus;
  if (!isUsable(config)) return { at, ok: false, code: 'Unreachable', detail: 'Sync is off or has no server.', sent: 0, received: 0, skipped: 0 };
  const pattern = originPattern(config.url)!;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    status = { at, ok: false, code: 'NoPermission', detail: pattern, sent: 0, received: 0, skipped: 0 };
  } else {
    syncing = true;
    try {
      const result = await runSync(
        openDb(),
        { url: config.url, db: config.db, user: config.user || undefined, password: config.password || undefined },
        { passphrase: config.passphrase || undefined, fullScan: options.full, settings: config.settings ? { load: loadSettings, save: saveSettings } : undefined },
      );
      status = { at: result.at, ok: true, sent: result.sent, received: result.received, skipped: result.skipped.length };
      if (result.skipped.length) console.warn('[jianbao:sync] skipped', result.skipped);
    } catch (error) {
      const code = error instanceof SyncError ? error.code : 'Storage';
      const detail = error instanceof Error ? error.message : String(error);
      if (!(error instanceof SyncError)) console.error('[jianbao:sync]', error);
      status = { at: Date.now(), ok: false, code, detail, sent: 0, received: 0, skipped: 0 };
    } finally {
      syncing = false;
    }
  }
  await saveSyncStatus(status);
  await showSyncBadge(status.ok);
  return status;
}

async function showSyncBadge(ok: boolean): Promise<void> {
  try {
    await browser.action.setBadgeText({ text: ok ? '' : '!' });
    if (!ok) await browser.action.setBadgeBackgroundColor({ color: '#c92a2a' });
  } catch {
    // No action API in this context: the options page and the popup still show the error.
  }
}

/** After a change to the library (or to the settings, `settings`): sync half a minute later (once, however many changes). */
export async function syncSoon(what: 'library' | 'settings' = 'library'): Promise<void> {
  if (syncing) return;
  const config = await loadSyncConfig();
  if (!isUsable(config) || (what === 'settings' && !config.settings)) return;
  const pending = await browser.alarms.get(SYNC_SOON_ALARM);
  if (!pending) await browser.alarms.create(SYNC_SOON_ALARM, { delayInMinutes: SOON_MINUTES });
}

/** Keeps the periodic alarm in step with the settings (called at start and when they change). */
export async function armSyncAlarms(): Promise<void> {
  const config = await loadSyncConfig();
  if (isUsable(config)) {
    if (!(await browser.alarms.get(SYNC_ALARM))) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
  } else {
    await browser.alarms.clear(SYNC_ALARM);
    await browser.alarms.clear(SYNC_SOON_ALARM);
    await showSyncBadge(true);
  }
}

export function onSyncAlarm(name: string): void {
  if (name === SYNC_ALARM || name === SYNC_SOON_ALARM) void syncNow();
}

/**
 * Sync off in this browser ("Delete everything" in this browser only): the setting saved off
 * (its other fields kept, so turning it on again needs no retyping) and a sync in progress
 * waited for, so none is running when the library and the sync tables are emptied.
 */
export async function turnSyncOff(): Promise<void> {
  const config = await loadSyncConfig();
  if (config.enabled) await saveSyncConfig({ ...config, enabled: false });
  await browser.alarms.clear(SYNC_ALARM);
  await browser.alarms.clear(SYNC_SOON_ALARM);
  await running?.catch(() => undefined);
}

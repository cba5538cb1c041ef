/**
 * Background entry (a service worker on Chrome, an event page on Firefox). Written as if it
 * may be killed between any two messages: all state is in IndexedDB or storage, and every
 * listener is registered synchronously at start-up so a wake-up event is never missed.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { openDb } from './db/database';
import { createHandlers } from './handlers';
import { createMenus, onCommand, onMenuClicked } from './menus';
import { route, senderInfo } from './router';
import { runSearchIndexOnce } from './services/search-index-backlog';
import { SYNC_CONFIG_KEY } from './sync/sync-config';
import { armSyncAlarms, onSyncAlarm, syncSoon } from './sync/sync-service';

/** Messages whose success means the library changed. */
const LIBRARY_WRITES = new Set([
  'cs-bg:save-highlight', 'cs-bg:update-highlight', 'cs-bg:delete-highlight', 'cs-bg:restore-highlight', 'cs-bg:save-article',
  'ui-bg:update-highlight', 'ui-bg:delete-highlight', 'ui-bg:restore-highlight', 'ui-bg:import-file', 'ui-bg:imported',
  'ui-bg:correct-article', 'ui-bg:delete-everything', 'ui-bg:save-note', 'ui-bg:resolve-note-conflict',
  // The clipping book syncs too (docs/architecture/sync.md), and so do the PDF reader's highlights.
  'cs-bg:clip-article', 'ui-bg:clip-tab', 'ui-bg:clip-pdf-article', 'ui-bg:update-clipping', 'ui-bg:delete-clipping', 'ui-bg:resolve-clipping-note-conflict',
  'ui-bg:drop-clipping-images', 'ui-bg:save-pdf-highlight', 'ui-bg:save-pdf-article',
]);

function changesLibrary(message: unknown): boolean {
  return typeof message === 'object' && message !== null && LIBRARY_WRITES.has(String((message as { type?: unknown }).type));
}

const handlers = createHandlers();
const ownOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  const reply = await route(handlers, message, senderInfo(sender, browser.runtime.id, ownOrigin));
  // A change to the library schedules a sync (when sync is on); reads and failures do not.
  if (reply.ok && changesLibrary(message)) void syncSoon().catch(() => undefined);
  return reply;
});
browser.alarms.onAlarm.addListener((alarm) => onSyncAlarm(alarm.name));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SYNC_CONFIG_KEY in changes) void armSyncAlarms().catch(() => undefined);
  // With settings sync on, a change of the settings syncs too (a sync's own write does not: syncSoon).
  if (area === 'local' && 'settings' in changes) void syncSoon('settings').catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => void armSyncAlarms().catch(() => undefined));
browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  void armSyncAlarms().catch(() => undefined);
});
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

// A restore's search-index pass that was cut off (the options page closed during it, this
// background stopped) goes on at every start; one extension call per slice keeps a Chrome
// worker running meanwhile (services/search-index-backlog.ts). Nothing to do costs one count.
void runSearchIndexOnce(openDb(), { beforeSlice: () => browser.runtime.getPlatformInfo() }).catch((error: unknown) =>
  console.warn('[jianbao] search index pass', String(error)),
);

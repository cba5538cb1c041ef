// Sync of the clipping book and the settings between real Chromium and real Firefox ESR: one
// profile of each, the book demo server and one express-pouchdb server on 127.0.0.1 started here.
import { after, before, describe, it } from 'node:test';
import { startBookServer } from './lib/book-scenarios.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import * as sync from './lib/sync-scenarios.mjs';
import * as book from './lib/sync-book-scenarios.mjs';

describe('Chromium and Firefox: the clipping book and the settings sync', () => {
  const env = {};
  const browsers = [];
  before(async () => {
    Object.assign(env, await startBookServer());
    env.couch = await sync.startSyncServer();
    // Firefox in Chinese: the book's conflict notice is checked (and photographed) in both languages.
    browsers.push(await launchChromium(), await launchFirefox({ locale: 'zh-CN' }));
    env.a = sync.chromiumClient(browsers[0]);
    env.b = sync.firefoxClient(browsers[1]);
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await env.couch?.close();
    env.server?.close();
  });
  it('a clipping with its photo made in Chromium is in Firefox\'s book with the photo; a note comes back; a delete propagates', () => book.clippingTravels(env));
  it('a note on the clipping edited in both before syncing: each book shows both texts; the choice made in Firefox reaches Chromium', () => book.noteConflictInTheBook(env));
  it('settings stay put with the switch off and sync with it on', () => book.settingsSyncOnlyWhenOn(env));
});

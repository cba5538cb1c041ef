// Sync between real Chromium and real Firefox ESR: one profile of each, one express-pouchdb
// server on 127.0.0.1 started here, shared by the scenarios (each starts from where the last
// one left the libraries).
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { startTestServer } from './lib/pages.mjs';
import * as sync from './lib/sync-scenarios.mjs';

describe('Chromium and Firefox: sync between the two browsers', () => {
  const env = {};
  const browsers = [];
  before(async () => {
    Object.assign(env, await startTestServer());
    env.couch = await sync.startSyncServer();
    browsers.push(await launchChromium(), await launchFirefox());
    env.a = sync.chromiumClient(browsers[0]);
    env.b = sync.firefoxClient(browsers[1]);
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await env.couch?.close();
    env.server?.close();
  });
  it('a highlight made in Chromium is painted in Firefox, and one made in Firefox in Chromium', () => sync.highlightTravelsBothWays(env));
  it('both edit while the server is down, then converge: same colours, tags and notes; a note written on both keeps both texts and the popup shows the conflict', () =>
    sync.offlineEditsConverge(env));
  it('a delete in the popup propagates: the other browser no longer holds or paints it, the server keeps a tombstone', () => sync.deletePropagates(env));
  it('the background stopped mid-sync (push and pull, in each browser): the next sync completes, nothing lost or duplicated', () =>
    sync.stoppedMidSyncResumes(env));
  it('with a passphrase the server holds no quote or note text; no or a wrong passphrase says so and changes nothing; the right one reads everything', () =>
    sync.encryptedSyncHidesTheText(env));
  it('a stopped server says so in Firefox (options, popup, badge) and changes nothing', () => sync.stoppedServerSaysSo(env, env.b));
});

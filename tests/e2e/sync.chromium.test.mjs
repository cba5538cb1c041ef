// Sync in real Chromium: two profiles, one express-pouchdb server on 127.0.0.1 started here.
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { startTestServer } from './lib/pages.mjs';
import * as sync from './lib/sync-scenarios.mjs';

describe('Chromium: sync between two profiles', () => {
  const env = {};
  const browsers = [];
  before(async () => {
    Object.assign(env, await startTestServer());
    env.couch = await sync.startSyncServer();
    browsers.push(await launchChromium(), await launchChromium());
    env.a = sync.chromiumClient(browsers[0], 'Chromium A');
    env.b = sync.chromiumClient(browsers[1], 'Chromium B');
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await env.couch?.close();
    env.server?.close();
  });
  it('a highlight made in one profile is painted in the other, and back', () => sync.highlightTravelsBothWays(env));
  it('a stopped server says so (options, popup, badge) and changes nothing', () => sync.stoppedServerSaysSo(env));
});

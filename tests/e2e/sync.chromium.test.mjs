// Sync in real Chromium: two profiles, one express-pouchdb server on 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { startTestServer } from './lib/pages.mjs';
import { highlightAppearsInTheOtherBrowser } from './lib/sync-scenarios.mjs';

describe('Chromium: sync between two profiles', () => {
  const env = {};
  before(async () => {
    Object.assign(env, await startTestServer());
    env.a = await launchChromium();
    env.b = await launchChromium();
  });
  after(async () => {
    await env.a?.close();
    await env.b?.close();
    env.server?.close();
  });
  it('a highlight made in one profile is painted in the other; a stopped server says so', () => highlightAppearsInTheOtherBrowser(env));
});

// Issue 16, in real Chromium: an edit or delete in the popup repaints only that highlight on the
// open page; every other painted range stays the object it was (a re-anchor would make new ones).
import { describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { bigPage, popupEditRepaintsOne } from './lib/edit-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: popup edits repaint one highlight', () => {
  let page20;
  const env = withDemoAndBrowser(launchChromium, async () => {
    const routes = {};
    const started = await startDemoServer({ routes });
    page20 = bigPage(started.origin, 10);
    Object.assign(routes, page20.route);
    return started;
  });
  env.newPage = () => env.browser.newPage();
  env.tabIdOf = (prefix) => env.browser.tabIdOf(prefix);
  env.extensionPage = async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.optionsUrl);
    return page;
  };

  it('an edit and a delete leave the other highlights painted as they were', () => popupEditRepaintsOne(env, page20));
});

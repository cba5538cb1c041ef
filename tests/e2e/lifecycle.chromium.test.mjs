// The annotator's life cycle in real Chromium: the popup opened cold.
import { describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import * as scenarios from './lib/lifecycle-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: the annotator life cycle', () => {
  const env = withDemoAndBrowser(launchChromium, startDemoServer);
  env.newPage = () => env.browser.newPage();
  env.tabIdOf = (prefix) => env.browser.tabIdOf(prefix);
  env.openPopup = async (tabId) => {
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    return popup;
  };

  it('opens the popup right the first time on 10 fresh pages', () => scenarios.popupOpensRightTheFirstTime(env));
});

// The annotator's life cycle in real Firefox ESR: the popup opened cold.
import { describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import * as scenarios from './lib/lifecycle-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: the annotator life cycle', () => {
  const env = withDemoAndBrowser(launchFirefox, startDemoServer);
  env.newPage = () => env.browser.newPage();
  env.tabIdOf = (prefix) => env.browser.tabIdOf(prefix);
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);

  it('opens the popup right the first time on 10 fresh pages', () => scenarios.popupOpensRightTheFirstTime(env));
});

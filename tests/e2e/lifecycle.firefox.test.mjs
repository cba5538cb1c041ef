// The annotator's life cycle in real Firefox ESR: the popup opened cold, saves while the event
// page is terminated.
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import * as scenarios from './lib/lifecycle-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: the annotator life cycle', () => {
  const env = withDemoAndBrowser(launchFirefox, scenarios.startLifecycleServer);
  env.newPage = () => env.browser.newPage();
  env.tabIdOf = (prefix) => env.browser.tabIdOf(prefix);
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
  env.stopBackground = () => env.browser.stopBackground();
  env.watchConsole = (page) => env.browser.watchConsole(page);
  env.storedHighlights = () => env.browser.storedHighlights();
  env.runCommand = (...args) => env.browser.runCommand(...args);
  env.storedArticles = () => env.browser.storedArticles();

  it('opens the popup right the first time on 10 fresh pages', () => scenarios.popupOpensRightTheFirstTime(env));
  it('runs a shortcut and a context-menu command the first time, cold, with and without stored highlights', () =>
    scenarios.commandsWorkTheFirstTime(env));
  it('stores 100 toolbar saves while the event page is terminated again and again', () => scenarios.savesSurviveBackgroundRestarts(env));
});

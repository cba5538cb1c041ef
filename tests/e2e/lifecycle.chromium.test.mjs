// The annotator's life cycle in real Chromium: the popup opened cold, saves while the service
// worker is stopped.
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import * as scenarios from './lib/lifecycle-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: the annotator life cycle', () => {
  const env = withDemoAndBrowser(launchChromium, scenarios.startLifecycleServer);
  env.newPage = () => env.browser.newPage();
  env.tabIdOf = (prefix) => env.browser.tabIdOf(prefix);
  env.openPopup = async (tabId) => {
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    return popup;
  };
  env.stopBackground = () => env.browser.stopBackground();
  env.watchConsole = (page) => env.browser.watchConsole(page);
  env.storedHighlights = () => env.browser.readStore('annotations');
  env.runCommand = (...args) => env.browser.runCommand(...args);
  env.storedArticles = () => env.browser.readStore('articles');

  it('opens the popup right the first time on 10 fresh pages', () => scenarios.popupOpensRightTheFirstTime(env));
  it('runs a shortcut and a context-menu command the first time, cold, with and without stored highlights', () =>
    scenarios.commandsWorkTheFirstTime(env));
  it('stores 100 toolbar saves while the service worker is stopped again and again', () => scenarios.savesSurviveBackgroundRestarts(env));
});

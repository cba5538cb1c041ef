// The clipping book in Firefox ESR: clip, highlight, read offline, export.
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import * as scenarios from './lib/book-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: the clipping book', () => {
  const env = withDemoAndBrowser(launchFirefox, scenarios.startBookServer);
  env.newPage = () => env.browser.newPage();
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
  env.openExtension = (pathAndQuery) => env.browser.openExtensionPage(pathAndQuery);
  env.download = (page, selector, name) => env.browser.download(page, selector, name);
  env.screenshot = async (page, name) => {
    fs.mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/${name}-firefox-en.png` });
  };

  it('clips the demo article and a highlighted one, shows both under 荆州日报 → 2022-03-31 → 第02版, reads them offline, exports EPUB and HTML', () =>
    scenarios.clipHighlightReadOfflineExport(env));
});

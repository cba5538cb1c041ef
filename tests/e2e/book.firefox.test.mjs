// The clipping book in Firefox ESR: clip, highlight, read offline, export.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import * as scenarios from './lib/book-scenarios.mjs';
import { waitFor } from './lib/page-actions.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: the clipping book', () => {
  const env = withDemoAndBrowser(launchFirefox, scenarios.startBookServer);
  env.newPage = () => env.browser.newPage();
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
  env.openExtension = (pathAndQuery) => env.browser.openExtensionPage(pathAndQuery);
  env.download = async (page, selector, name) => {
    const dir = env.browser.downloadDir;
    const before = new Set(fs.readdirSync(dir));
    await page.click(selector);
    // Firefox makes the file empty at once and writes a .part beside it, renamed over it when done.
    const done = (f) => !before.has(f) && name.test(f) && !f.endsWith('.part') && !fs.existsSync(path.join(dir, `${f}.part`)) && fs.statSync(path.join(dir, f)).size > 0;
    const file = await waitFor(() => fs.readdirSync(dir).find(done), { timeout: 30_000, what: `a ${name} download` });
    return fs.readFileSync(path.join(dir, file));
  };
  env.screenshot = async (page, name) => {
    fs.mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/${name}-firefox-en.png` });
  };

  it('clips the demo article and a highlighted one, shows both under 荆州日报 → 2022-03-31 → 第02版, reads them offline, exports EPUB and HTML', () =>
    scenarios.clipHighlightReadOfflineExport(env));
});

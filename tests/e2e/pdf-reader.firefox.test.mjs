// The PDF reader in real Firefox ESR: popup → reader, articles in the sidebar, a scan's notice.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import { exportCarriesThePage, highlightAndReopen, popupOpensReader, scanSaysNoText, startPdfServer } from './lib/pdf-reader-scenarios.mjs';
import { waitFor } from './lib/page-actions.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: newspaper PDFs in Jianbao\'s reader', () => {
  const env = withDemoAndBrowser(launchFirefox, startPdfServer);
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
  env.readerPrefix = () => `${env.browser.base}/viewer/viewer.html`;
  env.download = async (page, selector, name) => {
    const dir = env.browser.downloadDir;
    const before = new Set(fs.readdirSync(dir));
    await page.click(selector);
    // Firefox makes the file empty at once and writes a .part beside it, renamed over it when done.
    const done = (f) => !before.has(f) && name.test(f) && !f.endsWith('.part') && !fs.existsSync(path.join(dir, `${f}.part`)) && fs.statSync(path.join(dir, f)).size > 0;
    const file = await waitFor(() => fs.readdirSync(dir).find(done), { timeout: 30_000, what: `a ${name} download` });
    return fs.readFileSync(path.join(dir, file));
  };
  const waitForReader = async (tab) => {
    await tab.waitForFunction(() => location.href.includes('/viewer/viewer.html?file='), { timeout: 20_000 }).catch(() => undefined);
    return tab;
  };

  it('opens a PDF tab in the reader from the popup, lists its articles, highlights in two colours with a note that return from another address and export with their page, and says a scan has no text', async () => {
    const reader = await popupOpensReader(env, { waitForReader });
    await highlightAndReopen(env, reader);
    await exportCarriesThePage(env);
    await scanSaysNoText(env, reader);
  });
});

// The PDF reader in real Firefox ESR: popup → reader, articles in the sidebar, a scan's notice.
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import { exportCarriesThePage, highlightAndReopen, popupOpensReader, scanSaysNoText, startPdfServer } from './lib/pdf-reader-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: newspaper PDFs in Jianbao\'s reader', () => {
  const env = withDemoAndBrowser(launchFirefox, startPdfServer);
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
  env.readerPrefix = () => `${env.browser.base}/viewer/viewer.html`;
  env.download = (page, selector, name) => env.browser.download(page, selector, name);
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

// The PDF reader in real Chromium: popup → reader, articles in the sidebar, a scan's notice.
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { highlightAndReopen, popupOpensReader, scanSaysNoText, startPdfServer } from './lib/pdf-reader-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: newspaper PDFs in Jianbao\'s reader', () => {
  const env = withDemoAndBrowser(() => launchChromium(), startPdfServer);
  env.openPopup = async (tabId) => {
    const popup = await env.browser.context.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    return popup;
  };
  env.readerPrefix = () => `chrome-extension://${env.browser.extensionId}/viewer/viewer.html`;
  const waitForReader = async (tab) => {
    await tab.waitForURL(/\/viewer\/viewer\.html\?file=/, { timeout: 20_000 });
    return tab;
  };

  it('opens a PDF tab in the reader from the popup, lists its articles, highlights in two colours with a note that return from another address, and says a scan has no text', async () => {
    const reader = await popupOpensReader(env, { waitForReader });
    await highlightAndReopen(env, reader);
    await scanSaysNoText(env, reader);
  });
});

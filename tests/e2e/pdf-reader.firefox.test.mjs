// The PDF reader in real Firefox ESR: popup → reader, articles in the sidebar, a scan's notice.
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import { exportCarriesThePage, highlightAndReopen, orphanListedAndCounted, popupOpensReader, popupReachesReader, readerHighlightMenu, scanSaysNoText, shortcutHighlightsInReader, startPdfServer } from './lib/pdf-reader-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: newspaper PDFs in Jianbao\'s reader', () => {
  const env = withDemoAndBrowser(launchFirefox, startPdfServer);
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
  env.readerPrefix = () => `${env.browser.base}/viewer/viewer.html`;
  env.download = (page, selector, name) => env.browser.download(page, selector, name);
  env.extensionPage = () => env.browser.openExtensionPage('options/options.html');
  env.badgeText = async (tabId) => {
    const page = await env.browser.openExtensionPage('options/options.html');
    try {
      return await page.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
    } finally {
      await page.close();
    }
  };
  const waitForReader = async (tab) => {
    await tab.waitForFunction(() => location.href.includes('/viewer/viewer.html?file='), { timeout: 20_000 }).catch(() => undefined);
    return tab;
  };

  it('opens a PDF tab in the reader from the popup, lists its articles, highlights in two colours with a note that return from another address and export with their page, and says a scan has no text', async () => {
    const reader = await popupOpensReader(env, { waitForReader });
    env.reader = reader;
    await highlightAndReopen(env, reader);
    await exportCarriesThePage(env);
    await scanSaysNoText(env, reader);
  });

  // The same browser and reader tab, with the two highlights made above.
  it('edits and deletes a highlight from its menu in the reader, lists an orphan with the count on the badge, the popup scrolls the reader, finds again, clips and repaints it, and the highlight shortcut works there', async () => {
    await readerHighlightMenu(env, env.reader);
    await orphanListedAndCounted(env, env.reader);
    await popupReachesReader(env, env.reader);
    await shortcutHighlightsInReader(env, env.reader);
  });
});

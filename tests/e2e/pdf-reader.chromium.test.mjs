// The PDF reader in real Chromium: popup → reader, articles in the sidebar, a scan's notice.
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { exportCarriesThePage, highlightAndReopen, orphanListedAndCounted, popupOpensReader, popupReachesReader, readerHighlightMenu, scanSaysNoText, shortcutHighlightsInReader, startPdfServer } from './lib/pdf-reader-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: newspaper PDFs in Jianbao\'s reader', () => {
  const env = withDemoAndBrowser(() => launchChromium(), startPdfServer);
  env.openPopup = async (tabId) => {
    const popup = await env.browser.context.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    return popup;
  };
  env.readerPrefix = () => `chrome-extension://${env.browser.extensionId}/viewer/viewer.html`;
  env.download = async (page, selector, name) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(selector)]);
    if (!name.test(download.suggestedFilename())) throw new Error(`unexpected download ${download.suggestedFilename()}`);
    return fs.readFileSync(await download.path());
  };
  env.extensionPage = async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.optionsUrl);
    return page;
  };
  env.badgeText = (tabId) => env.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const waitForReader = async (tab) => {
    await tab.waitForURL(/\/viewer\/viewer\.html\?file=/, { timeout: 20_000 });
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

// The reader's corrections in real Chromium: correct a person in the popup, reload, export, the
// citation names the corrected person; screenshots of the editor in English and Chinese.
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { correctAuthorReloadExport } from './lib/correction-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

for (const locale of ['en-US', 'zh-CN']) {
  describe(`Chromium (${locale}): the reader corrects the article`, () => {
    const env = withDemoAndBrowser(() => launchChromium({ locale }));
    env.openPopup = async (tabId) => {
      const popup = await env.browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(env.browser.popupUrl(tabId));
      return popup;
    };
    env.exportFile = async (popup, format) => {
      await popup.selectOption('.export-bar select', format);
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.click(`[data-action="export-${format}"]`)]);
      return fs.readFileSync(await download.path(), 'utf8');
    };

    it('a corrected author survives a reload and is in the exported citation', () =>
      correctAuthorReloadExport(env, { screenshotPrefix: `corrections-chromium-${locale.slice(0, 2)}` }));
  });
}

// The popup and options page in real Firefox ESR, in English and Chinese: page view with the
// demo article's highlights, All notes with a search, and the options page; screenshots to
// test-results/, checked for strings missing from _locales and for overflow of the 400 px popup.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { inspectPage, ORPHAN_QUOTE, SEARCH, seedBackup } from '../popup/fixtures/seed-notes.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { waitFor } from './lib/page-actions.mjs';

const ARTICLE = '/html/2022-03/31/content_5.htm';
const POPUP_WIDTH = 400;

for (const locale of ['en-US', 'zh-CN']) {
  const lang = locale.slice(0, 2);
  describe(`Firefox popup and options (${locale})`, () => {
    let ff;
    let server;
    let origin;
    let tabId;
    let uiLanguage;
    before(async () => {
      ({ server, origin } = await startDemoServer());
      ff = await launchFirefox({ locale });
      fs.mkdirSync('test-results', { recursive: true });
      const article = await ff.browser.newPage();
      await article.goto(origin + ARTICLE);
      tabId = await ff.tabIdOf(origin + ARTICLE);
      const seeder = await ff.openExtensionPage('options/options.html');
      const reply = await seeder.evaluate(
        (text) => browser.runtime.sendMessage({ type: 'ui-bg:import-file', payload: { text } }),
        seedBackup(origin, ARTICLE),
      );
      assert.equal(reply.ok, true, JSON.stringify(reply));
      uiLanguage = await seeder.evaluate(() => browser.i18n.getUILanguage());
      await seeder.close();
      // With stored highlights the loader has the annotator injected at load, as a reader would see it.
      await article.reload();
      await waitFor(() => article.evaluate(() => !!document.querySelector('jianbao-ui') || performance.now() > 1500), { what: 'the annotator' });
    });
    after(async () => {
      await ff?.close();
      server?.close();
    });

    // Firefox switches its UI language only with the language pack installed (Debian's
    // firefox-esr-l10n-zh-cn, which .ci/run installs); then browser.i18n follows intl.locale.requested.
    it('shows the page view with the orphan, in the language of the browser, within 400 px', async () => {
      assert.equal(uiLanguage.slice(0, 2), lang, `browser.i18n.getUILanguage() is ${uiLanguage}; is firefox-esr-l10n-zh-cn installed?`);
      const popup = await ff.openExtensionPage(`popup/popup.html?tab=${tabId}`);
      await popup.setViewport({ width: POPUP_WIDTH, height: 600 });
      await popup.waitForSelector('.orphans .quote', { timeout: 15_000 }).catch(async (error) => {
        throw new Error(`${error.message}; the popup shows: ${await popup.evaluate(() => document.body.innerText.slice(0, 300))}`);
      });
      assert.equal(await popup.$eval('.orphans .quote', (e) => e.textContent), ORPHAN_QUOTE);
      const report = await popup.evaluate(inspectPage, POPUP_WIDTH);
      assert.deepEqual(report.missing, []);
      assert.deepEqual(report.overflowing, []);
      const tab = await popup.$eval('#tab-page', (e) => e.textContent);
      assert.equal(tab, uiLanguage.startsWith('zh') ? '本页' : 'This page');
      await popup.screenshot({ path: `test-results/popup-page-firefox-${lang}.png`, fullPage: true });
      await popup.close();
    });

    it('searches All notes for a Chinese word inside longer words', async () => {
      const popup = await ff.openExtensionPage(`popup/popup.html?tab=${tabId}&view=all&q=${encodeURIComponent(SEARCH.zh)}`);
      await popup.setViewport({ width: POPUP_WIDTH, height: 600 });
      await popup.waitForSelector(`.result-count[data-total="${SEARCH.zhMatches}"]`);
      await waitFor(async () => (await popup.$$('.note-row:not(.placeholder)')).length === SEARCH.zhMatches, { what: 'the rows' });
      const report = await popup.evaluate(inspectPage, POPUP_WIDTH);
      assert.deepEqual(report.missing, []);
      assert.deepEqual(report.overflowing, []);
      await popup.screenshot({ path: `test-results/popup-search-firefox-${lang}.png`, fullPage: true });
      await popup.close();
    });

    it('renders the options page with every string present', async () => {
      const options = await ff.openExtensionPage('options/options.html');
      await options.waitForSelector('[data-role="usage"]');
      await waitFor(() => options.evaluate(() => /\d/.test(document.querySelector('[data-role="usage"]').textContent)), { what: 'storage usage' });
      const report = await options.evaluate(inspectPage, 0);
      assert.deepEqual(report.missing, []);
      assert.match(await options.$eval('.shortcuts + p', (e) => e.textContent), /about:addons/);
      await options.screenshot({ path: `test-results/options-firefox-${lang}.png`, fullPage: true });
      await options.close();
    });
  });
}

// The popup and options page in real Chromium, in English and Chinese: page view (groups,
// in-place note and tag editing, orphan), All notes with a search, and the options page.
// Screenshots go to test-results/ as artefacts; every view is checked for strings missing
// from _locales and for anything wider than the 400 px popup.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { inspectPage, ORPHAN_QUOTE, SEARCH, seedBackup } from '../popup/fixtures/seed-notes.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { clickSwatch, selectText, waitFor, waitForPainted } from './lib/page-actions.mjs';

const ARTICLE = '/html/2022-03/31/content_5.htm';
const QUOTE = '市政府办公室出台《荆州市城市运行管理服务平台工作方案》';
const QUOTE2 = '全面建成城市运行管理服务平台';
const POPUP_WIDTH = 400;

for (const locale of ['en-US', 'zh-CN']) {
  const lang = locale.slice(0, 2);
  describe(`Chromium popup and options (${locale})`, () => {
    let browser;
    let server;
    let origin;
    let article;
    let tabId;
    before(async () => {
      ({ server, origin } = await startDemoServer());
      browser = await launchChromium({ locale });
      fs.mkdirSync('test-results', { recursive: true });
      article = await browser.context.newPage();
      await article.goto(origin + ARTICLE);
      await selectText(article, QUOTE);
      await clickSwatch(article, 0);
      await waitForPainted(article, 'yellow', 1);
      await selectText(article, QUOTE2);
      await clickSwatch(article, 1);
      await waitForPainted(article, 'green', 1);
      tabId = await browser.tabIdOf(origin + ARTICLE);
      // The rest of the notes come in through the real restore path.
      const seeder = await browser.context.newPage();
      await seeder.goto(browser.optionsUrl);
      const reply = await seeder.evaluate(
        (text) => chrome.runtime.sendMessage({ type: 'ui-bg:import-file', payload: { text } }),
        seedBackup(origin, ARTICLE),
      );
      assert.equal(reply.ok, true, JSON.stringify(reply));
      await seeder.close();
      await article.reload();
      await waitForPainted(article, 'yellow', 1);
      await waitFor(async () => (await browser.storedHighlights()).find((h) => h.exact === ORPHAN_QUOTE)?.status === 'orphan', { what: 'the orphan reported' });
    });
    after(async () => {
      await browser?.close();
      server?.close();
    });

    async function openPopup(extra = '') {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
      await popup.goto(browser.popupUrl(tabId, extra));
      return popup;
    }

    it('shows the page view with the article, editable notes and tags, and the orphan', async () => {
      const popup = await openPopup();
      await popup.waitForSelector('li.highlight');
      assert.deepEqual(await popup.locator('.article-group li.highlight .quote').allTextContents(), [QUOTE, QUOTE2]);
      assert.match(await popup.locator('.page-title').textContent(), /加快城市运行管理/);
      assert.match(await popup.locator('.byline').first().textContent(), /王子瑶.*2022/);
      assert.deepEqual(await popup.locator('.orphans .quote').allTextContents(), [ORPHAN_QUOTE]);

      await popup.locator('.article-group li.highlight').first().locator('[data-action="edit-note"]').click();
      await popup.locator('.note-editor').fill(lang === 'zh' ? '城市治理的目标' : 'The goal of the plan');
      await popup.locator('.page-title').click();
      await popup.locator('.article-group li.highlight').first().locator('.tag-input').fill('城市');
      await popup.locator('.article-group li.highlight').first().locator('.tag-input').press('Enter');
      const saved = await waitFor(async () => {
        const h = (await browser.storedHighlights()).find((x) => x.exact === QUOTE);
        return h?.note && h.tags.includes('城市') ? h : null;
      }, { what: 'the note and tag saved' });
      assert.ok(saved.tokens.includes('城市'), 'the tag is searchable');
      await popup.waitForSelector('.tag');

      const report = await popup.evaluate(inspectPage, POPUP_WIDTH);
      assert.deepEqual(report.missing, []);
      assert.deepEqual(report.overflowing, []);
      assert.ok(report.scrollWidth <= POPUP_WIDTH, `scrollWidth ${report.scrollWidth}`);
      if (lang === 'zh') assert.equal(await popup.locator('#tab-page').textContent(), '本页');
      else assert.equal(await popup.locator('#tab-page').textContent(), 'This page');
      await popup.screenshot({ path: `test-results/popup-page-chromium-${lang}.png`, fullPage: true });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot({ path: `test-results/popup-page-dark-chromium-${lang}.png`, fullPage: true });
      await popup.close();
    });

    it('searches All notes in Chinese and English and filters by colour', async () => {
      const popup = await openPopup();
      await popup.click('#tab-all');
      await popup.waitForSelector('.result-count');
      await popup.fill('[data-role="search"]', SEARCH.zh);
      await popup.waitForSelector(`.result-count[data-total="${SEARCH.zhMatches}"]`);
      const quotes = await popup.locator('.note-row .row-quote').allTextContents();
      assert.equal(quotes.length, SEARCH.zhMatches);
      assert.ok(quotes.every((q) => q.includes('普法')), quotes.join(' | '));
      const report = await popup.evaluate(inspectPage, POPUP_WIDTH);
      assert.deepEqual(report.missing, []);
      assert.deepEqual(report.overflowing, []);
      await popup.screenshot({ path: `test-results/popup-search-chromium-${lang}.png`, fullPage: true });

      await popup.fill('[data-role="search"]', SEARCH.en);
      await popup.waitForSelector(`.result-count[data-total="${SEARCH.enMatches}"]`);
      await popup.click('.filters summary');
      await popup.selectOption('[data-filter="color"]', 'pink');
      await popup.waitForSelector('.result-count[data-total="1"]');
      assert.match(await popup.locator('.note-row .row-quote').textContent(), /heatwaves/);
      const filtersReport = await popup.evaluate(inspectPage, POPUP_WIDTH);
      assert.deepEqual(filtersReport.overflowing, []);
      await popup.screenshot({ path: `test-results/popup-filters-chromium-${lang}.png`, fullPage: true });
      await popup.close();
    });

    it('deletes a highlight from the popup and undoes it', async () => {
      const popup = await openPopup();
      await popup.waitForSelector('li.highlight');
      const before = (await browser.storedHighlights()).length;
      await popup.locator('.article-group li.highlight').nth(1).locator('[data-action="delete"]').click();
      await waitFor(async () => (await browser.storedHighlights()).length === before - 1, { what: 'the delete' });
      await popup.click('[data-action="notice-action"]');
      await waitFor(async () => (await browser.storedHighlights()).some((h) => h.exact === QUOTE2), { what: 'the undo' });
      await popup.close();
    });

    it('renders the options page in the browser language with every string translated', async () => {
      const options = await browser.context.newPage();
      await options.goto(browser.optionsUrl);
      await options.waitForSelector('[data-role="usage"]');
      await waitFor(() => options.evaluate(() => /\d/.test(document.querySelector('[data-role="usage"]').textContent)), { what: 'storage usage' });
      const report = await options.evaluate(inspectPage, 0);
      assert.deepEqual(report.missing, []);
      const heading = await options.locator('h1').textContent();
      if (lang === 'zh') assert.match(heading, /[\u4e00-\u9fff]/);
      else assert.match(heading, /options/i);
      const colourNames = await options.locator('.palette input[type="text"]').evaluateAll((els) => els.map((e) => e.value));
      assert.equal(colourNames[0], lang === 'zh' ? '黄色' : 'Yellow');
      assert.ok((await options.locator('.shortcuts tr').count()) >= 3, 'the shortcuts are listed');
      await options.screenshot({ path: `test-results/options-chromium-${lang}.png`, fullPage: true });
      await options.close();
    });
  });
}

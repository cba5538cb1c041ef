// The vertical slice in real Firefox ESR (puppeteer-core over WebDriver BiDi).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { withDemoAndBrowser } from './lib/with-browser.mjs';
import { SLICE_ARTICLE, SLICE_QUOTE, toolbarHighlightComesBackAfterReload } from './lib/slice-scenarios.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { waitFor, waitForPainted } from './lib/page-actions.mjs';

const ARTICLE = SLICE_ARTICLE;
const QUOTE = SLICE_QUOTE;

describe('Firefox: one highlight end to end', () => {
  const env = withDemoAndBrowser(launchFirefox);

  it('highlights a selection from the toolbar, stores it and paints it again after a reload', () =>
    toolbarHighlightComesBackAfterReload(env));

  it('lists the highlight in the popup and exports a Markdown file that contains it', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.origin + ARTICLE);
    await waitForPainted(page, 'yellow', 1);
    const tabId = await env.browser.tabIdOf(env.origin + ARTICLE);
    const popup = await env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('li.highlight', { timeout: 15_000 });
    const quotes = await popup.$$eval('li.highlight .quote', (els) => els.map((e) => e.textContent));
    assert.deepEqual(quotes, [QUOTE]);
    const title = await popup.$eval('.page-title', (e) => e.textContent);
    assert.match(title, /加快城市运行管理“一网统管”/);
    fs.mkdirSync('test-results', { recursive: true });
    await popup.screenshot({ path: 'test-results/popup-firefox-en.png' });

    await popup.click('[data-action="export-markdown"]');
    const file = await waitFor(
      () => fs.readdirSync(env.browser.downloadDir).find((f) => /^jianbao-\d{4}-\d{2}-\d{2}\.md$/.test(f)),
      { timeout: 15_000, what: 'the downloaded Markdown file' },
    );
    const markdown = fs.readFileSync(path.join(env.browser.downloadDir, file), 'utf8');
    assert.ok(markdown.includes(QUOTE));
    await popup.close();
    await page.close();
  });

  it('tells the reader when Jianbao cannot run on a browser page', async () => {
    const page = await env.browser.newPage();
    // about:robots never reports a finished navigation over BiDi (goto would wait out its 30 s
    // timeout), and without the tabs permission the extension is not told its address: the tab
    // is the newest one, shown once Firefox has drawn the page.
    await page.goto('about:robots', { timeout: 3_000 }).catch(() => undefined);
    await waitFor(() => page.evaluate(() => document.readyState === 'complete').catch(() => false), { what: 'about:robots drawn' }).catch(() => undefined);
    const tabId = await env.browser.newestTabId();
    const popup = await env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[role="alert"]', { timeout: 15_000 });
    const message = await popup.$eval('[role="alert"]', (e) => e.textContent);
    assert.match(message, /cannot run on this page/);
    await popup.close();
    await page.close();
  });
});

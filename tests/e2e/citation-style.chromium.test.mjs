// Citation style end to end in real Chromium: the reader chooses APA in the options page, makes a
// highlight on an e-paper article, picks "copy with citation" in the highlight menu, and the
// system clipboard holds the quote and the reference citeproc-js made in the background's engine
// worker (offscreen document) — the same string the options page's preview (the popup side of
// the engine) shows for that article.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { clickSwatch, openMenu, pressTimes, selectText, waitFor, waitForPainted } from './lib/page-actions.mjs';

const ARTICLE = '/html/2022-03/31/content_5.htm';
const QUOTE = '以物联网、大数据、人工智能、5G移动通信等前沿技术为支撑';

describe('Chromium: citation style', () => {
  let browser;
  let server;
  let origin;
  before(async () => {
    ({ server, origin } = await startDemoServer());
    browser = await launchChromium();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('copies with citation from the highlight menu in the style chosen in options', async () => {
    const options = await browser.newPage();
    await options.goto(browser.optionsUrl);
    await options.selectOption('select[data-setting="citationStyle"]', 'apa');
    await options.waitForSelector('.status, [role="status"]');

    const page = await browser.newPage();
    await page.goto(origin + ARTICLE);
    await selectText(page, QUOTE);
    await clickSwatch(page, 0);
    await waitForPainted(page, 'yellow', 1);
    await waitFor(async () => (await browser.storedArticles()).some((a) => a.title.startsWith('加快城市运行管理')), { what: 'the article stored' });
    // The highlight menu: click the highlight, then the copy button (after five colours and
    // the note button) by keyboard, as the menu is in a closed shadow root.
    await openMenu(page, QUOTE.slice(3, 12));
    await pressTimes(page, 'ArrowRight', 6);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Enter');
    const copied = await waitFor(async () => (await page.evaluate(() => navigator.clipboard.readText())) || null, { what: 'the clipboard', timeout: 20_000 });

    const pageUrl = origin + ARTICLE;
    const escaped = pageUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // APA 7 as the official style writes it: the names as bylined (never inverted), date, title, paper, page, URL.
    assert.match(copied, new RegExp(`^“${QUOTE}”\\n\\n王子瑶, 闵涛, & 陈江静\\. \\(2022, March 31\\)\\. 加快城市运行管理“一网统管”.*\\. 荆州日报, 2\\. ${escaped}$`), copied);

    // The options page previews the latest stored article, this one, with the same engine.
    await options.reload();
    const preview = await waitFor(async () => (await options.textContent('[data-role="preview-reference"]')) || null, { what: 'the preview' });
    assert.equal(copied.split('\n\n').at(-1), preview);
    await page.close();
    await options.close();
  });
});

// The vertical slice in real Chromium: select → toolbar → painted and stored → reload →
// painted again → popup lists it → Export Markdown file contains it. Plus bad input.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { withDemoAndBrowser } from './lib/with-browser.mjs';
import { SLICE_ARTICLE, SLICE_QUOTE, toolbarHighlightComesBackAfterReload } from './lib/slice-scenarios.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { selectText, waitFor, waitForPainted, waitForPanel } from './lib/page-actions.mjs';

const ARTICLE = SLICE_ARTICLE;
const QUOTE = SLICE_QUOTE;

describe('Chromium: one highlight end to end', () => {
  const env = withDemoAndBrowser(launchChromium);

  it('highlights a selection from the toolbar, stores it and paints it again after a reload', () =>
    toolbarHighlightComesBackAfterReload(env));

  it('registers the keyboard shortcuts, and the shortcut/context-menu command highlights the selection', async () => {
    const commands = await env.browser.worker.evaluate(() => chrome.commands.getAll());
    const shortcuts = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    assert.equal(shortcuts.highlight, 'Alt+Shift+H');
    assert.equal(shortcuts['highlight-note'], 'Alt+Shift+K');
    assert.equal(shortcuts['highlight-sentence'], 'Alt+Shift+S');

    // Headless Chromium does not route key presses to extension commands, so the test sends the
    // message the command and menu handlers send (bg-cs:command) from the real service worker.
    const page = await env.browser.newPage();
    await page.goto(env.origin + '/html/2022-03/31/content_7.htm');
    await selectText(page, '市政协副主席万江平');
    // The shortcut's own handler injects the annotator first (sendToAnnotator); sending the
    // message directly, the test waits until the selection has brought the annotator in.
    await waitForPanel(page);
    const tabId = await env.browser.tabIdOf(env.origin + '/html/2022-03/31/content_7.htm');
    const reply = await env.browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'bg-cs:command', payload: { command: 'highlight' } }),
      tabId,
    );
    assert.deepEqual(reply, { done: true });
    await waitForPainted(page, 'yellow', 1);
    await waitFor(async () => (await env.browser.storedHighlights()).some((h) => h.exact === '市政协副主席万江平'), { what: 'the stored highlight' });

    // The sentence command highlights the whole sentence around the caret.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('founder-content p')].find((el) => el.textContent.startsWith('万江平强调'));
      getSelection().collapse(p.firstChild, 10);
    });
    await env.browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'bg-cs:command', payload: { command: 'highlight-sentence' } }), tabId);
    const sentence = await waitFor(
      async () => (await env.browser.storedHighlights()).find((h) => h.exact.startsWith('万江平强调')),
      { what: 'the sentence highlight' },
    );
    assert.match(sentence.exact, /^万江平强调，.*获得感；$|^万江平强调，[^。]*。$/);
    await page.close();
  });

  it('lists the highlight in the popup with the page title and exports it as Markdown', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.origin + ARTICLE);
    await waitForPainted(page, 'yellow', 1);
    const tabId = await env.browser.tabIdOf(env.origin + ARTICLE);
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    await popup.waitForSelector('li.highlight');
    const quotes = await popup.locator('li.highlight .quote').allTextContents();
    assert.deepEqual(quotes, [QUOTE]);
    const title = await popup.locator('.page-title').textContent();
    assert.match(title, /加快城市运行管理“一网统管”/);
    fs.mkdirSync('test-results', { recursive: true });
    await popup.screenshot({ path: 'test-results/popup-chromium-en.png' });

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-action="export-markdown"]')]);
    assert.match(download.suggestedFilename(), /^jianbao-\d{4}-\d{2}-\d{2}\.md$/);
    const file = await download.path();
    const markdown = fs.readFileSync(file, 'utf8');
    assert.ok(markdown.includes(QUOTE), 'the Markdown contains the quote');
    assert.ok(markdown.includes('加快城市运行管理'), 'the Markdown names the article');
    await popup.close();
    await page.close();
  });

  it('tells the reader when Jianbao cannot run on a browser page', async () => {
    const page = await env.browser.newPage();
    await page.goto('chrome://version');
    const tabId = await env.browser.tabIdOf('chrome://version');
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    const message = await popup.locator('[role="alert"]').textContent();
    assert.match(message, /cannot run on this page/);
    await popup.close();
    await page.close();
  });
});

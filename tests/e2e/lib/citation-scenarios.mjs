// Citation style end to end, shared by the Chromium and Firefox tests: the reader chooses APA in
// the options page, makes a highlight on an e-paper article, picks "copy with citation" in the
// highlight menu, and the system clipboard holds the quote and the reference citeproc-js made in
// the background's engine worker — the same string the options page's preview (the extension
// page side of the engine) shows for that article.
import assert from 'node:assert/strict';
import { clickSwatch, openMenu, pressTimes, selectText, waitFor, waitForPainted } from './page-actions.mjs';

export const ARTICLE = '/html/2022-03/31/content_5.htm';
export const QUOTE = '以物联网、大数据、人工智能、5G移动通信等前沿技术为支撑';

/** Runs in the options page: the preview's reference line. */
const previewReference = () => document.querySelector('[data-role="preview-reference"]')?.textContent ?? '';

/**
 * env: origin; openOptions() (a fresh options page), chooseStyle(page, id) (the select, as a
 * reader uses it), newPage(), storedArticles(), markClipboard(page, text) and readClipboard(page)
 * (the system clipboard, however the browser lets a test reach it).
 */
export async function copyWithCitationInChosenStyle(env) {
  let options = await env.openOptions();
  await options.waitForSelector('select[data-setting="citationStyle"]');
  await env.chooseStyle(options, 'apa');
  await options.waitForSelector('.status, [role="status"]');
  // The preview comes from the same engine worker the highlight menu uses: once it shows APA,
  // the engine is built (seconds for APA), so the copy below answers within the click's grace.
  await waitFor(async () => /^[^[]+\(\d{4}/.test(await options.evaluate(previewReference)), { what: 'the APA preview', timeout: 30_000 });

  const page = await env.newPage();
  await page.goto(env.origin + ARTICLE);
  await selectText(page, QUOTE);
  await clickSwatch(page, 0);
  await waitForPainted(page, 'yellow', 1);
  await waitFor(async () => (await env.storedArticles()).some((a) => a.title.startsWith('加快城市运行管理')), { what: 'the article stored' });
  // The highlight menu: click the highlight, then the copy button (after five colours and
  // the note button) by keyboard, as the menu is in a closed shadow root.
  await openMenu(page, QUOTE.slice(3, 12));
  await pressTimes(page, 'ArrowRight', 6);
  const marker = `jianbao-e2e-${Date.now()}`;
  await env.markClipboard(page, marker);
  await page.keyboard.press('Enter');
  const copied = await waitFor(
    async () => {
      const text = await env.readClipboard(page);
      return text && text !== marker ? text : null;
    },
    { what: 'the clipboard', timeout: 20_000 },
  );

  const escaped = (env.origin + ARTICLE).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // APA 7 as the official style writes it: the names as bylined (never inverted), date, title, paper, page, URL.
  assert.match(copied, new RegExp(`^“${QUOTE}”\\n\\n王子瑶, 闵涛, & 陈江静\\. \\(2022, March 31\\)\\. 加快城市运行管理“一网统管”.*\\. 荆州日报, 2\\. ${escaped}$`), copied);

  // The options page previews the latest stored article, this one, with the same engine.
  await options.close();
  options = await env.openOptions();
  const preview = await waitFor(async () => (await options.evaluate(previewReference)) || null, { what: 'the preview' });
  assert.equal(copied.split('\n\n').at(-1), preview);
  await page.close();
  await options.close();
}

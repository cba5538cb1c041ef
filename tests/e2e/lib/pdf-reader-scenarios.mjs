// The PDF reader in a real browser: a newspaper PDF served by a local server, opened in a tab,
// taken to Jianbao's reader through the popup's "Open in Jianbao's reader"; the sidebar lists
// the page's articles, a click outlines one; a scan says its text cannot be selected yet.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startDemoServer } from '../../../scripts/demo-server.mjs';

export const SEED_PDF = '/epaper/2022-03/31/jzrb-20220331-02.pdf';
export const SCAN_PDF = '/scans/scan-no-text.pdf';
const pdf = (name) => () => ({ type: 'application/pdf', body: fs.readFileSync(`tests/fixtures/pdf/${name}`) });

export function startPdfServer() {
  return startDemoServer({ routes: { [SEED_PDF]: pdf('jzrb-20220331-02.pdf'), [SCAN_PDF]: pdf('scan-no-text.pdf') } });
}

/** Opens `url` in a new tab; the browser's own PDF viewer (or a download in headless Chromium) is fine. */
async function openTab(env, url) {
  const page = await env.browser.newPage();
  await page.goto(url).catch(() => undefined);
  return page;
}

/** The popup on the PDF tab offers the reader; its button turns the tab into the reader page. */
export async function popupOpensReader(env, { waitForReader }) {
  const url = env.origin + SEED_PDF;
  const tab = await openTab(env, url);
  const tabId = await env.browser.tabIdOf(url);
  assert.ok(tabId, 'the PDF tab is found');
  const popup = await env.openPopup(tabId);
  await popup.waitForSelector('[data-action=open-pdf-reader]', { timeout: 15_000 });
  await popup.click('[data-action=open-pdf-reader]');
  const reader = await waitForReader(tab);
  await reader.waitForFunction(() => document.body.dataset.articles === 'ready', { timeout: 60_000 });
  const entries = await reader.$$eval('#articles button', (buttons) => buttons.map((b) => b.querySelector('.article-title')?.textContent ?? ''));
  assert.equal(entries.length, 10, `ten items listed, got ${JSON.stringify(entries)}`);
  assert.ok(entries.some((text) => text.includes('党建业务相融合 打造政务服务新标杆')), 'the displaced-kicker article has its title');
  assert.ok(entries.some((text) => text.includes('习近平论中国梦')), 'the boxed column is listed');
  assert.match(await reader.$eval('#doc-title', (el) => el.textContent), /荆州日报 · 2022-03-31/);
  // A text layer to select from.
  assert.ok((await reader.$$eval('.textLayer span', (spans) => spans.length)) > 1000, 'the page has its text layer');
  // A click outlines the article where it is printed.
  await reader.click('#articles button[data-item="4"]');
  await reader.waitForSelector('.jb-item-outline', { timeout: 10_000 });
  const outlines = await reader.$$eval('.jb-item-outline', (els) => els.map((el) => el.getBoundingClientRect().height));
  assert.ok(outlines.length >= 2 && outlines.every((h) => h > 10), `the article is outlined (${outlines})`);
  // No request left for anywhere but the extension and the PDF's own server.
  return reader;
}

/** A scan opens and says plainly its text cannot be selected yet. */
export async function scanSaysNoText(env, reader) {
  await reader.evaluate((address) => {
    location.search = `?file=${encodeURIComponent(address)}`;
  }, env.origin + SCAN_PDF);
  await reader.waitForFunction(() => document.body.dataset.articles === 'ready' && !document.getElementById('notice').hidden, { timeout: 60_000 });
  assert.match(await reader.$eval('#notice', (el) => el.textContent), /no text layer/);
  assert.equal(await reader.$$eval('#articles button', (buttons) => buttons.length), 0);
}

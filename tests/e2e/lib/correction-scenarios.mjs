// The correction flow, written once for both browsers: highlight on an article page, correct a
// person's name in the popup's article heading, reload the page (detection runs again), export a
// citation, and find the corrected name in the file. `env.openPopup(tabId)` and
// `env.exportFile(popup, formatId)` (→ the file's text) are the browser-specific parts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { clickSwatch, selectText, waitFor, waitForPainted } from './page-actions.mjs';

export const CORRECTION_ARTICLE = '/html/2022-03/31/content_5.htm';
const QUOTE = '全面建成城市运行管理服务平台';
const DETECTED_NAME = '王子瑶';
export const CORRECTED_NAME = '王紫瑶';

/** Replaces an input's text by typing, as a reader would (focus, select all, type). */
export async function typeInto(page, selector, text) {
  await page.evaluate((s) => {
    const input = document.querySelector(s);
    input.focus();
    input.select();
  }, selector);
  await page.keyboard.type(text);
}

const storedArticle = async (env) => (await env.browser.storedArticles()).find((a) => a.id === env.origin + CORRECTION_ARTICLE);

export async function correctAuthorReloadExport(env, { screenshotPrefix }) {
  const page = await env.browser.newPage();
  await page.goto(env.origin + CORRECTION_ARTICLE);
  await selectText(page, QUOTE);
  await clickSwatch(page, 0);
  await waitForPainted(page, 'yellow', 1);
  const detected = await waitFor(() => storedArticle(env), { what: 'the detected article' });
  assert.equal(detected.authors[0].name, DETECTED_NAME);
  const tabId = await env.browser.tabIdOf(env.origin + CORRECTION_ARTICLE);

  // The popup's heading → edit → person 1's name → save.
  let popup = await env.openPopup(tabId);
  await popup.waitForSelector('[data-action="edit-article"]');
  await popup.click('[data-action="edit-article"]');
  await popup.waitForSelector('form.article-editor');
  const nameInput = 'form.article-editor [data-person="0"] input';
  assert.equal(await popup.$eval(nameInput, (e) => e.value), DETECTED_NAME);
  await typeInto(popup, nameInput, CORRECTED_NAME);
  fs.mkdirSync('test-results', { recursive: true });
  await popup.screenshot({ path: `test-results/${screenshotPrefix}-editing.png` });
  await popup.click('[data-action="save-article"]');
  await popup.waitForSelector('.notice [data-action="notice-action"]');
  const corrected = await waitFor(async () => {
    const a = await storedArticle(env);
    return a?.readerFields?.authors ? a : null;
  }, { what: 'the stored correction' });
  assert.deepEqual(corrected.authors.map((p) => p.name), [CORRECTED_NAME, '闵涛', '陈江静']);
  assert.equal(corrected.authors[0].role, 'reporter');
  await popup.waitForSelector('.reader-mark');
  await popup.screenshot({ path: `test-results/${screenshotPrefix}-corrected.png` });
  await popup.close();

  // Reload: the page has a stored highlight, so the annotator detects the article again and
  // saves it; the background merges, and the reader's name stays.
  await page.reload();
  await waitForPainted(page, 'yellow', 1);
  const redetected = await waitFor(async () => {
    const a = await storedArticle(env);
    return a && a.updatedAt > corrected.updatedAt ? a : null;
  }, { what: 'the article detected again after the reload' });
  assert.equal(redetected.authors[0].name, CORRECTED_NAME);
  assert.equal(redetected.detected.authors[0].name, DETECTED_NAME);

  // Export from the popup: the citation and the CSL-JSON name the corrected person.
  popup = await env.openPopup(tabId);
  await popup.waitForSelector('li.highlight');
  const byline = await popup.$eval('.article-heading .byline', (e) => e.textContent);
  assert.ok(byline.includes(CORRECTED_NAME), byline);
  const citation = await env.exportFile(popup, 'citation-gbt7714-2015');
  assert.ok(citation.includes(CORRECTED_NAME), citation);
  assert.ok(!citation.includes(DETECTED_NAME), citation);
  const csl = JSON.parse(await env.exportFile(popup, 'csl-json'));
  const names = csl.flatMap((item) => item.author ?? []).map((a) => a.literal ?? `${a.family ?? ''}${a.given ?? ''}`);
  assert.ok(names.includes(CORRECTED_NAME), JSON.stringify(names));

  // Undo (from a fresh correction): the notice's Undo gives the previous name back.
  await popup.click('[data-action="edit-article"]');
  await popup.waitForSelector('form.article-editor');
  await typeInto(popup, 'form.article-editor input[name="page"]', 'A2');
  await popup.click('[data-action="save-article"]');
  await waitFor(async () => (await storedArticle(env))?.page === 'A2', { what: 'the page correction' });
  await popup.waitForSelector('.notice [data-action="notice-action"]');
  await popup.click('.notice [data-action="notice-action"]');
  const undone = await waitFor(async () => {
    const a = await storedArticle(env);
    return a?.page === '02' ? a : null;
  }, { what: 'the undone page correction' });
  assert.equal(undone.readerFields.page, undefined);
  assert.equal(undone.authors[0].name, CORRECTED_NAME);
  await popup.close();
  await page.close();
}

// The PDF reader in a real browser: a newspaper PDF served by a local server, opened in a tab,
// taken to Jianbao's reader through the popup's "Open in Jianbao's reader"; the sidebar lists
// the page's articles, a click outlines one; a scan says its text cannot be selected yet.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startDemoServer } from '../../../scripts/demo-server.mjs';
import { choose, clickSwatch, waitFor } from './page-actions.mjs';

export const SEED_PDF = '/epaper/2022-03/31/jzrb-20220331-02.pdf';
export const SCAN_PDF = '/scans/scan-no-text.pdf';
/** The same PDF under another address: its highlights must come back there (identity by fingerprint). */
export const MIRROR_PDF = '/mirror/copy-of-page.pdf';
const pdf = (name) => () => ({ type: 'application/pdf', body: fs.readFileSync(`tests/fixtures/pdf/${name}`) });

export function startPdfServer() {
  return startDemoServer({ routes: { [SEED_PDF]: pdf('jzrb-20220331-02.pdf'), [MIRROR_PDF]: pdf('jzrb-20220331-02.pdf'), [SCAN_PDF]: pdf('scan-no-text.pdf') } });
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
  await reader.waitForFunction(() => document.querySelectorAll('.textLayer span').length > 1000, { timeout: 30_000 });
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

/**
 * Selects `text` in the reader's text layer as a reader would drag over it: the phrase runs over
 * several spans (one per glyph in Chromium's PDFs; radicals such as ⾥ folded for the search),
 * then the mouse is released on it.
 */
export async function selectInTextLayer(reader, text) {
  const found = await reader.evaluate((needle) => {
    const spans = [...document.querySelectorAll('.textLayer span[role=presentation]')];
    const joined = spans.map((span) => span.textContent).join('').normalize('NFKC');
    const at = joined.indexOf(needle);
    if (at < 0) return false;
    let offset = 0;
    let start;
    let end;
    for (const span of spans) {
      const length = span.textContent.length;
      if (!start && at < offset + length) start = [span, at - offset];
      if (at + needle.length <= offset + length) {
        end = [span, at + needle.length - offset];
        break;
      }
      offset += length;
    }
    start[0].scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(start[0].firstChild, start[1]);
    range.setEnd(end[0].firstChild, end[1]);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    const rect = range.getBoundingClientRect();
    end[0].dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
    return true;
  }, text);
  assert.ok(found, `text in the text layer: ${text}`);
}

const listed = (reader) => reader.$$eval('.article-highlights li', (items) => items.map((li) => ({ quote: li.querySelector('.quote')?.textContent, note: li.querySelector('.note')?.textContent ?? '', color: li.dataset.color, article: li.closest('li:has(> button)')?.querySelector('.article-title')?.textContent ?? '' })));

/** Two highlights in two colours, one with a note; the same PDF from another address shows them again. */
export async function highlightAndReopen(env, reader) {
  await reader.waitForFunction(() => document.body.dataset.highlights === 'ready', { timeout: 60_000 });
  await selectInTextLayer(reader, '废弃井在哪里');
  await clickSwatch(reader, 1);
  await waitFor(async () => (await listed(reader)).length === 1, { what: 'the first highlight listed' });
  await selectInTextLayer(reader, '整改32台高耗能设备');
  await clickSwatch(reader, 5); // ✎ after the five colours: highlight, then the note editor
  await waitFor(async () => (await listed(reader)).length === 2, { what: 'the second highlight listed' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await reader.keyboard.type('数字待核实');
  await reader.keyboard.down('Control');
  await reader.keyboard.press('Enter');
  await reader.keyboard.up('Control');
  await waitFor(async () => (await listed(reader)).some((entry) => entry.note === '数字待核实'), { what: 'the note saved' });
  const before = await listed(reader);
  assert.equal(new Set(before.map((entry) => entry.color)).size, 2, 'two colours');
  assert.ok(before.every((entry) => entry.article.includes('“最美石油红”守护碧水蓝天')), `both under their article: ${JSON.stringify(before)}`);

  // Reopen from another address: the fingerprint is the identity.
  await reader.evaluate((address) => {
    location.search = `?file=${encodeURIComponent(address)}`;
  }, env.origin + MIRROR_PDF);
  // (evaluate, not waitForFunction: the two drivers pass arguments to the latter differently)
  await waitFor(() => reader.evaluate((mirror) => location.search.includes(encodeURIComponent(mirror)) && document.body.dataset.highlights === 'ready', MIRROR_PDF).catch(() => false), { timeout: 60_000, what: 'the reader on the other address' });
  const after = await listed(reader);
  assert.deepEqual(after.map((e) => [e.quote, e.note, e.color]).sort(), before.map((e) => [e.quote, e.note, e.color]).sort());
  await waitFor(() => reader.evaluate(() => [...CSS.highlights.keys()].filter((key) => key.startsWith('jianbao-pdf-') && CSS.highlights.get(key).size > 0).length === 2), { what: 'both colours painted again' });

  const stored = await env.browser.storedHighlights();
  assert.equal(stored.length, 2);
  for (const highlight of stored) {
    assert.match(highlight.pageUrl, /^urn:x-pdf:[0-9a-f]{32}$/);
    assert.deepEqual(highlight.selectors.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector', 'PageSelector']);
    assert.match(highlight.articleId, /#item-\d+$/);
  }
  const articles = await env.browser.storedArticles();
  const article = articles.find((record) => record.id === stored[0].articleId);
  assert.equal(article?.title, '“最美石油红”守护碧水蓝天');
  assert.deepEqual([article?.publication, article?.date, article?.page], ['荆州日报', '2022-03-31', '02']);

  // The popup on the reader tab lists the PDF's highlights under their article's heading.
  const tabId = await env.browser.tabIdOf(env.readerPrefix());
  assert.ok(tabId, 'the reader tab is found');
  const popup = await env.openPopup(tabId);
  const group = await waitFor(
    () =>
      popup.evaluate(() => {
        const section = [...document.querySelectorAll('section.article-group')].find((s) => s.querySelector('ul.highlights')?.textContent.includes('废弃井在哪里'));
        const list = section?.querySelector('ul.highlights');
        return section ? { id: section.dataset.article, heading: section.textContent.replace(list?.textContent ?? '', ''), quotes: list.textContent } : null;
      }),
    { timeout: 15_000, what: 'the PDF highlights in the popup' },
  );
  assert.equal(group.id, article.id);
  // With one article on the page the heading sits above the group: the item's headline, paper, 版次, date.
  const heading = await popup.evaluate(() => document.querySelector('main').textContent.split('废弃井在哪里')[0]);
  assert.ok(heading.includes('“最美石油红”守护碧水蓝天') && heading.includes('荆州日报') && /02/.test(heading), `the item's headline heads its highlights: ${heading.slice(0, 300)}`);
  assert.ok(group.quotes.includes('整改32台高耗能设备') && group.quotes.includes('数字待核实'), 'both highlights and the note under it');
  await popup.close();
}

/**
 * The popup on the reader tab exports the PDF's highlights: Markdown with the item's headline,
 * paper, date and 版次 above the quotes, and a GB/T 7714 reference list citing the paper with
 * the date and page, as for any newspaper article (the urn:x-pdf key is no URL and is left out).
 */
export async function exportCarriesThePage(env) {
  const tabId = await env.browser.tabIdOf(env.readerPrefix());
  const popup = await env.openPopup(tabId);
  await popup.waitForSelector('section.article-group li.highlight', { timeout: 15_000 });
  await choose(popup, '[data-role="export-format"]', 'markdown');
  const markdown = (await env.download(popup, '[data-action="export-markdown"]', /\.md$/u)).toString('utf8');
  const section = markdown.split(/^## /mu).find((part) => part.startsWith('“最美石油红”守护碧水蓝天'));
  assert.ok(section, `the item's headline heads a section: ${markdown.slice(0, 400)}`);
  assert.match(section, /^- Newspaper: 荆州日报$/mu);
  assert.match(section, /^- Date: 2022-03-31$/mu);
  assert.match(section, /^- Page: 02$/mu);
  assert.match(section, /^> 废弃井在哪里$/mu);
  assert.match(section, /^> 整改32台高耗能设备$/mu);
  assert.match(section, /^数字待核实$/mu, 'the note follows its quote');
  assert.ok(!markdown.includes('urn:x-pdf'), 'no urn:x-pdf address as a URL');

  await choose(popup, '[data-role="export-format"]', 'citation-gbt7714-2015');
  const references = (await env.download(popup, '[data-action="export-citation-gbt7714-2015"]', /-gbt7714-2015\.txt$/u)).toString('utf8');
  // 题名[N]. 报纸名, 出版日期(版次). — 第02版 is cited as page 2.
  assert.match(references, /^\[1\] .*“最美石油红”守护碧水蓝天\[N\]\. 荆州日报, 2022-03-31\(2\)\./mu, references);
  await popup.close();
}

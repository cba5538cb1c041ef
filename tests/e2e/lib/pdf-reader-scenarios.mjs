// The PDF reader in a real browser: a newspaper PDF served by a local server, opened in a tab,
// taken to Jianbao's reader through the popup's "Open in Jianbao's reader"; the sidebar lists
// the page's articles, a click outlines one; a scan says its text cannot be selected yet.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startDemoServer } from '../../../scripts/demo-server.mjs';
import { choose, clickSwatch, pressTimes, waitFor, waitForPanel } from './page-actions.mjs';

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
  // No request left for anywhere but the extension and the PDF's own server: the reader page's
  // resource timing lists its web requests (extension files are not listed), here the PDF only.
  const loaded = await reader.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  const own = new URL(await reader.evaluate(() => location.href)).origin;
  assert.ok(loaded.includes(url), `the PDF's own fetch is seen: ${JSON.stringify(loaded)}`);
  assert.deepEqual(loaded.filter((name) => !name.startsWith(`${own}/`) && !name.startsWith(`${env.origin}/`)), [], 'nothing from elsewhere');
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

// ---------------------------------------------------------------------------------------------
// The highlight menu in the reader, orphans, and the popup reaching the reader tab. These run
// in the same browser after the scenarios above (the two highlights they leave are the start).
// ---------------------------------------------------------------------------------------------

/** Runs in the reader: ranges painted per colour (`jianbao-pdf-<colour>`), empty colours left out. */
function paintedByColor() {
  const out = {};
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('jianbao-pdf-') && highlight.size > 0) out[name.slice('jianbao-pdf-'.length)] = highlight.size;
  return out;
}

/** The reader with `path` open, once its highlights are listed and anchored. */
async function openInReader(env, reader, path) {
  await reader.evaluate((address) => {
    location.search = `?file=${encodeURIComponent(address)}`;
  }, env.origin + path);
  await waitFor(() => reader.evaluate((p) => location.search.includes(encodeURIComponent(p)) && document.body.dataset.highlights === 'ready', path).catch(() => false), { timeout: 60_000, what: `the reader on ${path}` });
}

/**
 * Clicks a painted highlight as a reader would: the middle of the first glyph of `text` in the
 * text layer (scrolled to the middle of the view first), then waits for the menu.
 */
async function openMenuOn(reader, text) {
  const point = await reader.evaluate((needle) => {
    const spans = [...document.querySelectorAll('.textLayer span[role=presentation]')];
    const joined = spans.map((span) => span.textContent).join('').normalize('NFKC');
    const at = joined.indexOf(needle);
    if (at < 0) return null;
    let offset = 0;
    for (const span of spans) {
      if (at < offset + span.textContent.length) {
        span.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(span.firstChild, at - offset);
        range.setEnd(span.firstChild, at - offset + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      offset += span.textContent.length;
    }
    return null;
  }, text);
  assert.ok(point, `text in the text layer: ${text}`);
  await reader.mouse.click(point.x, point.y);
  await waitFor(() => reader.evaluate(() => document.querySelector('jianbao-ui')?.style.display === 'block'), { what: `the highlight menu on ${text}` });
}

const storedHere = async (env, exact) => (await env.browser.storedHighlights()).find((h) => h.exact === exact);

/**
 * Two highlights are stored (green 废弃井在哪里; yellow 整改32台高耗能设备 with a note). A click on a
 * painted one opens the annotator's highlight menu in the reader (five colours, ✎, ⧉, 🗑 —
 * reached by arrow keys from the first colour, as on web pages): a new colour is stored and
 * painted, a note typed in its editor is stored and listed, a delete unpaints and unlists it, and
 * the toast's Undo puts it back.
 */
export async function readerHighlightMenu(env, reader) {
  await openInReader(env, reader, SEED_PDF);
  const first = await storedHere(env, '废弃井在哪里');
  const second = await storedHere(env, '整改32台高耗能设备');
  // pdf.js draws the text layer lazily: painted once it is there.
  const before = await waitFor(async () => {
    const painted = await reader.evaluate(paintedByColor);
    return Object.keys(painted).length === 2 ? painted : null;
  }, { what: 'both highlights painted' });
  assert.deepEqual(Object.keys(before).sort(), [first.color, second.color].sort(), 'both painted in their colours');
  assert.notEqual(first.color, 'blue');

  // Colour: the third swatch (blue).
  await openMenuOn(reader, '废弃井在哪里');
  await pressTimes(reader, 'ArrowRight', 2);
  await reader.keyboard.press('Enter');
  const recoloured = { [second.color]: before[second.color], blue: before[first.color] };
  await waitFor(async () => sameColours(await reader.evaluate(paintedByColor), recoloured), { what: 'painted blue instead' });
  assert.equal((await storedHere(env, '废弃井在哪里')).color, 'blue', 'the new colour stored');
  assert.ok((await listed(reader)).some((entry) => entry.quote === '废弃井在哪里' && entry.color === 'blue'), 'the sidebar shows the new colour');

  // Note: ✎ after the five colours opens the note editor with the keyboard in it.
  await openMenuOn(reader, '废弃井在哪里');
  await pressTimes(reader, 'ArrowRight', 5);
  await reader.keyboard.press('Enter');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await reader.keyboard.type('核对井数');
  await reader.keyboard.down('Control');
  await reader.keyboard.press('Enter');
  await reader.keyboard.up('Control');
  await waitFor(async () => (await listed(reader)).some((entry) => entry.quote === '废弃井在哪里' && entry.note === '核对井数'), { what: 'the note listed' });
  assert.equal((await storedHere(env, '废弃井在哪里')).note, '核对井数', 'the note stored');

  // Delete (🗑, the eighth button), then Undo on the toast that replaces the menu (it stays 6 s).
  await openMenuOn(reader, '整改32台高耗能设备');
  await pressTimes(reader, 'ArrowRight', 7);
  await reader.keyboard.press('Enter');
  await waitFor(async () => sameColours(await reader.evaluate(paintedByColor), { blue: before[first.color] }), { what: 'the deleted highlight unpainted' });
  assert.deepEqual((await listed(reader)).map((entry) => entry.quote), ['废弃井在哪里'], 'unlisted');
  // The reader unpaints once the background has deleted it: one read of the store.
  assert.equal(await storedHere(env, '整改32台高耗能设备'), undefined, 'deleted from the store');
  // The toast sits in a closed shadow root: "Undo" is its last button, at its right end (padding 10 + border 1).
  const toast = await waitForPanel(reader);
  await reader.mouse.click(toast.x + toast.width - 11 - 12, toast.y + toast.height / 2);
  await waitFor(async () => sameColours(await reader.evaluate(paintedByColor), recoloured), { what: 'painted again after Undo' });
  const restored = await storedHere(env, '整改32台高耗能设备');
  assert.deepEqual([restored?.id, restored?.note, restored?.color], [second.id, '数字待核实', second.color], 'the same record back, note and all');
}

const sameColours = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** A highlight of this PDF whose quote is not in its text (made by another reading of the PDF): imported from a backup. */
const ORPHAN_QUOTE = '这句话不在这一版上';

/**
 * An orphan: a highlight stored for this PDF that its text does not hold. Imported while the
 * reader is open, it reaches the reader (the import announces itself on the reader channel),
 * which lists it as not found, stores its status and puts the count on its tab's badge; the
 * popup lists it under Orphans.
 */
export async function orphanListedAndCounted(env, reader) {
  const [made] = await env.browser.storedHighlights();
  const pageUrl = made.pageUrl;
  const now = Date.now();
  const orphan = {
    id: 'pdf-orphan-1', pageUrl, pageTitle: made.pageTitle, exact: ORPHAN_QUOTE, color: 'pink', note: '旧版本的划线', tags: [], status: 'anchored',
    selectors: [{ type: 'TextQuoteSelector', exact: ORPHAN_QUOTE, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 40, end: 40 + ORPHAN_QUOTE.length }, { type: 'PageSelector', index: 0 }],
    createdAt: now, updatedAt: now,
  };
  const backup = JSON.stringify({ format: 'jianbao-backup', version: 1, exportedAt: new Date(now).toISOString(), articles: [], highlights: [orphan] });
  const ext = await env.extensionPage();
  const imported = await ext.evaluate(send, ['ui-bg:import-file', { text: backup }]);
  await ext.close();
  assert.equal(imported.ok, true, JSON.stringify(imported));

  const box = await waitFor(() => reader.evaluate(() => {
    const orphans = document.querySelector('#articles .orphans');
    return orphans && { heading: orphans.firstChild.textContent, quotes: [...orphans.querySelectorAll('.quote')].map((q) => q.textContent) };
  }), { timeout: 15_000, what: 'the orphan listed in the reader' });
  assert.match(box.heading, /^1 highlights not found in this PDF/);
  assert.deepEqual(box.quotes, [ORPHAN_QUOTE]);
  const painted = await reader.evaluate(paintedByColor);
  assert.ok(!painted.pink && Object.keys(painted).length === 2, `nothing painted for it: ${JSON.stringify(painted)}`);
  await waitFor(async () => (await storedHere(env, ORPHAN_QUOTE))?.status === 'orphan', { what: 'the orphan status stored' });
  const tabId = await env.browser.tabIdOf(env.readerPrefix());
  assert.equal(await waitFor(async () => (await env.badgeText(tabId)) || null, { what: 'the badge' }), '1');

  const popup = await env.openPopup(tabId);
  await popup.waitForSelector('.orphans .quote', { timeout: 15_000 });
  assert.deepEqual(await popup.$$eval('.orphans .quote', (quotes) => quotes.map((q) => q.textContent)), [ORPHAN_QUOTE]);
  assert.match(await popup.$eval('#orphans-title', (h) => h.textContent), /1/);
  await popup.close();
}

/** Runs in an extension page: one message to the background, as the popup sends it. */
function send([type, payload]) {
  return (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type, payload });
}

/** Waits for the popup's notice to match `pattern` (notices replace each other; the last one is named on a timeout). */
async function noticeSays(popup, pattern) {
  let last = null;
  await waitFor(async () => {
    last = await popup.evaluate(() => document.querySelector('.notice .notice-text')?.textContent ?? null);
    return last !== null && pattern.test(last);
  }, { timeout: 15_000, what: `the popup notice ${pattern} (last: ${last})` }).catch((error) => {
    throw new Error(`${error.message}; the notice said: ${last}`);
  });
  return last;
}

/**
 * The popup on the reader tab reaches the reader over the reader channel: a click on a quote
 * scrolls the reader to it and outlines its first glyph; an orphan's quote says it is not in
 * the PDF; Find again makes the reader anchor once more (its sidebar is drawn afresh); Clip
 * clips the article selected in the reader's sidebar; a colour change and a delete made in the
 * popup are painted in the reader at once.
 */
export async function popupReachesReader(env, reader) {
  const tabId = await env.browser.tabIdOf(env.readerPrefix());
  const target = await storedHere(env, '废弃井在哪里');
  const popup = await env.openPopup(tabId);
  await popup.waitForSelector(`li.highlight[data-id="${target.id}"] button.quote`, { timeout: 15_000 });

  // Scroll to: the reader is at the top of the page, the quote further down.
  await reader.evaluate(() => {
    document.getElementById('viewerContainer').scrollTop = 0;
  });
  await popup.click(`li.highlight[data-id="${target.id}"] button.quote`);
  const flashed = await waitFor(() => reader.evaluate(() => {
    const span = document.querySelector('.textLayer span.jb-flash');
    if (!span) return null;
    const r = span.getBoundingClientRect();
    const view = document.getElementById('viewerContainer').getBoundingClientRect();
    return { text: span.textContent, inView: r.top >= view.top && r.bottom <= view.bottom };
  }), { what: 'the highlight flashed in the reader' });
  assert.deepEqual(flashed, { text: '废', inView: true });
  assert.equal(await popup.evaluate(() => document.querySelector('.notice.error')?.textContent ?? null), null, 'no error in the popup');

  // The orphan's quote: the reader answers that it is not in the PDF.
  await popup.click('.orphans button.quote');
  await noticeSays(popup, /^That highlight is not on the page as it is now\.$/);

  // Find again: the reader lists and anchors the PDF's highlights again and reports them.
  await reader.evaluate(() => {
    window.__orphanBox = document.querySelector('#articles .orphans');
  });
  await popup.click('[data-action=find-again]');
  await noticeSays(popup, /^Searched the page again\.$/);
  assert.ok(await reader.evaluate(() => !window.__orphanBox.isConnected && !!document.querySelector('#articles .orphans')), 'the reader drew its list afresh, the orphan still listed');

  // Clip: the article selected in the reader's sidebar.
  await reader.click('#articles button[data-item="4"]');
  const selected = await reader.$eval('#articles button[data-item="4"] .article-title', (el) => el.lastChild.textContent);
  await popup.click('[data-action=clip]');
  await noticeSays(popup, /^Clipped 1 article\(s\) with 0 image\(s\)/);
  const clippings = await env.browser.readStore('clippings');
  assert.equal(clippings.length, 1);
  assert.equal(clippings[0].id, `${target.pageUrl}#item-4`);
  assert.ok(clippings[0].title && selected.includes(clippings[0].title), `the selected item clipped: ${clippings[0].title} / ${selected}`);
  assert.deepEqual([clippings[0].publication, clippings[0].date, clippings[0].page], ['荆州日报', '2022-03-31', '02']);

  // A colour changed in the popup is painted in the reader; a delete unpaints it.
  const before = await reader.evaluate(paintedByColor);
  const others = Object.fromEntries(Object.entries(before).filter(([colour]) => colour !== target.color));
  await choose(popup, `li.highlight[data-id="${target.id}"] select`, 'pink');
  await waitFor(async () => sameColours(await reader.evaluate(paintedByColor), { ...others, pink: before[target.color] }), { what: 'the popup’s colour painted in the reader' });
  assert.ok((await listed(reader)).some((entry) => entry.quote === '废弃井在哪里' && entry.color === 'pink'), 'the reader’s sidebar shows it');
  await popup.click(`li.highlight[data-id="${target.id}"] [data-action=delete]`);
  await waitFor(async () => sameColours(await reader.evaluate(paintedByColor), others), { what: 'the popup’s delete unpainted in the reader' });
  assert.ok(!(await listed(reader)).some((entry) => entry.quote === '废弃井在哪里'), 'gone from the reader’s sidebar');
  assert.equal(await storedHere(env, '废弃井在哪里'), undefined);
  await popup.close();
}

/**
 * The extension's shortcut in the reader: the browser hands Alt+Shift+H to the background (as it
 * does on any page; dispatched here the way the browser does, see runCommand), which passes it
 * to the reader tab over the reader channel; the selection is highlighted in the first colour.
 */
export async function shortcutHighlightsInReader(env, reader) {
  const phrase = '中华优秀传统文化'; // no character the PDF maps to a radical (民 → ⺠)
  await selectInTextLayer(reader, phrase);
  // The tab by its address as it is now (the reader added pdf=… to it).
  const href = await reader.evaluate(() => location.href);
  const tab = { url: () => href, bringToFront: () => reader.bringToFront() };
  await env.browser.runCommand('shortcut', 'highlight', tab);
  await waitFor(async () => (await listed(reader)).some((entry) => entry.quote === phrase && entry.color === 'yellow'), { what: 'the shortcut’s highlight listed' });
  const stored = await storedHere(env, phrase);
  assert.equal(stored?.color, 'yellow', 'stored in the first colour');
  assert.ok(await reader.evaluate(() => (CSS.highlights.get('jianbao-pdf-yellow')?.size ?? 0) > 0), 'painted');
}

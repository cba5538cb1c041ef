// The clipping book end to end, written once for both browsers: clip the demo article (with a
// photo), highlight another with a note, find both in the book under 荆州日报 → 2022-03-31 →
// 第02版 with the highlight painted and its note shown, stop the demo server and read the
// clipping again from what was stored (its image too), export EPUB and HTML.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startDemoServer } from '../../../scripts/demo-server.mjs';
import { clickSwatch, noteFrame, openMenu, pressTimes, selectText, waitFor, waitForPainted } from './page-actions.mjs';

export const CLIPPED = '/book/content_6.htm';
export const HIGHLIGHTED = '/html/2022-03/31/content_5.htm';
export const QUOTE = '力争在2023年底前，建成荆州市级城市运行管理服务平台';
export const NOTE = 'Timeline: 2023 for the city platform';
const PHOTO = fs.readFileSync('tests/fixtures/clippings/photo.jpg');

/** The demo's 最美石油红 article with a 320 × 200 photo before its second paragraph. */
export async function startBookServer() {
  const article = fs
    .readFileSync('demo/html/2022-03/31/content_6.htm', 'utf8')
    .replaceAll('../../../epaper.css', '/epaper.css')
    .replace('<p>李兵参加巡井工作', '<figure><img src="/book/photo.jpg" width="320" height="200" alt="巡井"><figcaption>李兵在巡井。</figcaption></figure>\n<p>李兵参加巡井工作');
  return startDemoServer({
    routes: {
      [CLIPPED]: () => ({ body: article }),
      '/book/photo.jpg': () => ({ type: 'image/jpeg', body: PHOTO }),
    },
  });
}

/** The book's contents as paper → date → page label → headlines. */
function contentsOf(book) {
  return book.evaluate(() =>
    [...document.querySelectorAll('details[data-group="paper"]')].map((paper) => ({
      paper: paper.querySelector('.toc-paper')?.textContent,
      dates: [...paper.querySelectorAll('details[data-group="date"]')].map((date) => ({
        date: date.querySelector('.toc-date')?.textContent,
        pages: [...date.querySelectorAll('.toc-page')].map((page) => ({
          label: page.querySelector('.toc-page-label')?.textContent,
          titles: [...page.querySelectorAll('[data-clip]')].map((a) => a.textContent),
        })),
      })),
    })),
  );
}

async function openClipping(book, title) {
  await book.evaluate((t) => [...document.querySelectorAll('[data-clip]')].find((a) => a.textContent === t)?.click(), title);
  await waitFor(() => book.evaluate((t) => document.querySelector('.clip-headline')?.textContent === t && !!document.querySelector('.clip-column'), title), { what: `the clipping ${title}` });
}

/**
 * The clipping's image once it is decoded from the stored bytes (a blob: URL, not the server):
 * waits for the image to finish loading (complete, with a natural width) and decode(), and
 * fails with what the image reported (a decode error, not loaded) instead of a width of 0.
 */
async function imageShows(book) {
  let last = { src: '', width: 0, state: 'no image' };
  try {
    return await waitFor(async () => {
      last = await book.evaluate(async () => {
        const img = document.querySelector('.clip-figure img');
        if (!img) return { src: '', width: 0, state: 'no image' };
        let state = img.complete ? 'complete' : 'loading';
        try {
          await img.decode();
          state = 'decoded';
        } catch (error) {
          state += `, decode(): ${error}`;
        }
        return { src: img.getAttribute('src') ?? '', width: img.naturalWidth, state };
      });
      return last.state === 'decoded' && last.width > 0 ? last : null;
    }, { what: 'the photo to decode', timeout: 10_000 });
  } catch {
    assert.fail(`the photo did not decode: ${JSON.stringify(last)}`);
  }
}

export async function clipHighlightReadOfflineExport(env) {
  // 1. Clip the article with the photo from the popup.
  const page = await env.newPage();
  await page.goto(env.origin + CLIPPED);
  const tabId = await env.browser.tabIdOf(env.origin + CLIPPED);
  const popup = await env.openPopup(tabId);
  await popup.waitForSelector('[data-action="clip"]');
  await popup.click('[data-action="clip"]');
  // The popup says what it clipped (or why not).
  const said = await waitFor(() => popup.evaluate(() => document.querySelector('.notice-text')?.textContent), { what: 'the popup to report the clip', timeout: 30_000 });
  if (!/1/u.test(said)) {
    // The background's own reply names the reason the popup's sentence summarises.
    const reply = await popup.evaluate((id) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'ui-bg:clip-tab', payload: { tabId: id } }), tabId);
    assert.fail(`the popup said: ${said}; the background: ${JSON.stringify(reply)}`);
  }
  await waitFor(async () => (await env.browser.readStore('clippings')).length === 1, { what: `the clipping stored (the popup said: ${said})`, timeout: 20_000 });
  const images = await env.browser.readStore('clippingImages');
  assert.equal(images.length, 1, 'the article photo is stored');
  await popup.close();

  // 2. Highlight a passage of another article, with a note (highlighting clips it too).
  const other = await env.newPage();
  await other.goto(env.origin + HIGHLIGHTED);
  await selectText(other, QUOTE);
  await clickSwatch(other, 0);
  await waitForPainted(other, 'yellow', 1);
  await waitFor(async () => (await env.browser.readStore('annotations')).some((h) => h.exact === QUOTE), { what: 'the highlight stored' });
  await openMenu(other, QUOTE);
  await pressTimes(other, 'ArrowRight', 5);
  await other.keyboard.press('Enter');
  await noteFrame(other);
  await other.keyboard.type(NOTE);
  await other.keyboard.down('Control');
  await other.keyboard.press('Enter');
  await other.keyboard.up('Control');
  await waitFor(async () => (await env.browser.readStore('annotations')).some((h) => h.note === NOTE), { what: 'the note stored' });
  await waitFor(async () => (await env.browser.readStore('clippings')).length === 2, { what: 'the highlighted article clipped', timeout: 20_000 });

  // 3. The book: both under 荆州日报 → 2022-03-31 → 第02版, the highlight painted, its note beside it.
  const book = await env.openExtension('clippings/clippings.html');
  await book.waitForSelector('[data-clip]');
  assert.deepEqual(await contentsOf(book), [
    { paper: '荆州日报', dates: [{ date: '2022-03-31', pages: [{ label: '第02版', titles: ['“最美石油红”守护碧水蓝天', '加快城市运行管理“一网统管”'] }] }] },
  ]);
  await openClipping(book, '加快城市运行管理“一网统管”');
  const painted = await book.evaluate(() => ({
    marks: [...document.querySelectorAll('mark.hl')].map((m) => [m.textContent, getComputedStyle(m).backgroundColor]),
    notes: [...document.querySelectorAll('.margin-note .note-text')].map((n) => n.textContent),
  }));
  assert.deepEqual(painted.marks.map(([text]) => text), [QUOTE]);
  assert.notEqual(painted.marks[0][1], 'rgba(0, 0, 0, 0)', 'the highlight has its colour');
  assert.deepEqual(painted.notes, [NOTE]);
  await openClipping(book, '“最美石油红”守护碧水蓝天');
  const online = await imageShows(book);
  assert.match(online.src, /^blob:/u);
  assert.equal(online.width, 320);
  if (env.screenshot) await env.screenshot(book, 'book');
  await book.close();

  // 4. The demo server stops: the book still reads the clipping and shows its photo.
  await new Promise((resolve) => env.server.close(resolve));
  const offline = await env.openExtension('clippings/clippings.html');
  await offline.waitForSelector('[data-clip]');
  await openClipping(offline, '“最美石油红”守护碧水蓝天');
  const text = await offline.evaluate(() => document.querySelector('.clip-column')?.textContent ?? '');
  assert.ok(text.includes('整改32台高耗能设备'), 'the stored text reads');
  const stored = await imageShows(offline);
  assert.match(stored.src, /^blob:/u);
  assert.equal(stored.width, 320, 'the stored photo decodes with the server gone');

  // 5. Export the book as EPUB and as one HTML file.
  const epub = await env.download(offline, '[data-export="epub"]', /\.epub$/u);
  assert.equal(epub.subarray(0, 2).toString('latin1'), 'PK');
  assert.ok(epub.includes(Buffer.from('mimetypeapplication/epub+zip')), 'mimetype first, stored');
  assert.ok(epub.includes(PHOTO), 'the photo is inside the EPUB');
  const html = (await env.download(offline, '[data-export="html"]', /\.html$/u)).toString('utf8');
  assert.ok(html.includes('“最美石油红”守护碧水蓝天') && html.includes('加快城市运行管理“一网统管”'));
  assert.ok(html.includes(`data:image/jpeg;base64,${PHOTO.toString('base64')}`), 'the photo is inside the HTML');
  const marks = [...html.matchAll(/<mark class="hl c0">(.*?)<\/mark>/gu)].map((m) => m[1].replace(/<[^>]+>/gu, ''));
  assert.deepEqual(marks, [QUOTE], 'the highlight is painted in the exported page');
  // Latin runs of the Chinese article's note carry lang="en" spans: read the text without tags.
  assert.ok(html.replace(/<[^>]+>/gu, '').includes(NOTE), 'its note is in the exported page');
  assert.ok(!/<script/iu.test(html));
  await offline.close();
  await page.close();
  await other.close();
}

// Articles inside frames, written once for both browsers: a page that shows one article in a
// same-origin iframe and another in a cross-origin (and cross-site) iframe, and a page that
// writes one article into a srcdoc iframe and another into an about:blank iframe (with
// document.write, as e-paper and mail-like viewers do). In each frame the toolbar, the stored
// article, a cold shortcut, a cold context-menu click and the restore after a reload must work;
// in a written frame, also the next article the viewer shows there (another text, another page).
// `env` gives newPage(), storedHighlights(), storedArticles(), stopBackground(),
// runCommand(kind, command, page, selectionText, frameUrl) and origin; `frameUrl` may be
// `name:<window name>` for a frame without an address of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import { startDemoServer } from '../../../scripts/demo-server.mjs';
import { paintedCount, selectText, waitFor, waitForPainted, waitForPanel } from './page-actions.mjs';
import { withDemoAndBrowser } from './with-browser.mjs';

export const FRAMES_HOST = '/frames/host.htm';
const SAME_ORIGIN = '/html/2022-03/31/content_9.htm';
const CROSS_ORIGIN = '/html/2022-03/31/content_10.htm';

/** The same server under another host name: another origin and another site (127.0.0.1 vs localhost). */
const otherSite = (req) => `http://localhost:${req.socket.localPort}`;

function hostPage(req) {
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>Two frames</title>
<style>body{margin:0} iframe{border:0;width:545px;height:880px;float:left}</style></head>
<body><iframe id="same" src="${SAME_ORIGIN}"></iframe><iframe id="cross" src="${otherSite(req)}${CROSS_ORIGIN}"></iframe></body></html>`;
}

export const WRITTEN_HOST = '/frames/written.htm';
const demoArticle = (path) => fs.readFileSync(`demo${path}`, 'utf8');
const attribute = (html) => html.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * A page that writes its articles into frames with no address of their own: one as a srcdoc
 * attribute, one into an about:blank frame with document.open/write/close after the page loaded.
 */
function writtenPage() {
  const script = JSON.stringify(demoArticle(CROSS_ORIGIN)).replaceAll('</', '<\\/');
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>Written frames</title>
<style>body{margin:0} iframe{border:0;width:545px;height:880px;float:left}</style></head>
<body><iframe id="srcdoc" name="srcdoc" srcdoc="${attribute(demoArticle(SAME_ORIGIN))}"></iframe><iframe id="blank" name="blank"></iframe>
<script>addEventListener('load', () => { const d = frames.blank.document; d.open(); d.write(${script}); d.close(); });</script></body></html>`;
}

/** The demo server with the frames pages (the life-cycle pages too, so one server serves both). */
export function startFramesServer(routes = {}) {
  return startDemoServer({ routes: { ...routes, [FRAMES_HOST]: (req) => ({ body: hostPage(req) }), [WRITTEN_HOST]: () => ({ body: writtenPage() }) } });
}

async function frameOf(page, path) {
  return waitFor(() => page.frames().find((f) => f.url().endsWith(path)), { what: `the frame of ${path}` });
}

/** The frame whose window has `name` (a written frame has no address of its own to find it by). */
async function frameNamed(page, name) {
  return waitFor(
    async () => {
      for (const f of page.frames()) {
        if (f === page.mainFrame()) continue;
        const [frameName, text] = await f.evaluate(() => [window.name, document.body?.textContent.trim().length ?? 0]).catch(() => ['', 0]);
        if (frameName === name && text > 0) return f;
      }
      return null;
    },
    { what: `the frame named ${name} with its article` },
  );
}

/** Where each kind of frame is, how to find it, and which page key its records must have. */
const FRAMES = {
  same: { host: FRAMES_HOST, find: (page) => frameOf(page, SAME_ORIGIN), menuFrame: (frame) => frame.url() },
  cross: { host: FRAMES_HOST, find: (page) => frameOf(page, CROSS_ORIGIN), menuFrame: (frame) => frame.url() },
  srcdoc: { host: WRITTEN_HOST, find: (page) => frameNamed(page, 'srcdoc'), menuFrame: () => 'name:srcdoc', written: true },
  blank: { host: WRITTEN_HOST, find: (page) => frameNamed(page, 'blank'), menuFrame: () => 'name:blank', written: true },
};

/** The n-th long paragraph's characters 6–18 in a frame, selected without mouse or key events. */
function selectQuietly(frame, n) {
  return frame.evaluate((n) => {
    const paragraphs = [...document.querySelectorAll('p')].filter((p) => p.firstChild?.nodeType === 3 && p.firstChild.data.length >= 30);
    const node = paragraphs[n].firstChild;
    const range = document.createRange();
    range.setStart(node, 6);
    range.setEnd(node, 18);
    node.parentElement.scrollIntoView({ block: 'center' });
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return range.toString();
  }, n);
}

function longParagraphText(frame, n) {
  return frame.evaluate((n) => [...document.querySelectorAll('p')].filter((p) => p.firstChild?.nodeType === 3 && p.firstChild.data.length >= 30)[n].firstChild.data.slice(4, 16), n);
}

const isStored = (stored, quote, pageUrl) => stored.some((h) => h.pageUrl === pageUrl && (h.exact.includes(quote) || quote.includes(h.exact)));

export async function frameWorks(env, which, options = {}) {
  const page = await env.newPage();
  // Closed even when a step fails: a second tab on the same address would take the next
  // scenario's commands (they find their tab by its address).
  try {
    return await frameSteps(env, which, page, options);
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function frameSteps(env, which, page, { screenshot }) {
  const where = FRAMES[which];
  const hostUrl = env.origin + where.host;
  await page.goto(hostUrl);
  let frame = await where.find(page);
  await waitFor(() => frame.evaluate(() => document.readyState === 'complete'), { what: 'the frame loaded' });
  // A frame its parent wrote has no address: its records are under the page's address plus a
  // fragment of the frame's text fingerprint (the same for all three highlights below).
  let frameKey = where.written ? null : frame.url();
  const isFrameKey = (key) => (where.written ? key.startsWith(`${hostUrl}#jianbao-frame=`) && (!frameKey || key === frameKey) : key === frameKey);
  const findStored = async (quote) => {
    const found = (await env.storedHighlights()).find((h) => isFrameKey(h.pageUrl) && (h.exact.includes(quote) || quote.includes(h.exact)));
    if (found) frameKey = found.pageUrl;
    return found;
  };
  const steps = [];

  // 1. The toolbar: select in the frame; the frame's loader asks for the annotator in that frame.
  const quote = await longParagraphText(frame, 0);
  await selectText(frame, quote);
  await waitForPanel(frame);
  // Bring the toolbar into the frame's view (a frame's own scrolling is the frame's business).
  await frame.evaluate(() => document.querySelector('jianbao-ui').scrollIntoView({ block: 'center' }));
  const box = await waitForPanel(frame);
  const offset = await page.evaluate((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return { x: r.x, y: r.y };
  }, which);
  assert.ok(box.y >= 0 && box.y < 880, `toolbar in the frame's view (y ${box.y})`);
  await page.mouse.click(offset.x + box.x + 5 + 11, offset.y + box.y + 5 + 14);
  await waitForPainted(frame, 'yellow', 1, 15_000);
  await waitFor(() => findStored(quote), { timeout: 15_000, what: 'the toolbar highlight stored under the frame' });
  steps.push('toolbar');

  // 2. The frame's article was detected in the frame: stored under the frame's key, with its own title.
  const article = await waitFor(async () => (await env.storedArticles()).find((a) => a.url === frameKey), { what: 'the frame article stored' });
  assert.ok(article.title && !/frames/i.test(article.title), `the article title (${article.title}) is the frame's, not the top page's`);
  assert.ok(article.bodyText.replace(/\s/g, '').includes(quote.replace(/\s/g, '').slice(0, 6)), "the body is the frame's text");
  assert.equal((await env.storedArticles()).some((a) => a.url === hostUrl), false, 'no article stored for the top page');
  steps.push('article');

  // 3. A shortcut, cold: the key press names no frame; the background finds the one with the selection.
  const shortcutQuote = await selectQuietly(frame, 1);
  await env.stopBackground();
  await env.runCommand('shortcut', 'highlight', page, shortcutQuote);
  await waitForPainted(frame, 'yellow', 2, 15_000);
  await waitFor(() => findStored(shortcutQuote), { timeout: 15_000, what: 'the shortcut highlight stored' });
  steps.push('shortcut');

  // 4. A context-menu click, cold: the menu event names the frame.
  const menuQuote = await selectQuietly(frame, 2);
  await env.stopBackground();
  await env.runCommand('menu', 'highlight', page, menuQuote, where.menuFrame(frame));
  await waitForPainted(frame, 'yellow', 3, 15_000);
  await waitFor(() => findStored(menuQuote), { timeout: 15_000, what: 'the menu highlight stored' });
  steps.push('menu');

  // 5. Restore: after a reload the frame paints its three highlights again; the top page paints none.
  await page.reload();
  frame = await where.find(page);
  await waitForPainted(frame, 'yellow', 3, 15_000);
  assert.equal(await paintedCount(page, 'yellow'), 0, 'nothing painted in the top page');
  assert.equal((await env.storedHighlights()).filter((h) => h.pageUrl === frameKey).length, 3, 'three highlights under the frame key');
  steps.push('restore');

  // 6. A viewer shows its next message in the same written frame: another text is another page.
  // None of the first text's highlights are painted over it, one made in it is stored under a key
  // of its own (not the first text's, where it would be restored as lost), and the first text
  // shown again paints its own three and not that one.
  if (where.written) {
    const other = demoArticle(which === 'srcdoc' ? CROSS_ORIGIN : SAME_ORIGIN).match(/<body[^>]*>([\s\S]*)<\/body>/i)[1];
    const first = await frame.evaluate((html) => {
      const before = document.body.innerHTML;
      document.body.innerHTML = html;
      return before;
    }, other);
    await waitForPainted(frame, 'yellow', 0, 15_000);
    const otherQuote = await selectQuietly(frame, 0);
    await env.runCommand('menu', 'highlight', page, otherQuote, where.menuFrame(frame));
    await waitForPainted(frame, 'yellow', 1, 15_000);
    const made = await waitFor(async () => (await env.storedHighlights()).find((h) => h.pageUrl.startsWith(`${hostUrl}#`) && (h.exact.includes(otherQuote) || otherQuote.includes(h.exact))), {
      timeout: 15_000,
      what: 'the highlight of the next message stored',
    });
    assert.ok(made.pageUrl.startsWith(`${hostUrl}#jianbao-frame=`) && made.pageUrl !== frameKey, `the next message's key (${made.pageUrl}) is its own`);
    await frame.evaluate((html) => (document.body.innerHTML = html) && undefined, first);
    await waitForPainted(frame, 'yellow', 3, 15_000);
    assert.equal((await env.storedHighlights()).filter((h) => h.pageUrl === frameKey).length, 3, 'still three under the first text');
    steps.push('next message');
  }
  if (screenshot) {
    await frame.evaluate(() => document.querySelector('p').scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshot });
  }
  return { steps, frameKey };
}

/** The frames under test: which one, and how the test names it. */
const FRAME_CASES = [
  ['same', 'a same-origin iframe'],
  ['cross', 'a cross-origin iframe'],
  ['srcdoc', 'a srcdoc iframe the page wrote'],
  ['blank', 'an about:blank iframe the page filled with document.write'],
];

/**
 * The frames suite, defined once and run in each browser (as highlight-suite.mjs). `launch`
 * starts the browser; `wire(env)` adds the browser's own ways to read the store and stop the
 * background (Chromium reads through readStore, its worker handle goes stale when stopped).
 * JB_E2E_SHOTS=DIR saves a screenshot of each frame page.
 */
export function framesSuite(browserName, launch, wire) {
  describe(`${browserName}: articles in frames`, () => {
    const env = withDemoAndBrowser(launch, () => startFramesServer());
    env.newPage = () => env.browser.newPage();
    env.stopBackground = () => env.browser.stopBackground();
    env.runCommand = (...args) => env.browser.runCommand(...args);
    wire(env);
    const shots = process.env.JB_E2E_SHOTS;
    const prefix = browserName.split(' ')[0].toLowerCase();
    for (const [which, title] of FRAME_CASES) {
      const more = which === 'srcdoc' || which === 'blank' ? ', its next article' : '';
      const options = shots ? { screenshot: `${shots}/${prefix}-${which}.png` } : {};
      it(`works in ${title}: toolbar, article, cold shortcut and menu, restore${more}`, () => frameWorks(env, which, options));
    }
  });
}

// Articles inside frames, written once for both browsers: a page that shows one article in a
// same-origin iframe and another in a cross-origin (and cross-site) iframe. In each frame the
// toolbar, the stored article, a cold shortcut, a cold context-menu click and the restore after
// a reload must work. `env` gives newPage(), storedHighlights(), storedArticles(),
// stopBackground(), runCommand(kind, command, page, selectionText, frameUrl) and origin.
import assert from 'node:assert/strict';
import { startDemoServer } from '../../../scripts/demo-server.mjs';
import { paintedCount, selectText, waitFor, waitForPainted, waitForPanel } from './page-actions.mjs';

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

/** The demo server with the frames page (the life-cycle pages too, so one server serves both). */
export function startFramesServer(routes = {}) {
  return startDemoServer({ routes: { ...routes, [FRAMES_HOST]: (req) => ({ body: hostPage(req) }) } });
}

async function frameOf(page, path) {
  return waitFor(() => page.frames().find((f) => f.url().endsWith(path)), { what: `the frame of ${path}` });
}

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

export async function frameWorks(env, which) {
  const path = which === 'same' ? SAME_ORIGIN : CROSS_ORIGIN;
  const page = await env.newPage();
  await page.goto(env.origin + FRAMES_HOST);
  let frame = await frameOf(page, path);
  await waitFor(() => frame.evaluate(() => document.readyState === 'complete'), { what: 'the frame loaded' });
  const frameUrl = frame.url();
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
  await waitFor(async () => isStored(await env.storedHighlights(), quote, frameUrl), { timeout: 15_000, what: 'the toolbar highlight stored under the frame' });
  steps.push('toolbar');

  // 2. The frame's article was detected in the frame: stored under the frame's address, with its own title.
  const article = await waitFor(async () => (await env.storedArticles()).find((a) => a.url === frameUrl), { what: 'the frame article stored' });
  assert.ok(article.title && article.title !== 'Two frames', `the article title (${article.title}) is the frame's, not the top page's`);
  assert.ok(article.bodyText.replace(/\s/g, '').includes(quote.replace(/\s/g, '').slice(0, 6)), "the body is the frame's text");
  assert.equal((await env.storedArticles()).some((a) => a.url.endsWith(FRAMES_HOST)), false, 'no article stored for the top page');
  steps.push('article');

  // 3. A shortcut, cold: the key press names no frame; the background finds the one with the selection.
  const shortcutQuote = await selectQuietly(frame, 1);
  await env.stopBackground();
  await env.runCommand('shortcut', 'highlight', page, shortcutQuote);
  await waitForPainted(frame, 'yellow', 2, 15_000);
  await waitFor(async () => isStored(await env.storedHighlights(), shortcutQuote, frameUrl), { timeout: 15_000, what: 'the shortcut highlight stored' });
  steps.push('shortcut');

  // 4. A context-menu click, cold: the menu event names the frame.
  const menuQuote = await selectQuietly(frame, 2);
  await env.stopBackground();
  await env.runCommand('menu', 'highlight', page, menuQuote, frameUrl);
  await waitForPainted(frame, 'yellow', 3, 15_000);
  await waitFor(async () => isStored(await env.storedHighlights(), menuQuote, frameUrl), { timeout: 15_000, what: 'the menu highlight stored' });
  steps.push('menu');

  // 5. Restore: after a reload the frame paints its three highlights again; the top page paints none.
  await page.reload();
  frame = await frameOf(page, path);
  await waitForPainted(frame, 'yellow', 3, 15_000);
  assert.equal(await paintedCount(page, 'yellow'), 0, 'nothing painted in the top page');
  steps.push('restore');
  await page.close();
  return steps;
}

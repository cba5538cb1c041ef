// The annotator's life cycle, written once for both browsers: a popup opened on a page where
// the annotator is not running yet (cold), and saves while the background is stopped. `env`
// gives newPage(), openPopup(tabId), tabIdOf(), stopBackground(), storedHighlights() and origin.
import assert from 'node:assert/strict';
import { startFramesServer } from './frame-scenarios.mjs';
import { clickSwatch, paintedCount, selectText, waitFor, waitForPainted } from './page-actions.mjs';

/** Ten demo articles, none with stored highlights: each is a page the annotator has never run on. */
const FRESH_PAGES = Array.from({ length: 10 }, (_, i) => `/html/2022-03/31/content_${i + 1}.htm`);

/** What the popup's page panel settled on: its state and the sentence it shows. */
async function popupOutcome(popup) {
  return waitFor(
    () =>
      popup.evaluate(() => {
        const main = document.querySelector('main[data-view="page"]');
        const state = main?.getAttribute('data-state');
        return state && state !== 'loading' ? { state, text: main.innerText.slice(0, 300) } : null;
      }),
    { timeout: 20_000, what: 'the popup page view' },
  );
}

export async function popupOpensRightTheFirstTime(env) {
  const outcomes = [];
  for (const path of FRESH_PAGES) {
    const page = await env.newPage();
    await page.goto(env.origin + path);
    // No selection, no click: the popup is the first thing that asks for the annotator.
    const tabId = await env.tabIdOf(env.origin + path);
    assert.ok(tabId, `tab of ${path}`);
    assert.equal(await page.evaluate(() => !!document.querySelector('jianbao-ui')), false, 'the annotator is not running yet');
    const popup = await env.openPopup(tabId);
    const outcome = await popupOutcome(popup);
    outcomes.push({ path, ...outcome, title: await popup.evaluate(() => document.getElementById('page-title')?.textContent ?? '') });
    await popup.close();
    await page.close();
  }
  const failed = outcomes.filter((o) => o.state !== 'ready');
  assert.deepEqual(failed, [], `popups that did not show the page view:\n${JSON.stringify(failed, null, 1)}`);
  for (const o of outcomes) {
    assert.doesNotMatch(o.text, /cannot run/i, o.path);
    assert.ok(o.title.trim().length > 0, `${o.path}: the page view names the article`);
  }
}

/** A page of 100 short passages, each with a quote found nowhere else on it. */
export const MANY_PASSAGES = '/lifecycle/many-passages.htm';
const passageQuote = (i) => `approved budget line ${i} after`;

function manyPassagesPage() {
  const passages = Array.from({ length: 100 }, (_, i) => `<p>Passage ${i}: the council ${passageQuote(i)} a long debate on the harbour.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council budget, line by line</title></head>
<body><article><h1>Council budget, line by line</h1>${passages.join('\n')}</article><div style="height:1200px"></div></body></html>`;
}

/** The demo server with the life-cycle pages and the frames page. */
export function startLifecycleServer() {
  return startFramesServer({ [MANY_PASSAGES]: () => ({ body: manyPassagesPage() }) });
}

/**
 * Records, in the page, every box Jianbao's on-page UI host is shown with: the toolbar always
 * has the same size, so any other box is another panel (the error toast, whose text is inside
 * the closed shadow root where the test cannot read it).
 */
function watchPanels(page) {
  return page.evaluate(() => {
    window.__jbShown = [];
    const seen = new WeakSet();
    const record = (host) => {
      if (host.style.display !== 'block') return;
      // The panel's box is laid out after the style change; read it on the next frame.
      requestAnimationFrame(() => {
        if (host.style.display !== 'block') return;
        const r = host.getBoundingClientRect();
        window.__jbShown.push({ width: Math.round(r.width), height: Math.round(r.height) });
      });
    };
    const attach = (host) => {
      if (seen.has(host)) return;
      seen.add(host);
      new MutationObserver(() => record(host)).observe(host, { attributes: true, attributeFilter: ['style'] });
      record(host);
    };
    new MutationObserver(() => {
      const host = document.querySelector('jianbao-ui');
      if (host) attach(host);
    }).observe(document.documentElement, { childList: true });
  });
}

/**
 * 100 toolbar saves while the background is stopped again and again (env.stopBackground(): a
 * service worker stopped, an event page terminated): right after every third click, while that
 * save is on its way, as a browser may stop it at any moment. Every save is stored once, every
 * paint stays, and no panel other than the toolbar is ever shown (no error).
 */
export async function savesSurviveBackgroundRestarts(env, { saves = 100, stopEvery = 3 } = {}) {
  const page = await env.newPage();
  await page.goto(env.origin + MANY_PASSAGES);
  await watchPanels(page);
  const consoleLines = (await env.watchConsole?.(page)) ?? null;
  const stopping = [];
  const started = Date.now();
  for (let i = 0; i < saves; i++) {
    await selectText(page, passageQuote(i));
    await clickSwatch(page, 0);
    if (i % stopEvery === 0) stopping.push(env.stopBackground());
    await waitForPainted(page, 'yellow', i + 1, 15_000);
  }
  await Promise.all(stopping);
  const stops = stopping.length;
  const clicked = Date.now() - started;
  // A save that gave up would show its error after the retries (24 sends, at least 37 s of
  // pauses) and take its paint back: wait until every save is stored and no message has been
  // resent for 2 s.
  const ownHighlights = async () => (await env.storedHighlights()).filter((h) => h.pageUrl.endsWith(MANY_PASSAGES));
  // On a timeout, say how many did arrive: a few missing saves and none at all are different faults.
  await waitFor(async () => (await ownHighlights()).length >= saves, { timeout: 60_000, what: `${saves} highlights stored` }).catch(async (error) => {
    // The annotator says in the console why a save gave up (its last failure): CI then shows it.
    const gaveUp = consoleLines ? consoleLines().filter((line) => line.includes('gave up')).slice(0, 5) : [];
    throw new Error(`${error.message} (${(await ownHighlights()).length} stored, ${stops} background stops; gave up: ${JSON.stringify(gaveUp)})`);
  });
  const resends = () => (consoleLines ? consoleLines().filter((line) => line.includes('not answered')).length : 0);
  for (let before = -1, quietSince = Date.now(); Date.now() - quietSince < 2000; ) {
    await new Promise((r) => setTimeout(r, 250));
    const now = resends();
    if (now !== before) [before, quietSince] = [now, Date.now()];
  }
  const retryLines = consoleLines ? consoleLines().filter((line) => line.includes('not answered')) : [];
  const lastAttempt = Math.max(1, ...retryLines.map((line) => Number(/attempt (\d+)/.exec(line)?.[1] ?? 1)));
  const tally = {};
  for (const line of retryLines) {
    const key = line.replace(/^.*?(cs-bg:[a-z-]+) not answered \(([a-z-]+)\), attempt (\d+).*$/, '$1 $2 #$3');
    tally[key] = (tally[key] ?? 0) + 1;
  }
  console.info(`# resends: ${JSON.stringify(tally)}`);
  console.info(`# ${saves} saves in ${clicked} ms with ${stops} background stops; ${retryLines.length} messages sent again, at most attempt ${lastAttempt}`);
  const stored = await ownHighlights();
  assert.equal(stored.length, saves, 'each save stored once');
  assert.deepEqual(
    new Set(stored.map((h) => h.exact)),
    new Set(Array.from({ length: saves }, (_, i) => passageQuote(i))),
    'every quote stored',
  );
  assert.equal(await paintedCount(page, 'yellow'), saves, 'no paint taken back');
  const savesGivenUp = consoleLines ? consoleLines().filter((line) => line.includes('cs-bg:save-highlight gave up')) : [];
  assert.deepEqual(savesGivenUp, [], 'no save gave up retrying');
  const shown = await page.evaluate(() => window.__jbShown);
  const toolbar = shown[0];
  const others = shown.filter((s) => s.width !== toolbar.width || s.height !== toolbar.height);
  assert.deepEqual(others, [], `panels other than the toolbar were shown (an error): ${JSON.stringify(others)}`);
  await page.close();
  return { stops, clicked };
}

/**
 * Selects a dozen characters inside the n-th long paragraph of the page without a mouse or key
 * event (so the loader does not ask for the annotator: the command is the first thing that
 * does), and returns the selected text.
 */
function selectPassage(page, n) {
  return page.evaluate((n) => {
    const paragraphs = [...document.querySelectorAll('p')].filter((p) => p.firstChild?.nodeType === 3 && p.firstChild.data.length >= 30);
    const node = paragraphs[n].firstChild;
    const range = document.createRange();
    range.setStart(node, 6);
    range.setEnd(node, 18);
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return range.toString();
  }, n);
}

const storedQuote = (stored, quote) => stored.some((h) => h.exact.includes(quote) || quote.includes(h.exact));

/**
 * A shortcut and a context-menu command, each the first thing on a page with the background
 * stopped first (cold): on a page the annotator never ran on, then on one with a stored
 * highlight (whose annotator the page-opened message injects). Each highlights the selection it
 * was given the first time. `env.runCommand(kind, command, page, selectionText)` makes the
 * browser fire the command (kind 'shortcut' or 'menu').
 */
export async function commandsWorkTheFirstTime(env) {
  const cases = [
    { kind: 'shortcut', path: '/html/2022-03/31/content_7.htm' },
    { kind: 'menu', path: '/html/2022-03/31/content_8.htm' },
  ];
  const results = [];
  for (const withStored of [false, true]) {
    for (const { kind, path } of cases) {
      const page = await env.newPage();
      await page.goto(env.origin + path);
      // The second round reopens the page the first round highlighted: its annotator comes with page-opened.
      if (withStored) await waitForPainted(page, 'yellow', 1, 15_000);
      const quote = await selectPassage(page, withStored ? 2 : 0);
      await env.stopBackground();
      const started = Date.now();
      await env.runCommand(kind, 'highlight', page, quote);
      await waitForPainted(page, 'yellow', withStored ? 2 : 1, 15_000).catch(async (error) => {
        console.log('# ui', await page.evaluate(() => { const h = document.querySelector('jianbao-ui'); return h && JSON.stringify([h.style.display, h.getBoundingClientRect().width, getSelection().toString()]); }));
        throw new Error(`${kind} on a page ${withStored ? 'with' : 'without'} stored highlights: ${error.message}`);
      });
      await waitFor(async () => storedQuote(await env.storedHighlights(), quote), { timeout: 15_000, what: `"${quote}" stored (${kind})` });
      results.push({ kind, withStored, ms: Date.now() - started });
      await page.close();
    }
  }
  console.info(`# first-time commands, cold: ${results.map((r) => `${r.kind}${r.withStored ? ' (stored)' : ''} ${r.ms} ms`).join(', ')}`);
}

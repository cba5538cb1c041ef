#!/usr/bin/env node
// Popup edits with a big page open (issue 16), in real Chromium with the built extension: a page
// of 1,000 paragraphs of real news text with 2,000 stored highlights is open in a tab; from an
// extension page, the popup's own messages edit and delete highlights, each awaited as the popup
// awaits it. Side by side in one run:
//   closed:    the page's tab closed (the database and the background alone);
//   targeted:  the page open, as built: the background sends the changed record, the page
//              repaints that one highlight (bg-cs:highlight-stored / highlight-removed);
//   re-anchor: the page open, each edit followed by a whole-page re-anchor (bg-cs:highlights-
//              changed through ui-bg:find-again), which is what every popup edit cost before.
// Then 800 deletes in a row with the page open, and the painted count afterwards.
// Run: npm run bench:popup-edit   (builds dist/ first)
import { execFileSync } from 'node:child_process';
import { startDemoServer } from '../scripts/demo-server.mjs';
import { launchChromium } from '../tests/e2e/lib/chromium.mjs';
import { BIG_PAGE, bigPage, send } from '../tests/e2e/lib/edit-scenarios.mjs';
import { paintedCount, waitFor, waitForPainted } from '../tests/e2e/lib/page-actions.mjs';

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 1_000);
const EDITS = 40;
const REANCHOR_EDITS = 8;
const DELETES = Math.min(800, Math.floor(PARAGRAPHS * 0.8));

/** Runs in an extension page: sends each message in turn, awaiting its answer; returns the time of each. */
function timed(messages) {
  const runtime = (globalThis.browser ?? globalThis.chrome).runtime;
  return (async () => {
    const times = [];
    for (const group of messages) {
      const t = performance.now();
      for (const [type, payload] of group) {
        const answer = await runtime.sendMessage({ type, payload });
        if (!answer?.ok) throw new Error(`${type}: ${JSON.stringify(answer)}`);
      }
      times.push(performance.now() - t);
    }
    return times;
  })();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const routes = {};
const { server, origin } = await startDemoServer({ routes });
const big = bigPage(origin, PARAGRAPHS);
Object.assign(routes, big.route);
const browser = await launchChromium();
try {
  const ext = await browser.context.newPage();
  await ext.goto(browser.optionsUrl);
  const imported = await ext.evaluate(send, ['ui-bg:import-file', { text: big.backup }]);
  if (!imported.ok) throw new Error(JSON.stringify(imported));
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(origin + BIG_PAGE);
  // A real page leaves a few quotes unplaced (orphans): wait until the painting stops growing.
  let painted = -1;
  await waitFor(async () => {
    const now = await paintedCount(page, 'yellow');
    const settled = now === painted && now >= big.highlights.length * 0.98;
    painted = now;
    return settled;
  }, { timeout: 180_000, interval: 1_500, what: 'the page painted' });
  const orphans = big.highlights.length - painted;
  console.log(`page: ${PARAGRAPHS} paragraphs, ${big.highlights.length} highlights (${painted} painted, ${orphans} orphans) within ${Date.now() - t0} ms of navigation`);
  const tabId = await browser.tabIdOf(origin + BIG_PAGE);
  const colour = (i) => (i % 2 ? 'green' : 'blue');
  const edit = (i) => ['ui-bg:update-highlight', { id: big.highlights[i].id, changes: { color: colour(i), note: `第${i}次` } }];

  const reanchor = await ext.evaluate(timed, Array.from({ length: REANCHOR_EDITS }, (_, i) => [edit(i), ['ui-bg:find-again', { tabId }]]));
  const targeted = await ext.evaluate(timed, Array.from({ length: EDITS }, (_, i) => [edit(100 + i)]));
  const ids = big.highlights.slice(big.highlights.length - DELETES).map((h) => h.id);
  const t800 = Date.now();
  await ext.evaluate(timed, [ids.map((id) => ['ui-bg:delete-highlight', { id }])]);
  const deletesMs = Date.now() - t800;
  const left = big.highlights.length - DELETES;
  const total = async () => (await Promise.all(['yellow', 'green', 'blue'].map((c) => paintedCount(page, c)))).reduce((a, b) => a + b);
  await waitFor(async () => (await total()) <= left, { what: `at most ${left} highlights painted after the deletes` });
  const paintedAfter = await total();
  if (paintedAfter < left - orphans) throw new Error(`only ${paintedAfter} painted after the deletes`);
  await page.close();
  const closed = await ext.evaluate(timed, Array.from({ length: EDITS }, (_, i) => [edit(200 + i)]));

  console.log(`edit, page closed:              ${fmt(closed)}`);
  console.log(`edit, page open, targeted:      ${fmt(targeted)}`);
  console.log(`edit, page open, re-anchor all: ${fmt(reanchor)}`);
  console.log(`${DELETES} deletes with the page open (targeted): ${(deletesMs / 1000).toFixed(1)} s (${(deletesMs / DELETES).toFixed(1)} ms each); ${paintedAfter} highlights still painted`);
  console.log(`re-anchor / targeted: ${(median(reanchor) / median(targeted)).toFixed(1)}×; ${DELETES} edits at the re-anchor median: ${((median(reanchor) * DELETES) / 1000).toFixed(0)} s`);
} finally {
  await browser.close();
  server.close();
}

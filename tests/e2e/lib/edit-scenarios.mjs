// Issue 16: an edit or delete in the popup repaints the one highlight it changed on an open
// page, not the whole page. Shared by the e2e tests of both browsers and by bench:popup-edit
// (the same page and highlights, 2,000 of them there).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { paintedCount, waitFor, waitForPainted } from './page-actions.mjs';

export const BIG_PAGE = '/big-page.htm';

/** Paragraphs of real news text (../shared/bench-data, Chinese then English), long enough for two highlights each. */
function paragraphs(count) {
  const out = [];
  const seen = new Set();
  for (const set of ['cwced-zh', 'readability-pages']) {
    const file = path.resolve('../shared/bench-data/extraction', set, 'pages.jsonl');
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const p of (JSON.parse(line).expected_text ?? '').split(/\n+/)) {
        const text = p.trim();
        if (text.length >= 80 && !seen.has(text)) {
          seen.add(text);
          out.push(text);
        }
      }
    }
  }
  // Fewer distinct paragraphs than asked for: numbered copies keep every quote unique.
  return Array.from({ length: count }, (_, i) => (i < out.length ? out[i] : `（${i}）${out[i % out.length]}`));
}

/** A page of `count` paragraphs and, for it, `2 × count` highlights (each paragraph's opening and middle words). */
export function bigPage(origin, count) {
  const texts = paragraphs(count);
  const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>大页面</title></head><body><article><h1>大页面</h1>${texts
    .map((t, i) => `<p id="p${i}">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</article></body></html>`;
  const pageUrl = origin + BIG_PAGE;
  const highlights = [];
  texts.forEach((text, i) => {
    for (const [k, start] of [[0, 0], [1, Math.floor(text.length / 2)]]) {
      const exact = text.slice(start, start + 14);
      highlights.push({
        id: `e-${i}-${k}`, pageUrl, pageTitle: '大页面', exact, color: 'yellow', note: '', tags: [], status: 'anchored',
        selectors: [{ type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 14, start + 46) }],
        createdAt: 1_700_000_000_000 + highlights.length, updatedAt: 1_700_000_000_000 + highlights.length,
      });
    }
  });
  const backup = JSON.stringify({ format: 'jianbao-backup', version: 1, exportedAt: new Date(0).toISOString(), articles: [], highlights });
  return { html, highlights, backup, route: { [BIG_PAGE]: () => ({ body: html }) } };
}

/** Runs in an extension page: one message to the background, as the popup sends it. */
export function send([type, payload]) {
  return (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type, payload });
}

/** Runs in the page: keeps the registry's current range copies, to tell a repaint of one from a repaint of all. */
function snapshotRanges() {
  window.__copies = new Set(['yellow', 'green'].flatMap((c) => [...(CSS.highlights.get(`jianbao-${c}`) ?? [])]));
}

/** Runs in the page: how many of the painted ranges are the copies of the snapshot (not made again), per colour. */
function keptRanges() {
  const count = (c) => [...(CSS.highlights.get(`jianbao-${c}`) ?? [])].filter((r) => window.__copies.has(r)).length;
  return { yellow: count('yellow'), green: count('green') };
}

/**
 * env: newPage(), extensionPage() (an extension page to send from), origin; the server serves
 * bigPage(origin, 20). Edits and deletes through the popup's messages; the page repaints only
 * the changed highlight: every other painted range is the very object it was (a re-anchor
 * paints every highlight again with new ranges, as the last step shows).
 */
export async function popupEditRepaintsOne(env, page20) {
  const ext = await env.extensionPage();
  const imported = await ext.evaluate(send, ['ui-bg:import-file', { text: page20.backup }]);
  assert.equal(imported.ok, true, JSON.stringify(imported));
  const page = await env.newPage();
  await page.goto(env.origin + BIG_PAGE);
  const n = page20.highlights.length;
  await waitForPainted(page, 'yellow', n);
  await page.evaluate(snapshotRanges);

  const edited = await ext.evaluate(send, ['ui-bg:update-highlight', { id: 'e-5-1', changes: { color: 'green', note: '只改这一条' } }]);
  assert.equal(edited.ok, true, JSON.stringify(edited));
  await waitForPainted(page, 'green', 1);
  assert.equal(await paintedCount(page, 'yellow'), n - 1);
  assert.deepEqual(await page.evaluate(keptRanges), { yellow: n - 1, green: 0 }, 'the other highlights kept their painted ranges');

  const deleted = await ext.evaluate(send, ['ui-bg:delete-highlight', { id: 'e-7-0' }]);
  assert.equal(deleted.ok, true, JSON.stringify(deleted));
  await waitFor(async () => (await paintedCount(page, 'yellow')) === n - 2, { what: 'the deleted highlight unpainted' });
  assert.deepEqual(await page.evaluate(keptRanges), { yellow: n - 2, green: 0 }, 'a delete repainted nothing else');

  // Control: a re-anchor of the page ("find again") paints every highlight with new ranges.
  const tabId = await env.tabIdOf(env.origin + BIG_PAGE);
  const again = await ext.evaluate(send, ['ui-bg:find-again', { tabId }]);
  assert.equal(again.ok, true, JSON.stringify(again));
  await waitFor(async () => (await page.evaluate(keptRanges)).yellow === 0, { what: 'the re-anchor to paint new ranges' });
  assert.equal(await paintedCount(page, 'yellow'), n - 2);
  await page.close();
  await ext.close();
}

// Sync between two browser profiles through a CouchDB-protocol server (express-pouchdb in
// memory on 127.0.0.1, started here): a highlight made in one is painted in the other, a
// stopped server gives its sentence. `env` has a() and b() (two launched browsers), origin.
import assert from 'node:assert/strict';
import { startPouchServer } from '../../../scripts/pouch-server.mjs';
import { EDITABLE, QUOTE_YELLOW } from './pages.mjs';
import { clickSwatch, selectText, waitFor, waitForPainted } from './page-actions.mjs';

/** Fills Options → Sync, turns it on and presses "Sync now"; returns the status line's text. */
export async function syncFromOptions(browser, settings) {
  const page = await browser.newPage();
  await page.goto(browser.optionsUrl);
  await page.waitForSelector('[data-sync="url"]');
  for (const [field, value] of Object.entries(settings)) {
    await page.fill(`[data-sync="${field}"]`, value);
    await page.dispatchEvent(`[data-sync="${field}"]`, 'change');
  }
  await page.click('[data-action="sync-now"]');
  const line = await page.waitForSelector('[data-role="sync-status"]', { timeout: 20_000 });
  await page.waitForFunction(() => !document.querySelector('[data-action="sync-now"]')?.disabled, null, { timeout: 20_000 });
  const text = await line.textContent();
  await page.close();
  return text;
}

export async function highlightAppearsInTheOtherBrowser(env) {
  const server = await startPouchServer();
  try {
    await fetch(`${server.url}/jianbao`, { method: 'PUT' });
    const settings = { url: server.url, db: 'jianbao' };
    const page = await env.a.newPage();
    await page.goto(env.origin + EDITABLE);
    await selectText(page, QUOTE_YELLOW);
    await clickSwatch(page, 0);
    await waitFor(async () => (await env.a.storedHighlights()).some((h) => h.exact === QUOTE_YELLOW), { what: 'the highlight stored in A' });
    await page.close();

    const up = await syncFromOptions(env.a, settings);
    assert.match(up, /[1-9]\d* sent/, up);
    const down = await syncFromOptions(env.b, settings);
    assert.match(down, /[1-9]\d* received/, down);
    const inB = await env.b.storedHighlights();
    assert.deepEqual(inB.map((h) => h.exact), [QUOTE_YELLOW]);

    // B paints it on the page, as if it had been made there.
    const pageB = await env.b.newPage();
    await pageB.goto(env.origin + EDITABLE);
    await waitForPainted(pageB, 'yellow', 1, 15_000);
    await pageB.close();

    // The server's documents hold the quote in the clear (no passphrase here).
    const all = await (await fetch(`${server.url}/jianbao/_all_docs?include_docs=true`)).text();
    assert.ok(all.includes(QUOTE_YELLOW));
  } finally {
    await server.close();
  }
  // A stopped server: the sentence that says so.
  const failed = await syncFromOptions(env.a, {});
  assert.match(failed, /did not answer|没有响应/, failed);
}

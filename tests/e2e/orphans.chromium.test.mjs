// Orphans in real Chromium: a highlight whose text the edited page no longer has is not painted
// anywhere, is stored as an orphan, counted on the toolbar badge and listed by the popup.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { EDITABLE, QUOTE_DELETED, startTestServer } from './lib/pages.mjs';
import { clickSwatch, paintedCount, selectText, waitFor, waitForPainted } from './lib/page-actions.mjs';

describe('Chromium: a highlight whose text was removed', () => {
  let server;
  let browser;
  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.server.close();
  });

  it('becomes an orphan: not painted, counted on the badge, listed in the popup with its quote', async () => {
    const page = await browser.newPage();
    await page.goto(server.origin + EDITABLE);
    await selectText(page, QUOTE_DELETED);
    await clickSwatch(page, 2);
    await waitForPainted(page, 'blue', 1);
    await waitFor(async () => (await browser.storedHighlights()).some((h) => h.exact === QUOTE_DELETED), { what: 'the stored highlight' });

    server.state.edited = true;
    await page.reload();
    const orphan = await waitFor(
      async () => (await browser.storedHighlights()).find((h) => h.exact === QUOTE_DELETED && h.status === 'orphan'),
      { what: 'the orphan status' },
    );
    assert.ok(orphan);
    assert.equal(await paintedCount(page, 'blue'), 0);
    const tabId = await browser.tabIdOf(server.origin + EDITABLE);
    const badge = await waitFor(
      async () => (await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) || null,
      { what: 'the badge' },
    );
    assert.equal(badge, '1');

    const popup = await browser.newPage();
    await popup.goto(browser.popupUrl(tabId));
    await popup.waitForSelector('.orphans .quote');
    assert.deepEqual(await popup.locator('.orphans .quote').allTextContents(), [QUOTE_DELETED]);
    await popup.close();
    await page.close();
  });
});

// The annotator's life cycle, written once for both browsers: a popup opened on a page where
// the annotator is not running yet (cold). `env` gives newPage(), openPopup(tabId), tabIdOf()
// and origin.
import assert from 'node:assert/strict';
import { waitFor } from './page-actions.mjs';

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

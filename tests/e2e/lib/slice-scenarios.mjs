// The first step of the vertical slice, written once for both browsers: select → toolbar →
// painted and stored → reload → painted again. `env` is what withDemoAndBrowser returns.
import assert from 'node:assert/strict';
import { paintedTexts } from './highlight-scenarios.mjs';
import { clickSwatch, selectText, waitFor, waitForPainted } from './page-actions.mjs';

export const SLICE_ARTICLE = '/html/2022-03/31/content_5.htm';
export const SLICE_QUOTE = '市政府办公室出台《荆州市城市运行管理服务平台工作方案》';

export async function toolbarHighlightComesBackAfterReload(env) {
  const page = await env.browser.newPage();
  await page.goto(env.origin + SLICE_ARTICLE);
  await selectText(page, SLICE_QUOTE);
  await clickSwatch(page, 0);
  await waitForPainted(page, 'yellow', 1);
  const stored = await waitFor(
    async () => (await env.browser.storedHighlights()).find((h) => h.exact === SLICE_QUOTE),
    { what: 'the stored highlight' },
  );
  assert.equal(stored.color, 'yellow');
  assert.equal(stored.pageUrl, env.origin + SLICE_ARTICLE);
  assert.ok(stored.selectors.some((s) => s.type === 'TextQuoteSelector' && s.exact === SLICE_QUOTE));

  await page.reload();
  await waitForPainted(page, 'yellow', 1);
  assert.deepEqual(await paintedTexts(page, 'yellow'), [SLICE_QUOTE]);
  await page.close();
}

// The highlighting suite of the anchoring issue, defined once and run in each browser.
import { after, before, describe, it } from 'node:test';
import { startTestServer } from './pages.mjs';
import * as scenarios from './highlight-scenarios.mjs';

/** `launch` starts a browser with the extension and returns { newPage, storedHighlights, storedArticles, close }. */
export function highlightSuite(browserName, launch) {
  describe(`${browserName}: highlights come back`, () => {
    const env = {};
    let browser;
    before(async () => {
      Object.assign(env, await startTestServer());
      browser = await launch();
      env.newPage = () => browser.newPage();
      env.storedHighlights = () => browser.storedHighlights();
      env.storedArticles = () => browser.storedArticles();
    });
    after(async () => {
      await browser?.close();
      env.server?.close();
    });

    it('stores two passages in two colours and a note', () => scenarios.highlightTwoPassagesWithNote(env));
    it('paints both again after a reload and after the page was edited', () => scenarios.highlightsComeBackAfterReloadAndEdit(env));
    it('keeps a deleted highlight deleted after a reload', () => scenarios.deletedHighlightStaysDeleted(env));
    it('attaches a highlight on a raw e-paper text page to its own article', () => scenarios.highlightOnRawEpaperPageJoinsItsArticle(env));
    it('follows a single-page app that swaps its content with pushState', () => scenarios.highlightsFollowSinglePageNavigation(env));
    it('makes no highlight from a whitespace-only selection', () => scenarios.noHighlightFromWhitespace(env));
  });
}

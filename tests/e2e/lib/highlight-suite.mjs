// The highlighting suite of the anchoring issue, defined once and run in each browser.
import { describe, it } from 'node:test';
import { startTestServer } from './pages.mjs';
import * as scenarios from './highlight-scenarios.mjs';
import { withDemoAndBrowser } from './with-browser.mjs';

/** `launch` starts a browser with the extension and returns { newPage, storedHighlights, storedArticles, close }. */
export function highlightSuite(browserName, launch) {
  describe(`${browserName}: highlights come back`, () => {
    const env = withDemoAndBrowser(launch, startTestServer);
    env.newPage = () => env.browser.newPage();
    env.storedHighlights = () => env.browser.storedHighlights();
    env.storedArticles = () => env.browser.storedArticles();

    it('stores two passages in two colours and a note', () => scenarios.highlightTwoPassagesWithNote(env));
    it('paints both again after a reload and after the page was edited', () => scenarios.highlightsComeBackAfterReloadAndEdit(env));
    it('keeps a deleted highlight deleted after a reload', () => scenarios.deletedHighlightStaysDeleted(env));
    it('attaches a highlight on a raw e-paper text page to its own article', () => scenarios.highlightOnRawEpaperPageJoinsItsArticle(env));
    it('follows a single-page app that swaps its content with pushState', () => scenarios.highlightsFollowSinglePageNavigation(env));
    it('makes no highlight from a whitespace-only selection', () => scenarios.noHighlightFromWhitespace(env));
  });
}

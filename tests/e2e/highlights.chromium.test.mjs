// Highlighting while reading, in real Chromium: colours and notes, reload, an edited page,
// delete, and a single-page app.
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { startTestServer } from './lib/pages.mjs';
import * as scenarios from './lib/highlight-scenarios.mjs';

describe('Chromium: highlights come back', () => {
  const env = {};
  let browser;
  before(async () => {
    Object.assign(env, await startTestServer());
    browser = await launchChromium();
    env.newPage = () => browser.context.newPage();
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
});

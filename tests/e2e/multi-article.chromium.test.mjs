// Pages of several articles in real Chromium: twenty stories, a highlight in the 17th, the popup
// shows it under the 17th headline; a lead paragraph outside the detected body joins its article.
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { highlightInSeventeenthOfTwenty, leadParagraphJoinsItsArticle, startMultiArticleServer } from './lib/multi-article-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: pages that hold several articles', () => {
  const env = withDemoAndBrowser(() => launchChromium(), startMultiArticleServer);
  env.openPopup = async (tabId) => {
    const popup = await env.browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(env.browser.popupUrl(tabId));
    return popup;
  };

  it('a highlight in the 17th of twenty stories is shown under the 17th headline', () => highlightInSeventeenthOfTwenty(env, { screenshot: 'multi-article-chromium-en' }));
  it('a highlight on a lead paragraph outside the body joins its article', () => leadParagraphJoinsItsArticle(env));
});

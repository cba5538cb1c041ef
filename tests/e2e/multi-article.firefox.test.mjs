// Pages of several articles in real Firefox ESR: twenty stories, a highlight in the 17th, the
// popup shows it under the 17th headline; a lead paragraph outside the body joins its article.
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import { highlightInSeventeenthOfTwenty, leadParagraphJoinsItsArticle, startMultiArticleServer } from './lib/multi-article-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: pages that hold several articles', () => {
  const env = withDemoAndBrowser(launchFirefox, startMultiArticleServer);
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);

  it('a highlight in the 17th of twenty stories is shown under the 17th headline', () => highlightInSeventeenthOfTwenty(env, { screenshot: 'multi-article-firefox-en' }));
  it('a highlight on a lead paragraph outside the body joins its article', () => leadParagraphJoinsItsArticle(env));
});

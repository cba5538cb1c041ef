// Article detection end to end: on the demo e-paper page, highlighting runs detection once, the
// background stores the article record, and the popup shows the detected headline, byline and date.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withDemoAndBrowser } from './lib/with-browser.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { clickSwatch, selectText, waitFor, waitForPainted } from './lib/page-actions.mjs';

const ARTICLE = '/html/2022-03/31/content_4.htm';

describe('Chromium: the detected article', () => {
  const env = withDemoAndBrowser(launchChromium);

  it('stores headline, kicker, byline with roles, date, newspaper and page, and the popup shows them', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.origin + ARTICLE);
    await selectText(page, '努力打造一流政务环境');
    await clickSwatch(page, 0);
    await waitForPainted(page, 'yellow', 1);

    const article = await waitFor(
      async () => (await env.browser.storedArticles()).find((a) => a.url === env.origin + ARTICLE),
      { what: 'the stored article record' },
    );
    assert.equal(article.title, '党建业务相融合 打造政务服务新标杆');
    assert.equal(article.kicker, '市政务服务和大数据管理局党组书记、局长施金方：');
    assert.deepEqual(article.authors, [
      { name: '王大玲', role: 'reporter' },
      { name: '刘天华', role: 'correspondent' },
    ]);
    assert.equal(article.date.slice(0, 10), '2022-03-31');
    assert.equal(article.publication, '荆州日报');
    assert.match(article.page, /^0?2$/);
    assert.ok(article.bodyText.includes('努力打造一流政务环境'));
    assert.ok(!article.bodyText.includes('党建业务相融合 打造政务服务新标杆'), 'the headline is not body text');
    // The article record is saved first, the highlight right after it.
    const stored = await waitFor(
      async () => (await env.browser.storedHighlights()).find((h) => h.exact === '努力打造一流政务环境'),
      { what: 'the stored highlight' },
    );
    assert.equal(stored.articleId, article.id);

    const tabId = await env.browser.tabIdOf(env.origin + ARTICLE);
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    await popup.waitForSelector('.article-heading');
    const heading = await popup.locator('.article-heading').first().textContent();
    const pageTitle = (await popup.locator('.page-title').count()) ? await popup.locator('.page-title').first().textContent() : '';
    assert.match(pageTitle + heading, /党建业务相融合 打造政务服务新标杆/);
    assert.match(heading, /王大玲/);
    assert.match(heading, /刘天华/);
    assert.match(heading, /2022/);
    assert.match(heading, /荆州日报/);
    await popup.close();
    await page.close();
  });
});

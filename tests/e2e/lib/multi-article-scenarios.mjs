// Pages of several articles, written once for both browsers: a highlight in the 17th of twenty
// stories joins the 17th item and the popup shows it under that item's headline; a highlight
// on a lead paragraph outside the detected body joins its article. `env.openPopup(tabId)` is the
// browser-specific part.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { clickSwatch, selectText, waitFor, waitForPainted } from './page-actions.mjs';
import { LEAD_QUOTE, QUOTE_IN_17, QUOTE_IN_3, STORY_17_HEADLINE, STORY_3_HEADLINE, leadParagraphPage, twentyArticlesPage } from './multi-article-pages.mjs';
import { startDemoServer } from '../../../scripts/demo-server.mjs';

export const TWENTY = '/multi/twenty.html';
export const LEAD = '/multi/lead.html';

export function startMultiArticleServer() {
  return startDemoServer({
    routes: {
      [TWENTY]: () => ({ body: twentyArticlesPage() }),
      [LEAD]: () => ({ body: leadParagraphPage() }),
    },
  });
}

export async function highlightInSeventeenthOfTwenty(env, { screenshot }) {
  const page = await env.browser.newPage();
  await page.goto(env.origin + TWENTY);
  await selectText(page, QUOTE_IN_17);
  await clickSwatch(page, 1);
  await waitForPainted(page, 'green', 1);
  const stored = await waitFor(
    async () => (await env.browser.storedHighlights()).find((h) => h.exact === QUOTE_IN_17 && h.articleId),
    { what: 'the highlight linked to an article' },
  );
  const articles = (await env.browser.storedArticles()).filter((a) => a.url === env.origin + TWENTY);
  assert.equal(articles.length, 20, 'one record per story');
  const article = articles.find((a) => a.id === stored.articleId);
  assert.equal(article?.title, STORY_17_HEADLINE);
  assert.equal(article.id, `${env.origin}${TWENTY}#item-16`);
  assert.ok(article.bodyText.includes(QUOTE_IN_17) && article.bodyText.length < 1000, 'the item body is the 17th story only');

  // A second highlight in the 3rd story: the popup then shows each under its own headline.
  await selectText(page, QUOTE_IN_3);
  await clickSwatch(page, 2);
  await waitForPainted(page, 'blue', 1);
  await waitFor(async () => (await env.browser.storedHighlights()).find((h) => h.exact === QUOTE_IN_3 && h.articleId), { what: 'the second highlight' });

  const tabId = await env.browser.tabIdOf(env.origin + TWENTY);
  const popup = await env.openPopup(tabId);
  const groupOf = (quote) =>
    waitFor(
      () =>
        popup.evaluate((q) => {
          const section = [...document.querySelectorAll('section.article-group')].find((s) => s.querySelector('ul.highlights')?.textContent.includes(q));
          // What the group shows besides its highlights: its article heading.
          const list = section?.querySelector('ul.highlights');
          return section ? { id: section.dataset.article, heading: section.textContent.replace(list?.textContent ?? '', '') } : null;
        }, quote),
      { what: `the highlight "${quote}" in the popup` },
    );
  const group17 = await groupOf(QUOTE_IN_17);
  assert.equal(group17.id, article.id);
  assert.ok(group17.heading.includes(STORY_17_HEADLINE), `the 17th headline heads its highlight: ${group17.heading.slice(0, 200)}`);
  const group3 = await groupOf(QUOTE_IN_3);
  assert.equal(group3.id, `${env.origin}${TWENTY}#item-2`);
  assert.ok(group3.heading.includes(STORY_3_HEADLINE), `the 3rd headline heads its highlight: ${group3.heading.slice(0, 200)}`);
  fs.mkdirSync('test-results', { recursive: true });
  await popup.screenshot({ path: `test-results/${screenshot}.png` });
  await popup.close();
  await page.close();
}

export async function leadParagraphJoinsItsArticle(env) {
  const page = await env.browser.newPage();
  await page.goto(env.origin + LEAD);
  await selectText(page, LEAD_QUOTE);
  await clickSwatch(page, 0);
  await waitForPainted(page, 'yellow', 1);
  const stored = await waitFor(
    async () => (await env.browser.storedHighlights()).find((h) => h.exact === LEAD_QUOTE),
    { what: 'the lead highlight stored' },
  );
  const article = (await env.browser.storedArticles()).find((a) => a.id === stored.articleId);
  assert.ok(article, 'the lead highlight belongs to a stored article');
  assert.equal(article.title, '城市公园建设提速');
  assert.ok(article.bodyText.startsWith(LEAD_QUOTE), 'the lead opens the article body');
  assert.ok(article.bodyText.includes('本报讯（记者刘洁）'), 'the body is still the article');

  // The next visit detects the page again without the lead: the highlight keeps its article.
  await page.reload();
  await waitForPainted(page, 'yellow', 1);
  await new Promise((r) => setTimeout(r, 1000));
  const again = (await env.browser.storedArticles()).find((a) => a.id === stored.articleId);
  assert.ok(again.bodyText.includes(LEAD_QUOTE));
  await page.close();
}

// The clipping book in real Chromium: clip, highlight, read offline, export, print to PDF.
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import * as scenarios from './lib/book-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: the clipping book', () => {
  const env = withDemoAndBrowser(launchChromium, scenarios.startBookServer);
  env.newPage = () => env.browser.newPage();
  env.openPopup = async (tabId) => {
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    return popup;
  };
  env.openExtension = async (path) => {
    const page = await env.browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log(`[book page] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[book page error] ${e.stack ?? e.message}`));
    await page.goto(`chrome-extension://${env.browser.extensionId}/${path}`);
    return page;
  };
  env.download = async (page, selector, name) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(selector)]).catch(async (error) => {
      const state = await page.evaluate(() => ({ alerts: [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent), buttons: [...document.querySelectorAll('[data-export]')].map((b) => `${b.textContent}:${b.disabled}`) }));
      throw new Error(`${error.message}; the book page: ${JSON.stringify(state)}`);
    });
    if (!name.test(download.suggestedFilename())) throw new Error(`unexpected download ${download.suggestedFilename()}`);
    return fs.readFileSync(await download.path());
  };
  // For looking at by eye (test-results/ is not committed).
  env.screenshot = async (page, name) => {
    fs.mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/${name}-chromium-en.png` });
  };

  it('clips the demo article and a highlighted one, shows both under 荆州日报 → 2022-03-31 → 第02版, reads them offline, exports EPUB and HTML', () =>
    scenarios.clipHighlightReadOfflineExport(env));

  it('prints the book to PDF: a contents page, then one article a page', async () => {
    const page = await env.openExtension('clippings/clippings.html?print');
    await page.waitForSelector('body[data-print-ready="true"]');
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.mkdirSync('test-results', { recursive: true });
    fs.writeFileSync('test-results/book-chromium.pdf', pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/gu) ?? []).length;
    // Contents + two articles, each starting a page (the longer one may run onto a second).
    if (pages < 3) throw new Error(`the printed book has ${pages} pages`);
    await page.close();
  });
});

describe('Chromium in Chinese: the clipping book', () => {
  const env = withDemoAndBrowser(() => launchChromium({ locale: 'zh-CN' }), scenarios.startBookServer);
  it('shows the book in Chinese with a clipped article (screenshot for the eye)', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.origin + scenarios.CLIPPED);
    const tabId = await env.browser.tabIdOf(env.origin + scenarios.CLIPPED);
    const popup = await env.browser.newPage();
    await popup.goto(env.browser.popupUrl(tabId));
    await popup.click('[data-action="clip"]');
    await popup.waitForSelector('.notice-text');
    const book = await env.browser.newPage();
    await book.goto(`chrome-extension://${env.browser.extensionId}/clippings/clippings.html`);
    await book.waitForSelector('[data-clip]');
    await book.click('[data-clip]');
    await book.waitForSelector('.clip-figure img');
    await book.evaluate(() => document.querySelector('.clip-figure img').decode());
    const labels = await book.evaluate(() => ({ count: document.querySelector('[data-role="count"]')?.textContent, title: document.querySelector('.book-title')?.textContent, page: document.querySelector('.toc-page-label')?.textContent }));
    if (labels.count !== '共 1 篇剪报' || labels.page !== '第02版') throw new Error(`the book is not in Chinese: ${JSON.stringify(labels)}`);
    // The citation comes from the background's engine: wait for it, so the screenshot shows the whole header.
    await book.waitForSelector('[data-role="citation"]');
    fs.mkdirSync('test-results', { recursive: true });
    await book.screenshot({ path: 'test-results/book-chromium-zh.png' });
    // The printed book in Chinese, for the eye as well (contents page, then the article).
    const print = await env.browser.newPage();
    await print.goto(`chrome-extension://${env.browser.extensionId}/clippings/clippings.html?print`);
    await print.waitForSelector('body[data-print-ready="true"]');
    await print.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
    fs.writeFileSync('test-results/book-chromium-zh.pdf', await print.pdf({ format: 'A4', printBackground: true }));
    await print.close();
  });
});

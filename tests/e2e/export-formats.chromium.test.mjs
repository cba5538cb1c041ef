// Export from the popup in real Chromium: every format of EXPORT_FORMATS from "All notes"
// (scope: everything), the file checked by what it is (JSON parsed, CSV with BOM and header,
// and so on); "Export this page" on the page view; "copy with citation" to the clipboard.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { seedBackup } from '../popup/fixtures/seed-notes.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { waitFor } from './lib/page-actions.mjs';

const ARTICLE = '/html/2022-03/31/content_5.htm';
const QUOTE_ZH = '以案普法、以案释法成为常态';
const QUOTE_EN = 'The climate report warns that heatwaves will double by 2035';
const DAY = String.raw`\d{4}-\d{2}-\d{2}`;

/** What each format's file must be: a file-name pattern and a check of its text. */
const EXPECT = {
  markdown: [new RegExp(`^jianbao-${DAY}\\.md$`), (t) => assert.ok(t.includes(QUOTE_ZH) && t.includes(QUOTE_EN))],
  obsidian: [/\.md$/, (t) => assert.match(t, /^---\n/)],
  w3c: [new RegExp(`^jianbao-${DAY}\\.jsonld$`), (t) => {
    const doc = JSON.parse(t);
    assert.equal(doc.type, 'AnnotationCollection');
    assert.ok(doc.first.items.some((a) => JSON.stringify(a.target).includes(QUOTE_EN)));
  }],
  'csv-readwise': [new RegExp(`^jianbao-${DAY}-readwise\\.csv$`), (t) => {
    assert.equal(t.charCodeAt(0), 0xfeff, 'UTF-8 BOM');
    assert.equal(t.slice(1).split(/\r?\n/)[0], 'Highlight,Title,Author,URL,Note,Location,Date');
    assert.ok(t.includes(QUOTE_ZH));
  }],
  'csv-full': [new RegExp(`^jianbao-${DAY}-full\\.csv$`), (t) => {
    assert.equal(t.charCodeAt(0), 0xfeff, 'UTF-8 BOM');
    assert.match(t.slice(1).split(/\r?\n/)[0], /^id,articleId,pageUrl,pageTitle/);
  }],
  html: [new RegExp(`^jianbao-${DAY}\\.html$`), (t) => {
    assert.match(t, /^<!doctype html>/i);
    assert.ok(t.includes(QUOTE_ZH));
  }],
  'csl-json': [new RegExp(`^jianbao-${DAY}-csl\\.json$`), (t) => {
    const items = JSON.parse(t);
    assert.ok(Array.isArray(items) && items.some((i) => i.title === '深入开展普法工作'));
  }],
  biblatex: [new RegExp(`^jianbao-${DAY}\\.bib$`), (t) => assert.match(t, /@\w+\{/)],
  ris: [new RegExp(`^jianbao-${DAY}\\.ris$`), (t) => assert.match(t, /^TY {2}- /m)],
  zotero: [new RegExp(`^jianbao-${DAY}-zotero\\.ris$`), (t) => assert.match(t, /^N1 {2}- “/m)],
  // The reference lists come from citeproc-js in the background's engine worker.
  references: [/-references\.txt$/, (t) => assert.ok(/^\[1\] .*\[N\/OL\]/m.test(t) && t.includes('深入开展普法工作'), t)],
  'citation-gbt7714-2015': [/-gbt7714-2015\.txt$/, (t) => assert.ok(/^\[1\] .*\[N\/OL\]/m.test(t) && t.includes('深入开展普法工作'), t)],
  'citation-gbt7714-2025': [/-gbt7714-2025\.txt$/, (t) => assert.ok(t.includes('深入开展普法工作'))],
  'citation-apa': [/-apa\.txt$/, (t) => assert.match(t, /Cities brace for a hotter decade/i)],
  'citation-mla': [/-mla\.txt$/, (t) => assert.match(t, /Cities brace for a hotter decade/i)],
  'citation-chicago': [/-chicago\.txt$/, (t) => assert.match(t, /Cities brace for a hotter decade/i)],
  backup: [new RegExp(`^jianbao-${DAY}-backup\\.json$`), (t) => {
    const backup = JSON.parse(t);
    assert.equal(backup.format, 'jianbao-backup');
    assert.equal(backup.highlights.length, 7);
    assert.ok(backup.settings?.palette?.length >= 1, 'the backup carries the settings');
  }],
};

describe('Chromium: export from the popup', () => {
  let browser;
  let server;
  let origin;
  let tabId;
  before(async () => {
    ({ server, origin } = await startDemoServer());
    browser = await launchChromium();
    const article = await browser.context.newPage();
    await article.goto(origin + ARTICLE);
    tabId = await browser.tabIdOf(origin + ARTICLE);
    const seeder = await browser.context.newPage();
    await seeder.goto(browser.optionsUrl);
    const reply = await seeder.evaluate((text) => chrome.runtime.sendMessage({ type: 'ui-bg:import-file', payload: { text } }), seedBackup(origin, ARTICLE));
    assert.equal(reply.ok, true, JSON.stringify(reply));
    await seeder.close();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Clicks and collects every download that starts within a short window (Obsidian makes several). */
  async function downloadsOf(popup, click) {
    const files = [];
    const onDownload = (d) => files.push(d);
    popup.on('download', onDownload);
    await click();
    await waitFor(() => files.length > 0, { what: 'a download' });
    await new Promise((r) => setTimeout(r, 400));
    popup.off('download', onDownload);
    return Promise.all(files.map(async (d) => ({ name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') })));
  }

  it('exports everything in each format from All notes, and each file is what its format says', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(tabId, '&view=all'));
    await popup.waitForSelector('.result-count[data-total="7"]');
    const formats = await popup.locator('[data-role="export-format"] option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(formats.sort(), Object.keys(EXPECT).sort(), 'the picker offers every registered format');
    for (const [format, [namePattern, check]] of Object.entries(EXPECT)) {
      await popup.selectOption('[data-role="export-format"]', format);
      const files = await downloadsOf(popup, () => popup.click(`[data-action="export-${format}"]`));
      for (const file of files) {
        assert.match(file.name, namePattern, `${format}: ${file.name}`);
        check(file.text);
      }
      if (format === 'obsidian') assert.ok(files.length >= 3, `one Obsidian file per article or page (${files.length})`);
    }
    await popup.close();
  });

  it('exports only the search result when the scope is the current result', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(tabId, '&view=all&q=climate'));
    await popup.waitForSelector('.result-count[data-total="2"]');
    await popup.selectOption('[data-role="export-scope"]', 'result');
    await popup.selectOption('[data-role="export-format"]', 'csv-full');
    const [file] = await downloadsOf(popup, () => popup.click('[data-action="export-csv-full"]'));
    const rows = file.text.trim().split(/\r?\n/);
    assert.equal(rows.length, 1 + 2, 'header and the two matching highlights');
    assert.ok(!file.text.includes(QUOTE_ZH));
    await popup.close();
  });

  it('copies one highlight with its citation to the clipboard', async () => {
    // Permissions cannot be granted to extension origins here, so the clipboard write is
    // captured in the page instead of read back from the system clipboard.
    const popup = await browser.context.newPage();
    await popup.addInitScript(() => {
      navigator.clipboard.writeText = async (text) => {
        globalThis.__copied = text;
      };
    });
    // The page view lists the demo article's orphan; its card has the copy action.
    await popup.goto(browser.popupUrl(tabId));
    await popup.waitForSelector('li.highlight [data-action="copy-citation"]');
    await popup.click('li.highlight [data-action="copy-citation"]');
    await popup.waitForSelector('.notice[role="status"]');
    const text = await popup.evaluate(() => globalThis.__copied);
    assert.match(text, /^“这段文字已从页面上删除，剪报仍然保留它”\n\n/);
    assert.ok(text.includes(origin + ARTICLE), 'the citation names the page');
    await popup.close();
  });
});

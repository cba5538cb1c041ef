// Citation style end to end in real Chromium (tests/e2e/lib/citation-scenarios.mjs): APA chosen
// in options, "copy with citation" from the highlight menu, the system clipboard (read through
// the page's navigator.clipboard, with the permission granted) holds the engine's reference, the
// same as the options preview. The engine worker lives in the offscreen document here.
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { copyWithCitationInChosenStyle } from './lib/citation-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: citation style', () => {
  const env = withDemoAndBrowser(async () => {
    const browser = await launchChromium();
    // The demo server is up by now (env.origin): its pages may use the clipboard.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    return browser;
  });
  env.openOptions = async () => {
    const page = await env.browser.newPage();
    await page.goto(env.browser.optionsUrl);
    return page;
  };
  env.chooseStyle = (page, id) => page.selectOption('select[data-setting="citationStyle"]', id);
  env.newPage = () => env.browser.newPage();
  env.storedArticles = () => env.browser.storedArticles();
  env.markClipboard = (page, text) => page.evaluate((t) => navigator.clipboard.writeText(t), text);
  env.readClipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

  it('copies with citation from the highlight menu in the style chosen in options', () => copyWithCitationInChosenStyle(env));
});

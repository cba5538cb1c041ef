// The reader's corrections in real Firefox ESR: correct a person in the popup, reload, export,
// the citation names the corrected person.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import { correctAuthorReloadExport } from './lib/correction-scenarios.mjs';
import { choose } from './lib/page-actions.mjs';
import { waitFor } from './lib/page-actions.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: the reader corrects the article', () => {
  const env = withDemoAndBrowser(launchFirefox);
  env.openPopup = (tabId) => env.browser.openExtensionPage(`popup/popup.html?tab=${tabId}`);
  env.exportFile = async (popup, format) => {
    const before = new Set(fs.readdirSync(env.browser.downloadDir));
    await choose(popup, '.export-bar select', format);
    await popup.click(`[data-action="export-${format}"]`);
    const file = await waitFor(
      () => fs.readdirSync(env.browser.downloadDir).find((f) => !before.has(f) && !f.endsWith('.part')),
      { timeout: 15_000, what: `the downloaded ${format} file` },
    );
    const full = path.join(env.browser.downloadDir, file);
    // The file appears before its last bytes are written; wait until its size settles.
    await waitFor(async () => {
      const size = fs.statSync(full).size;
      await new Promise((r) => setTimeout(r, 200));
      return size > 0 && fs.statSync(full).size === size;
    }, { what: 'the download to finish' });
    return fs.readFileSync(full, 'utf8');
  };

  it('a corrected author survives a reload and is in the exported citation', () =>
    correctAuthorReloadExport(env, { screenshotPrefix: 'corrections-firefox-en' }));
});

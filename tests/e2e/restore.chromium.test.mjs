// Issue 16: a backup of 20,000 highlights with article bodies and 1,000 clippings with images
// restores through the options page's file input in real Chromium, with the progress bar
// reaching 100 % in both phases; restoring it again reports everything unchanged.
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { bigBackupRestores } from './lib/restore-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Chromium: restore of a big backup', () => {
  const env = withDemoAndBrowser(launchChromium);

  it('restores it through the file input, with progress, and a second time changes nothing', () =>
    bigBackupRestores({
      async openOptions() {
        const page = await env.browser.context.newPage();
        await page.goto(env.browser.optionsUrl);
        return page;
      },
      setFile: (page, selector, file) => page.setInputFiles(selector, file),
    }));
});

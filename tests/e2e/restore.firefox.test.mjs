// Issue 16: a backup of 20,000 highlights with article bodies and 1,000 clippings with images
// restores through the options page's file input in real Firefox ESR, with the progress bar
// reaching 100 % in both phases; restoring it again reports everything unchanged.
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import { bigBackupRestores } from './lib/restore-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: restore of a big backup', () => {
  const env = withDemoAndBrowser(launchFirefox);

  it('restores it through the file input, with progress, and a second time changes nothing', () =>
    bigBackupRestores({
      openOptions: () => env.browser.openExtensionPage('options/options.html'),
      async setFile(page, selector, file) {
        const input = await page.$(selector);
        await input.uploadFile(file);
      },
    }));
});

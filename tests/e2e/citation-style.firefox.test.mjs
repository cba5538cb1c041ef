// Citation style end to end in real Firefox ESR (tests/e2e/lib/citation-scenarios.mjs): APA chosen
// in options, "copy with citation" from the highlight menu, the system clipboard holds the
// engine's reference, the same as the options preview. The engine worker is the event page's
// here. A page cannot read the clipboard under BiDi without a paste prompt, so the test reads
// the browser's own clipboard service from its chrome window (firefox.mjs readClipboard): what
// the reader's next paste gives.
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import { copyWithCitationInChosenStyle } from './lib/citation-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: citation style', () => {
  const env = withDemoAndBrowser(launchFirefox);
  env.openOptions = () => env.browser.openExtensionPage('options/options.html');
  env.chooseStyle = (page, id) => page.select('select[data-setting="citationStyle"]', id);
  env.newPage = () => env.browser.newPage();
  env.storedArticles = () => env.browser.storedArticles();
  env.markClipboard = (_page, text) => env.browser.writeClipboard(text);
  env.readClipboard = () => env.browser.readClipboard();

  it('copies with citation from the highlight menu in the style chosen in options', () => copyWithCitationInChosenStyle(env));
});

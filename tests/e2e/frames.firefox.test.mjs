// Articles inside frames in real Firefox ESR: a same-origin and a cross-site iframe, and frames
// with no address of their own that the page writes (srcdoc, about:blank + document.write).
import { launchFirefox } from './lib/firefox.mjs';
import { framesSuite } from './lib/frame-scenarios.mjs';

framesSuite('Firefox ESR', launchFirefox, (env) => {
  env.storedHighlights = () => env.browser.storedHighlights();
  env.storedArticles = () => env.browser.storedArticles();
});

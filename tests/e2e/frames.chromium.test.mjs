// Articles inside frames in real Chromium: a same-origin and a cross-site iframe, and frames
// with no address of their own that the page writes (srcdoc, about:blank + document.write).
import { launchChromium } from './lib/chromium.mjs';
import { framesSuite } from './lib/frame-scenarios.mjs';

framesSuite('Chromium', launchChromium, (env) => {
  env.storedHighlights = () => env.browser.readStore('annotations');
  env.storedArticles = () => env.browser.readStore('articles');
});

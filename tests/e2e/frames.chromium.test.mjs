// Articles inside frames in real Chromium: a same-origin and a cross-site iframe, and frames
// with no address of their own that the page writes (srcdoc, about:blank + document.write).
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import * as frames from './lib/frame-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

const SHOTS = process.env.JB_E2E_SHOTS;

describe('Chromium: articles in frames', () => {
  const env = withDemoAndBrowser(launchChromium, () => frames.startFramesServer());
  env.newPage = () => env.browser.newPage();
  env.stopBackground = () => env.browser.stopBackground();
  env.storedHighlights = () => env.browser.readStore('annotations');
  env.storedArticles = () => env.browser.readStore('articles');
  env.runCommand = (...args) => env.browser.runCommand(...args);
  const shot = (which) => (SHOTS ? { screenshot: `${SHOTS}/chromium-${which}.png` } : {});

  for (const [which, title] of [
    ['same', 'a same-origin iframe'],
    ['cross', 'a cross-origin iframe'],
    ['srcdoc', 'a srcdoc iframe the page wrote'],
    ['blank', 'an about:blank iframe the page filled with document.write'],
  ]) {
    const more = which === 'srcdoc' || which === 'blank' ? ', its next article' : '';
    it(`works in ${title}: toolbar, article, cold shortcut and menu, restore${more}`, () => frames.frameWorks(env, which, shot(which)));
  }
});

// Highlighting while reading, in real Chromium: colours and notes, reload, an edited page,
// delete, a raw e-paper page, a single-page app, bad input.
import { launchChromium } from './lib/chromium.mjs';
import { highlightSuite } from './lib/highlight-suite.mjs';

highlightSuite('Chromium', launchChromium);

// Highlighting while reading, in real Firefox ESR: colours and notes, reload, an edited page,
// delete, a raw e-paper page, a single-page app, bad input.
import { launchFirefox } from './lib/firefox.mjs';
import { highlightSuite } from './lib/highlight-suite.mjs';

highlightSuite('Firefox', launchFirefox);

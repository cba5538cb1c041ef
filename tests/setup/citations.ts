/**
 * DOM tests: the extension pages' citation requests go to the same engines the background's
 * worker runs (src/core/citation/engine-cache over the shipped csl/ files), in-process, since
 * jsdom has neither the background nor workers. As the background does, the reader's own
 * styles are read from (the fake) storage.local, and one the engine cannot use falls back. Only the transport differs from the extension.
 */
import { setCitationRenderer } from '../../popup/citations';
import { nodeEngines, nodeRenderReport } from '../../src/cli/node-citations';
import { CUSTOM_STYLES_KEY, storedCustomStyles } from '../../src/core/citation/style-choice';
import { fakeBrowser } from '../popup/fake-browser';

const engines = nodeEngines();
setCitationRenderer(async (request) => {
  const stored = await fakeBrowser.storage.local.get(CUSTOM_STYLES_KEY);
  return nodeRenderReport(storedCustomStyles(stored[CUSTOM_STYLES_KEY]), engines)(request);
});

/**
 * DOM tests: the extension pages' citation requests go to the same engines the background's
 * worker runs (src/core/citation/engine-cache over the shipped csl/ files), in-process, since
 * jsdom has neither the background nor workers. Only the transport differs from the extension.
 */
import { setCitationRenderer } from '../../popup/citations';
import { nodeRenderCitations } from '../../src/cli/node-citations';

setCitationRenderer(nodeRenderCitations());

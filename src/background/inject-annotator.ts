/**
 * The annotator (toolbar, anchoring, painting, detection) is injected on demand; only the tiny
 * loader runs on every page. Injection fails on pages where extensions may not run
 * (browser-internal pages, the web store): that becomes a NoContentScript error.
 */
import browser from 'webextension-polyfill';
import { JianbaoError } from '../core/errors';
import type { BackgroundToContent, BackgroundToContentResponses, ContentEnvelope } from '../messages';

export const ANNOTATOR_FILE = 'annotator.js';

export async function injectAnnotator(tabId: number, frameId = 0): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_FILE] });
  } catch (error) {
    throw new JianbaoError('NoContentScript', 'Jianbao cannot run on this page.', { cause: error });
  }
}

/**
 * The words Chrome and Firefox both use when no script in the frame listens ("Could not
 * establish connection. Receiving end does not exist."). Only then is injecting the annotator
 * the cure.
 */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

export function isNoReceiverError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return NO_RECEIVER.test(message);
}

/**
 * Sends a message to the annotator of a tab, injecting it first when it is not there yet
 * ("Receiving end does not exist"). The annotator ignores a second injection. Any other error
 * is the annotator's own answer (its handler failed): it is passed on as it is, and the request
 * is not sent a second time.
 */
export async function sendToAnnotator<K extends keyof BackgroundToContent>(
  tabId: number,
  message: ContentEnvelope<K>,
  frameId = 0,
): Promise<BackgroundToContentResponses[K]> {
  type Answer = BackgroundToContentResponses[K];
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId })) as Answer;
  } catch (error) {
    if (!isNoReceiverError(error)) throw error;
    await injectAnnotator(tabId, frameId);
    try {
      return (await browser.tabs.sendMessage(tabId, message, { frameId })) as Answer;
    } catch (retryError) {
      if (!isNoReceiverError(retryError)) throw retryError;
      throw new JianbaoError('NoContentScript', 'Jianbao cannot run on this page.', { cause: retryError });
    }
  }
}

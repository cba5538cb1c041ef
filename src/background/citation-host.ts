/**
 * The extension's one citation engine host. Pages ask the background (`ui-bg:render-citations`,
 * `cs-bg:cite-highlight`); the background resolves the style (a bundled file, or the reader's
 * own CSL text from storage) and hands the job to the engine worker, which keeps one compiled
 * engine per style for every page. On Chrome the worker lives in an offscreen document (the
 * service worker can start no worker; reason WORKERS); on Firefox the background page starts it.
 */
import browser from 'webextension-polyfill';
import type { EngineRequest } from '../core/citation/engine-cache';
import { CUSTOM_STYLES_KEY, storedCustomStyles } from '../core/citation/style-choice';
import { renderWithFallback, type RenderCitationsReport } from '../core/citation/style-fallback';
import { workerEngines } from '../dom/citation/engine-worker-client';

type Engines = (request: EngineRequest) => Promise<string[]>;

const OFFSCREEN_PAGE = 'citation/offscreen.html';

/** The part of chrome.offscreen / chrome.runtime.getContexts used here (not in the polyfill's types). */
interface ChromeOffscreen {
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
}

function offscreenEngines(): Engines {
  const chrome = (globalThis as unknown as { chrome: ChromeOffscreen }).chrome;
  let creating: Promise<void> | undefined;
  const ensureDocument = async () => {
    // Chrome may have closed it, or a previous life of this service worker made it.
    if ((await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length) return;
    creating ??= chrome.offscreen
      .createDocument({ url: OFFSCREEN_PAGE, reasons: ['WORKERS'], justification: 'Runs the citation engine (citeproc-js) in a worker.' })
      .finally(() => (creating = undefined));
    await creating;
  };
  return async (request) => {
    await ensureDocument();
    const reply = (await browser.runtime.sendMessage({ type: 'bg-off:render', request })) as
      | { ok: true; value: string[] }
      | { ok: false; error: string }
      | undefined;
    if (!reply) throw new Error('the citation engine did not answer');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}

let engines: Engines | undefined;

/**
 * Renders a page's request in the reader's world: its own styles come from storage, and one the
 * engine cannot use falls back to the default style (the reply says so; style-fallback.ts).
 */
export const hostRenderCitations: RenderCitationsReport = async (request) => {
  const run = (engines ??= __CHROME__ ? offscreenEngines() : workerEngines(browser.runtime.getURL('citation/engine-worker.js')));
  const stored = await browser.storage.local.get(CUSTOM_STYLES_KEY);
  return renderWithFallback(request, storedCustomStyles(stored[CUSTOM_STYLES_KEY]), run);
};

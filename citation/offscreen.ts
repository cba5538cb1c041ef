/**
 * Chrome only: the offscreen document that hosts the citation engine worker for the background
 * service worker (which cannot start a worker). It answers one message, `bg-off:render`, and
 * only from the background itself.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { EngineRequest } from '../src/core/citation/engine-cache';
import { workerEngines } from '../src/dom/citation/engine-worker-client';

const render = workerEngines(browser.runtime.getURL('citation/engine-worker.js'));
const background = browser.runtime.getURL('background.js');

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Pages' content scripts and the popup reach every extension context with sendMessage too.
  if (sender.id !== browser.runtime.id || sender.tab !== undefined || sender.url !== background) return undefined;
  const m = message as { type?: unknown; request?: EngineRequest } | null;
  if (typeof m !== 'object' || m === null || m.type !== 'bg-off:render' || !m.request) return undefined;
  return render(m.request).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

/**
 * The loader: the only script injected on every page, so it stays tiny (budget: 5 KB minified
 * and gzipped, see docs/BENCHMARKS.md) and does no work until it must. It tells the background
 * which page this is (the background injects the annotator only if the page has stored
 * highlights) and, the first time the reader selects text, asks for the annotator.
 *
 * It talks to the extension API directly instead of through webextension-polyfill: Chrome's
 * MV3 `chrome.runtime.sendMessage` and Firefox's `browser.runtime.sendMessage` both return
 * promises, and the polyfill alone would be larger than this whole script.
 */
import { canonicalPageUrl } from '../core/url/canonical-url';

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
const api = ((globalThis as { browser?: RuntimeLike }).browser ?? (globalThis as unknown as { chrome: RuntimeLike }).chrome);

/**
 * Both messages are idempotent (the annotator ignores a second injection), so a background that
 * is asleep, starting or stopping is asked again: 16 sends, pauses of 100 ms doubling up to 2 s
 * (a count of sends, not a time, as in core/messaging/retry-send; see
 * docs/architecture/save-protocol.md). An extension updated or removed since this page loaded
 * will never answer: then there is nobody to tell.
 */
function send(type: string, payload: object, attempt = 0): void {
  const retry = (error: unknown) => {
    if (attempt < 15 && !/invalidated/i.test(String((error as Error)?.message ?? error))) {
      setTimeout(() => send(type, payload, attempt + 1), Math.min(2000, 100 << attempt));
    }
  };
  try {
    api.runtime.sendMessage({ type, payload }).catch(retry);
  } catch (error) {
    retry(error);
  }
}

function hasTextSelection(): boolean {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim().length > 0;
}

function onSelectionEnd(): void {
  // The annotator shares this isolated world and marks itself there; once it runs (a page with
  // stored highlights gets it at once) it shows the toolbar itself, and asking for it again
  // would only make the background run the whole script for nothing.
  const annotatorRunning = (globalThis as { __jianbaoAnnotator?: boolean }).__jianbaoAnnotator;
  if (!annotatorRunning && !hasTextSelection()) return;
  removeEventListener('mouseup', onSelectionEnd, true);
  removeEventListener('keyup', onSelectionEnd, true);
  if (!annotatorRunning) send('cs-bg:inject-annotator', {});
}

if (/^(https?|file):$/.test(location.protocol) && !(globalThis as { __jianbaoLoader?: boolean }).__jianbaoLoader) {
  (globalThis as { __jianbaoLoader?: boolean }).__jianbaoLoader = true;
  addEventListener('mouseup', onSelectionEnd, true);
  addEventListener('keyup', onSelectionEnd, true);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  send('cs-bg:page-opened', { pageUrl: canonicalPageUrl(location.href, canonical) });
}

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
import { isWrittenByParent, pageKeyOf } from './page-key';

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

/** Set once the annotator was asked for: the selection listeners are not put back after that. */
let asked = false;

function onSelectionEnd(): void {
  // The annotator shares this isolated world and marks itself there; once it runs (a page with
  // stored highlights gets it at once) it shows the toolbar itself, and asking for it again
  // would only make the background run the whole script for nothing.
  const annotatorRunning = (globalThis as { __jianbaoAnnotator?: boolean }).__jianbaoAnnotator;
  if (!annotatorRunning && !hasTextSelection()) return;
  asked = true;
  removeEventListener('mouseup', onSelectionEnd, true);
  removeEventListener('keyup', onSelectionEnd, true);
  if (!annotatorRunning) send('cs-bg:inject-annotator', {});
}

function listen(): void {
  if (asked) return;
  addEventListener('mouseup', onSelectionEnd, true);
  addEventListener('keyup', onSelectionEnd, true);
}

let announced: string | null = null;
function announce(): void {
  const pageUrl = pageKeyOf(document);
  if (pageUrl && pageUrl !== announced) send('cs-bg:page-opened', { pageUrl });
  announced = pageUrl;
}

/** How long a frame's parent must leave its text alone before the frame counts as written. */
const WRITTEN_SETTLE_MS = 300;

/**
 * A frame its parent writes (about:blank, srcdoc, document.write) is empty when this runs, or
 * gets its article later; its key is made from its text (core/url/frame-key.ts). So the page is
 * announced once the text has settled, and again when the parent writes another text into it
 * (a viewer showing the next message). document.open erases the window's listeners (HTML's
 * document-open steps), ours too where a browser applies that to us: they are put back on
 * every change. Once the annotator runs, it watches the frame.
 */
function whenWritten(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    // At once, not when settled: the reader may select as soon as the article shows.
    listen();
    clearTimeout(timer);
    timer = setTimeout(() => {
      if ((globalThis as { __jianbaoAnnotator?: boolean }).__jianbaoAnnotator) return observer.disconnect();
      if (document.body?.textContent?.trim()) announce();
    }, WRITTEN_SETTLE_MS);
  };
  const observer = new MutationObserver(settle);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  settle();
}

const marker = globalThis as { __jianbaoLoader?: boolean };
const written = isWrittenByParent(window);
if (!marker.__jianbaoLoader && (/^(https?|file):$/.test(location.protocol) || written)) {
  marker.__jianbaoLoader = true;
  listen();
  if (written) whenWritten();
  else announce();
}

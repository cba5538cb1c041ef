/**
 * Notices when the page's content or address changes under us: a burst of mutations means one
 * re-anchoring pass (debounced), and a single-page-app navigation (pushState, popstate) means
 * the highlights of another page. A content script cannot wrap the page's own history.pushState
 * (it lives in another JS world), so the address is compared whenever the DOM or history moves.
 * Only the body is observed: our UI host hangs off <html> and the highlight style sits in <head>.
 * The painter's own writes in the body (<jb-mark> wrapping) are announced through discardPending,
 * which drops them before they are delivered, so every record that reaches the observer is the page's.
 */

/** Long enough to coalesce a news page's late-loading widgets, short enough not to be noticed. */
const SETTLE_MS = 400;

export interface PageWatcher {
  /** Drops the mutations queued so far: called right after our own painting changed the DOM. */
  discardPending(): void;
  stop(): void;
}

export function watchPage(
  doc: Document,
  handlers: { onContentChanged(): void; onNavigated(href: string): void },
): PageWatcher {
  const win = doc.defaultView!;
  let lastHref = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const checkAddress = (): boolean => {
    if (win.location.href === lastHref) return false;
    lastHref = win.location.href;
    handlers.onNavigated(lastHref);
    return true;
  };

  // One pass after things settle: a new address means another page, else re-anchor.
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!checkAddress()) handlers.onContentChanged();
    }, SETTLE_MS);
  };
  const observer = new MutationObserver(() => settle());
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  // The page's own popstate handler swaps the content after us: wait for it to settle too.
  const onPopState = settle;
  win.addEventListener('popstate', onPopState);
  win.addEventListener('hashchange', onPopState);

  return {
    discardPending() {
      observer.takeRecords();
    },
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      win.removeEventListener('popstate', onPopState);
      win.removeEventListener('hashchange', onPopState);
    },
  };
}

/**
 * Notices when the page's content or address changes under us: a burst of mutations means one
 * re-anchoring pass (debounced), and a single-page-app navigation (pushState, popstate) means
 * the highlights of another page. A content script cannot wrap the page's own history.pushState
 * (it lives in another JS world), so the address is compared whenever the DOM or history moves.
 */
import { UI_HOST_TAG } from '../../dom/ui/ui-host';
import { MARK_TAG } from '../../dom/highlight/paint-highlights';

/** Long enough to coalesce a news page's late-loading widgets, short enough not to be noticed. */
const SETTLE_MS = 400;

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  return tag === UI_HOST_TAG || tag === MARK_TAG || el.id === 'jianbao-highlight-style' || !!el.closest(`${UI_HOST_TAG},${MARK_TAG}`);
}

function isOwnMutation(record: MutationRecord): boolean {
  if (record.type === 'characterData') return isOurs(record.target);
  const changed = [...record.addedNodes, ...record.removedNodes];
  if (changed.length === 0) return true;
  return changed.every(isOurs) || (isOurs(record.target) && record.target.nodeName.toLowerCase() !== 'body');
}

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
  const observer = new MutationObserver((records) => {
    if (!records.every(isOwnMutation)) settle();
  });
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

/**
 * Loads what the popup shows for the current tab: the page (asked of its content script, which
 * fails on pages where extensions cannot run) and its highlights and articles (read directly
 * from the database through the named queries).
 *
 * The content script's answer waits for a message round trip through the background (and, on
 * a first open, for article detection), so the highlights are read at once under the key the
 * tab's own address gives, and shown; the answer then confirms the key (a page whose
 * canonical link names another address is read again) and brings the articles detection saved.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord, Highlight } from '../src/core/model';
import { usableArticles, usableHighlights } from '../src/core/usable-record';
import { canonicalPageUrl } from '../src/core/url/canonical-url';
import { openDb } from '../src/background/db/database';
import { articlesFor, articlesForPage, highlightsForPage } from '../src/background/db/queries';
import type { PageInfo } from '../src/messages';
import browser from 'webextension-polyfill';
import { readerPdfKey } from '../src/core/pdf/pdf-address';
import { activeTab, type PopupTab } from './active-tab';
import { callBackground } from './background-call';

export type PageState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; tabId: number; page: PageInfo; highlights: Highlight[]; articles: Map<string, ArticleRecord>; skipped?: number };

interface PageData {
  highlights: Highlight[];
  articles: Map<string, ArticleRecord>;
  /** Damaged records left out (a view shows the rest and says how many). */
  skipped: number;
}

async function readPage(pageUrl: string): Promise<PageData> {
  const db = openDb();
  const [stored, onPage] = await Promise.all([highlightsForPage(db, pageUrl), articlesForPage(db, pageUrl)]);
  const { highlights, skipped } = usableHighlights(stored);
  // A damaged article record is left out (its highlights get the heading their own record
  // gives) and counted with the skipped highlights.
  const candidates = new Map<string, ArticleRecord>();
  for (const article of [...(await articlesFor(db, highlights)).values(), ...onPage]) candidates.set(String(article.id), article);
  const usable = usableArticles([...candidates.values()]);
  const articles = new Map(usable.articles.map((a) => [a.id, a]));
  return { highlights, articles, skipped: skipped + usable.skipped };
}

/** Jianbao's PDF reader tab: the PDF's own key (its fingerprint), read from the reader's address. */
function readerPage(tab: PopupTab): PageInfo | null {
  let viewerPage: string;
  try {
    viewerPage = browser.runtime.getURL('viewer/viewer.html');
  } catch {
    return null;
  }
  const key = readerPdfKey(tab.url, viewerPage);
  return key ? { pageUrl: key, title: tab.title ?? '', articleIds: [] } : null;
}

/** The page key the tab's address gives, before its content script can say more; null where it cannot run. */
function provisionalPage(tab: PopupTab): PageInfo | null {
  if (!tab.url || !/^(https?|file):/.test(tab.url)) return null;
  return { pageUrl: canonicalPageUrl(tab.url), title: tab.title ?? '', articleIds: [] };
}

export function usePageHighlights(): { state: PageState; reload: () => void } {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const run = useRef(0);
  const load = useCallback(async () => {
    const current = ++run.current;
    const publish = (next: PageState) => current === run.current && setState(next);
    try {
      // Opening the database (Dexie reads the schema) runs while the browser looks up the tab.
      void openDb().open().catch(() => undefined); // a failure surfaces with the first read
      const tab = await activeTab();
      if (tab === undefined) throw new Error('no active tab');
      const tabId = tab.id;
      // The PDF reader is an extension page: no content script to ask, its key is in its address.
      const reader = readerPage(tab);
      if (reader) {
        publish({ status: 'ready', tabId, page: reader, ...(await readPage(reader.pageUrl)) });
        return;
      }
      const answer = callBackground('ui-bg:page-info', { tabId });
      answer.catch(() => undefined); // handled below; this only keeps it from being reported as unhandled meanwhile
      const guess = provisionalPage(tab);
      let shown: { pageUrl: string; data: PageData } | null = null;
      if (guess) {
        shown = { pageUrl: guess.pageUrl, data: await readPage(guess.pageUrl) };
        // Nothing to show yet on a page without highlights: its article heading comes with the answer.
        if (shown.data.highlights.length) publish({ status: 'ready', tabId, page: guess, ...shown.data });
      }
      const page = await answer;
      // Splits the first render in the bench: the content script's answer vs our own reads.
      performance.mark('jianbao:page-info');
      const fresh =
        shown && shown.pageUrl === page.pageUrl && page.articleIds.every((id) => shown.data.articles.has(id))
          ? shown.data
          : await readPage(page.pageUrl);
      publish({ status: 'ready', tabId, page, ...fresh });
    } catch (error) {
      publish({ status: 'error', error });
    }
  }, []);
  useEffect(() => void load(), [load]);
  return { state, reload: () => void load() };
}

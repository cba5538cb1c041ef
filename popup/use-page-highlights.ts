/**
 * Loads what the popup shows for the current tab: the page (asked of its content script, which
 * fails on pages where extensions cannot run) and its highlights and articles (read directly
 * from the database through the named queries).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ArticleRecord, Highlight } from '../src/core/model';
import { openDb } from '../src/background/db/database';
import { articlesFor, articlesForPage, highlightsForPage } from '../src/background/db/queries';
import type { PageInfo } from '../src/messages';
import { activeTabId } from './active-tab';
import { callBackground } from './background-call';

export type PageState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; tabId: number; page: PageInfo; highlights: Highlight[]; articles: Map<string, ArticleRecord> };

export function usePageHighlights(): { state: PageState; reload: () => void } {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const load = useCallback(async () => {
    try {
      const tabId = await activeTabId();
      if (tabId === undefined) throw new Error('no active tab');
      const page = await callBackground('ui-bg:page-info', { tabId });
      // Splits the first render in the bench: the content script's answer vs our own reads.
      performance.mark('jianbao:page-info');
      const db = openDb();
      const highlights = await highlightsForPage(db, page.pageUrl);
      const articles = await articlesFor(db, highlights);
      for (const article of await articlesForPage(db, page.pageUrl)) articles.set(article.id, article);
      setState({ status: 'ready', tabId, page, highlights, articles });
    } catch (error) {
      setState({ status: 'error', error });
    }
  }, []);
  useEffect(() => void load(), [load]);
  return { state, reload: () => void load() };
}

/**
 * The tab the popup is about: the active tab of the window the popup belongs to, or the tab
 * named by `?tab=N` when the popup page is opened in a tab of its own (end-to-end tests,
 * keyboard users who pin it). One browser call gives its id, address and title.
 */
import browser from 'webextension-polyfill';

export interface PopupTab {
  id: number;
  url?: string;
  title?: string;
}

export async function activeTab(search = location.search): Promise<PopupTab | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? await browser.tabs.get(fromQuery).catch(() => ({ id: fromQuery, url: undefined, title: undefined }))
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

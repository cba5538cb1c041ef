/**
 * The tab the popup is about: the active tab of the window the popup belongs to, or the tab
 * named by `?tab=N` when the popup page is opened in a tab of its own (end-to-end tests,
 * keyboard users who pin it).
 */
import browser from 'webextension-polyfill';

export async function activeTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

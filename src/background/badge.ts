/**
 * The toolbar badge shows how many highlights of the tab's page could not be placed (orphans),
 * in the warning colour, so the reader knows to look at the popup.
 */
import browser from 'webextension-polyfill';

export async function showOrphanBadge(tabId: number, orphans: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: orphans > 0 ? String(orphans) : '' });
    if (orphans > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#c92a2a' });
  } catch {
    // The tab may have closed meanwhile; a badge for a closed tab does not matter.
  }
}

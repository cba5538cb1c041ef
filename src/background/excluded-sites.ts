/**
 * "Sites where Jianbao stays off" (options page): no annotator is injected there, whether the
 * reader selects text, a page has stored highlights, or a shortcut or menu item is used.
 */
import browser from 'webextension-polyfill';
import { isExcludedSite } from '../core/settings/default-settings';
import { loadSettings } from './settings-store';

export async function isPageExcluded(pageUrl: string | undefined): Promise<boolean> {
  if (!pageUrl) return false;
  const { excludedSites } = await loadSettings();
  return isExcludedSite(pageUrl, excludedSites);
}

export async function isTabExcluded(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return isPageExcluded(tab?.url);
}

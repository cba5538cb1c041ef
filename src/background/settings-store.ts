/**
 * Settings live in browser.storage.local (DESIGN.md), so every context sees the same values
 * and a killed service worker loses nothing.
 */
import browser from 'webextension-polyfill';
import type { Settings } from '../core/model';
import { withDefaults } from '../core/settings/default-settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return withDefaults(stored[KEY] as Partial<Settings> | undefined);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: withDefaults(settings) });
}

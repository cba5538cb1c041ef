/** The reader's own CSL styles in browser.storage.local (the background reads the same key to cite with them). */
import browser from 'webextension-polyfill';
import { CUSTOM_STYLES_KEY, storedCustomStyles, type CustomStyle } from '../src/core/citation/style-choice';

export async function loadCustomStyles(): Promise<CustomStyle[]> {
  return storedCustomStyles((await browser.storage.local.get(CUSTOM_STYLES_KEY))[CUSTOM_STYLES_KEY]);
}

export async function saveCustomStyles(styles: CustomStyle[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_STYLES_KEY]: styles });
}

/** Opens the clipping book in a tab, optionally at one clipping and one of its highlights. */
import browser from 'webextension-polyfill';

/** The book's address: `#clip=<article id>&hl=<highlight id>` opens that clipping at that highlight. */
export function bookUrl(clippingId?: string, highlightId?: string): string {
  const base = browser.runtime.getURL('clippings/clippings.html');
  if (!clippingId) return base;
  const hash = new URLSearchParams({ clip: clippingId, ...(highlightId ? { hl: highlightId } : {}) });
  return `${base}#${hash.toString()}`;
}

export async function openBook(clippingId?: string, highlightId?: string): Promise<void> {
  await browser.tabs.create({ url: bookUrl(clippingId, highlightId) });
  // The popup closes by itself on Chrome when a tab opens; Firefox keeps it, so close it.
  window.close();
}

/**
 * Addresses of PDFs and of Jianbao's reader for them. A tab shows a PDF in the browser's own
 * viewer under the PDF's address, so the popup can offer the reader when the path ends in .pdf
 * (a PDF served from an address without the extension is not recognised: a known limit).
 */

/** True for an http(s) or file address whose path ends in .pdf. */
export function isPdfAddress(address: string | undefined): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    return (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:') && /\.pdf$/iu.test(url.pathname);
  } catch {
    return false;
  }
}

/** The reader page's address for a PDF, given the reader page's own URL (runtime.getURL). */
export function readerAddress(viewerPage: string, pdfAddress: string): string {
  return `${viewerPage}?file=${encodeURIComponent(pdfAddress)}`;
}

/** The address a PDF's highlights and articles are stored under: its fingerprint, whatever address it came from. */
export function pdfPageUrl(fingerprint: string): string {
  return `urn:x-pdf:${fingerprint.toLowerCase()}`;
}

/**
 * The PDF page key of a reader tab: the reader puts `pdf=urn:x-pdf:…` into its own address once
 * the PDF is open, so the popup can list that PDF's highlights without asking the tab.
 */
export function readerPdfKey(tabUrl: string | undefined, viewerPage: string): string | undefined {
  if (!tabUrl?.startsWith(`${viewerPage}?`)) return undefined;
  const key = new URL(tabUrl).searchParams.get('pdf') ?? '';
  return /^urn:x-pdf:[0-9a-f]{16,64}$/u.test(key) ? key : undefined;
}

/** Link patterns for the context menu item (match patterns cannot say "path ends in", so two forms). */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', 'file:///*.pdf'];

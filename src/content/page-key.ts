/**
 * Which page a document is, for the loader and the annotator alike (both must compute the same
 * key): the canonical address of a page, or, for a frame its parent wrote (about:blank,
 * about:srcdoc, or filled with document.write), the parent's key plus the frame's text
 * fingerprint (core/url/frame-key.ts).
 */
import { canonicalPageUrl } from '../core/url/canonical-url';
import { framePageKey } from '../core/url/frame-key';

/**
 * Whether the frame's document was written by its parent rather than loaded from an address:
 * an about:blank or about:srcdoc document, or one the parent filled with document.write (the
 * document then takes the parent's address, and its frame element has no source of its own).
 * A parent of another origin hides its frame element (null) and cannot have written the frame.
 */
export function isWrittenByParent(win: Window): boolean {
  if (win === win.parent) return false;
  if (/^about:(blank|srcdoc)$/.test(win.location.href)) return true;
  const frame = win.frameElement;
  if (!frame) return false;
  const src = frame.getAttribute('src');
  return (src === null || src === '' || src.startsWith('about:')) && win.location.href === win.parent.location.href;
}

/** The key of `doc`, or null for a written frame whose parent cannot be read (a sandboxed frame). */
export function pageKeyOf(doc: Document): string | null {
  const win = doc.defaultView;
  if (!win || !isWrittenByParent(win)) {
    const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    return canonicalPageUrl(doc.location.href, canonical);
  }
  let parentDoc: Document;
  try {
    parentDoc = win.parent.document;
  } catch {
    return null;
  }
  const parentKey = pageKeyOf(parentDoc);
  return parentKey && framePageKey(parentKey, doc.title, doc.body?.textContent ?? '');
}

/**
 * The page key of a frame that has no address of its own: an `about:blank` or `about:srcdoc`
 * iframe whose parent wrote the article into it (e-paper viewers, mail-like readers), or an
 * iframe the parent filled with `document.write` (whose address then reads as the parent's).
 *
 * Such a frame is keyed by its parent's page key plus a fingerprint of the frame's text:
 * `https://paper.example/2022-03/31/node_2.htm#jianbao-frame=3f9a0c1d`. Why these parts
 * (docs/architecture/save-protocol.md, Frames):
 * - the parent's key: the frame is part of that page, and a site check of the key against the
 *   frame's creator (the origin the browser reports) holds (core/url/page-access.ts);
 * - the text, not the frame's position, id or name: a viewer often shows message after message
 *   in the same slot (one key for all would restore one message's highlights in the next and
 *   report them lost), while ads and widgets inserted before it shift positions, and many pages
 *   give frames generated names. The same text gives the same key on every reload.
 * A real page key never has a fragment (normalizeUrl drops it), so the two never collide.
 */

/** The fragment name that marks a frame key. */
export const FRAME_KEY_MARK = 'jianbao-frame=';

/** How much of the frame's text the fingerprint reads: enough to tell two messages apart. */
export const FINGERPRINT_CHARS = 2_000;

/**
 * A 32-bit FNV-1a hash of the title and the first FINGERPRINT_CHARS non-space characters of the
 * text, as 8 hex digits. Spaces are dropped so a re-wrapped or re-indented copy of the same
 * article keeps its key; a change further down than that (comments, a "related" list) does too.
 */
export function textFingerprint(title: string, text: string): string {
  const sample = (title + text).replace(/\s+/g, '').slice(0, FINGERPRINT_CHARS);
  let hash = 0x811c9dc5;
  for (let i = 0; i < sample.length; i++) {
    hash ^= sample.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The key of a parent-written frame showing `title` and `text` inside the page `parentKey`. */
export function framePageKey(parentKey: string, title: string, text: string): string {
  return `${parentKey.split('#')[0]}#${FRAME_KEY_MARK}${textFingerprint(title, text)}`;
}

export function isFramePageKey(key: string): boolean {
  return key.includes(`#${FRAME_KEY_MARK}`);
}

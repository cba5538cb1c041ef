/**
 * Least privilege between pages: which stored page keys a page's own scripts may read and
 * write. A content script's messages carry the page key it computed, which the page can steer
 * (a `<link rel=canonical>` is page markup), so the background checks every key against the
 * address the browser reports for the sender's frame: the key must name the same site. A page
 * on one site can therefore never list, edit or delete another site's highlights, even with a
 * hostile canonical link or a compromised renderer sending forged messages.
 */
/** Host labels that name the same site's desktop/mobile mirror (m.example.com ↔ www.example.com). */
const MIRROR_LABEL = /^(?:www|m|mobile|wap)\./;

function parse(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

const isWeb = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';

/** A host without its mirror label: the unit a page may share its highlights within. */
function siteOf(url: URL): string {
  return url.hostname.toLowerCase().replace(MIRROR_LABEL, '');
}

/**
 * Whether two addresses are the same site: web addresses with the same host (scheme, port and a
 * leading www./m. label aside), or the same local file.
 */
export function isSameSite(a: string, b: string): boolean {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return false;
  if (isWeb(left) && isWeb(right)) return siteOf(left) === siteOf(right);
  if (left.protocol === 'file:' && right.protocol === 'file:') return left.pathname === right.pathname;
  return false;
}

/** Whether a page whose frame shows `senderUrl` may touch the records stored under `pageKey`. */
export function mayAccessPage(senderUrl: string | undefined, pageKey: string): boolean {
  return typeof senderUrl === 'string' && isSameSite(senderUrl, pageKey);
}

/**
 * The address a content script's messages are judged by: the frame's own address as the browser
 * reports it (`sender.url`), or, for a frame that has none of its own (`about:blank`,
 * `about:srcdoc`: written by its parent), the origin the browser reports for it
 * (`sender.origin`, which such a frame inherits from the document that created it; Chrome ≥ 80,
 * Firefox ≥ 126). A parent-written frame's page key is its creator's page plus a fragment
 * (core/url/frame-key.ts), so the ordinary site check then holds. An opaque origin (`"null"`:
 * a sandboxed frame, or one inside a local file) or any other scheme gives no address, and
 * every message that names a page is refused. Never the tab's address: a frame of another site
 * inside the tab may have created the blank frame.
 */
export function senderPageAddress(url: string | undefined, origin: string | undefined): string | undefined {
  if (url === undefined || !/^about:/i.test(url)) return url;
  if (!/^about:(blank|srcdoc)$/i.test(url.split(/[?#]/)[0]!) || typeof origin !== 'string') return undefined;
  const creator = parse(origin);
  return creator && isWeb(creator) && creator.origin === origin ? `${creator.origin}/` : undefined;
}

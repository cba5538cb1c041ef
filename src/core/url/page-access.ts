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

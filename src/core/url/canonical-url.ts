/**
 * The page key highlights are stored under. Two visits of the same article must give the
 * same key even when trackers, fragments or e-paper view switches change the address.
 */
import { isSameSite } from './page-access';

/** Query parameters that never change which article is shown. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid',
  'spm', 'scm', 'share_token', 'from', 'isappinstalled', 'wxshare_count', 'sharer_shareid',
  'ref', 'ref_src', 'cmpid', 'smid', 'ncid', 'ocid', 'mod',
  // Founder e-paper view switches (?div=-1 shows the same article without the page image).
  'div', 'node', 'nodeid',
]);

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith('utm_') || key.startsWith('__') || TRACKING_PARAMS.has(key);
}

/** Normalises one http(s) URL: no fragment, no trackers, sorted query, default port dropped. */
export function normalizeUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') return null;
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  url.hostname = url.hostname.toLowerCase();
  return url.toString();
}

/**
 * The canonical key of a page: its `<link rel=canonical>` when that looks trustworthy, else
 * its own address, normalised. Some sites point every article's canonical link at their home
 * page; such a link is ignored unless the page itself is the home page. A link to another site
 * is ignored too (see page-access.ts).
 */
export function canonicalPageUrl(locationHref: string, canonicalHref?: string | null): string {
  const own = normalizeUrl(locationHref) ?? locationHref;
  if (!canonicalHref) return own;
  let canonical: URL;
  try {
    canonical = new URL(canonicalHref, locationHref);
  } catch {
    return own;
  }
  const ownPath = new URL(own).pathname;
  if (canonical.pathname === '/' && ownPath !== '/') return own;
  // A canonical link on another site would file this page's highlights under that site's
  // key, which the background refuses to this page (page-access.ts): keep the own address.
  if (!isSameSite(own, canonical.href)) return own;
  return normalizeUrl(canonical.toString()) ?? own;
}

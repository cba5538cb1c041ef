/**
 * Which image addresses the background may fetch for a clipping. A clip request comes from a
 * page's annotator, and the page controls what its article holds, so the background fetches
 * only what a page could have shown itself: an http(s) address without credentials in it, and
 * never one on the reader's own machine or local network from a page that is not there itself
 * (a public page must not turn Jianbao's extension fetch into a probe of the router or a local
 * service). Inline `data:` images need no request and are always allowed.
 */

/** Why an image address is not fetched; null when it may be. */
export type ImageAddressProblem = 'scheme' | 'credentials' | 'private-network' | null;

/** Inline raster images the book shows; decoding one makes no network request. */
export const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp)[;,]/iu;

function ipv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/u.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

/**
 * Whether a host name (as URL.hostname gives it: IPv6 in brackets, IPv4 normalised) is the
 * reader's own machine or a local network: loopback, private, link-local, carrier-grade NAT,
 * unspecified, unique-local IPv6, `localhost` and its subdomains, single-label names and the
 * .local / .internal / .lan / .home.arpa suffixes that only resolve inside a network.
 */
export function isLocalNetworkHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/u, '');
  const v4 = ipv4(host);
  if (v4) {
    const [a, b] = v4;
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    if (v6 === '::' || v6 === '::1') return true;
    // IPv4-mapped (::ffff:a.b.c.d, which URL writes as ::ffff:xxxx:xxxx) takes the IPv4 rule.
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/u.exec(v6);
    if (mapped) {
      const hi = parseInt(mapped[1], 16);
      const lo = parseInt(mapped[2], 16);
      return isLocalNetworkHost(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
    }
    return /^f[cd][0-9a-f]{0,2}:/u.test(v6) || /^fe[89ab][0-9a-f]?:/u.test(v6);
  }
  if (!host.includes('.')) return true;
  return host === 'localhost' || /\.(localhost|local|internal|lan|home\.arpa)$/u.test(host);
}

/** Whether the background may fetch `src` for an article shown at `pageUrl`. */
export function imageAddressProblem(src: string, pageUrl: string): ImageAddressProblem {
  if (INLINE_IMAGE.test(src)) return null;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return 'scheme';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
  if (url.username || url.password) return 'credentials';
  if (isLocalNetworkHost(url.hostname)) {
    let page: URL | undefined;
    try {
      page = new URL(pageUrl);
    } catch {
      page = undefined;
    }
    // An intranet page, or a page saved on this machine, may show its own network's images.
    const pageIsLocal = !!page && (page.protocol === 'file:' || ((page.protocol === 'http:' || page.protocol === 'https:') && isLocalNetworkHost(page.hostname)));
    if (!pageIsLocal) return 'private-network';
  }
  return null;
}

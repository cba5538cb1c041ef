/**
 * Small normalisers for metadata strings taken from untrusted pages.
 */

/** Collapses whitespace (including ideographic spaces and nbsp) and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
}

/** Removes HTML tags and decodes the few entities that appear in metadata comments. */
export function stripTags(text: string): string {
  return collapseSpace(
    text
      .replace(/<[^>]*>/gu, ' ')
      .replace(/&nbsp;/gu, ' ')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&#39;/gu, "'")
      .replace(/&amp;/gu, '&'),
  );
}

export const TITLE_SEPARATORS = /\s*(?:[|｜_—–]|--|-\s|\s-|::|»)\s*/u;

// A bare host name such as "blog.wenxuecity.com": the site, never the headline.
const HOST_NAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/iu;

/**
 * What a page says its site is called, for telling a title's site part from its headline:
 * declared names (og:site_name, JSON-LD publisher, …) and the address's own name ("nytimes" in
 * www.nytimes.com, "bbc" in news.bbc.co.uk), all in comparable() form.
 */
export interface SiteNames {
  names: string[];
  host?: string;
}

// Labels that are no site's name: sub-domains for devices and sections, and short second levels (co.uk, com.cn).
const HOST_NOISE = new Set(['www', 'm', 'amp', 'mobile', 'news', 'edition', 'en', 'blog', 'blogs']);

/** The site names of a page from its declared names and its address. */
export function siteNamesOf(declared: readonly string[], url?: string): SiteNames {
  const names = [...new Set(declared.map(comparable).filter((n) => n.length >= 2))];
  let host: string | undefined;
  try {
    const labels = url ? new URL(url).hostname.toLowerCase().split('.') : [];
    labels.pop(); // the top-level domain
    if (labels.length > 1 && labels[labels.length - 1].length <= 3) labels.pop(); // co.uk, com.cn
    host = labels.filter((l) => !HOST_NOISE.has(l)).pop();
  } catch {
    host = undefined;
  }
  return { names, host: host && host.length >= 3 ? host.replace(/-/gu, '') : undefined };
}

/**
 * How surely a part of a title is the site's name: 2 = it is a declared name or the address's
 * name ("The Courier", "NYTimes.com"), 1 = a part that holds a declared name and a word or two
 * more ("The Courier Online Edition"), 0 = not the site. A part that only contains the
 * address's name is not the site: headlines name their own site ("BBC to cut 500 jobs").
 */
export function siteScore(part: string, site: SiteNames | undefined): 0 | 1 | 2 {
  const c = comparable(part);
  if (!site || c.length < 2) return 0;
  const bare = c.replace(/^(?:the|www)/u, '').replace(/(?:com|net|org|online)$/u, '');
  for (const name of site.names) {
    if (c === name || bare === name || bare === name.replace(/^the/u, '')) return 2;
  }
  if (site.host && (c === site.host || bare === site.host)) return 2;
  // A part that holds the name with a word or two more ("… Online Edition"): about 14 letters.
  for (const name of site.names) {
    if (name.length >= 3 && c.includes(name.replace(/^the/u, '')) && c.length <= name.length + 14) return 1;
  }
  return 0;
}

// "Site: Headline" — a colon after the site's name; "Thread - Board - Forum - Powered by Discuz!".
const SITE_COLON = /^([^:：]{2,60}?)\s*[:：]\s+(.+)$/u;
const POWERED_BY = /^powered\s+by\b/iu;

/**
 * Cuts the site name off a <title>: "Headline - Site" / "Headline_频道_新浪网" / "Site: Headline" →
 * "Headline". Parts that are the site's name (`site`) and "Powered by …" go; of the rest the
 * longest part is kept, which is the headline on news pages, but never a bare host name (blogs
 * title their pages "昵称 | blog.example.com", where the host is the longer part). When the
 * page's printed `headline` is one of the parts, that part is the title.
 */
export function stripSiteFromTitle(title: string, site?: SiteNames, headline?: string): string {
  let all = collapseSpace(title).split(TITLE_SEPARATORS).filter(Boolean);
  if (all.length > 1) all = all.filter((p) => !POWERED_BY.test(p));
  const colon = all.length ? SITE_COLON.exec(all[0]) : null;
  if (colon && siteScore(colon[1], site) >= 1) all = [colon[2], ...all.slice(1)];
  if (all.length < 2) return all[0] ?? collapseSpace(title);
  if (headline) {
    const wanted = comparable(headline);
    const same = all.find((p) => comparable(p) === wanted);
    if (same) return same;
  }
  const scores = all.map((p) => siteScore(p, site));
  const top = Math.max(...scores);
  // Drop the surest site parts; when every part looks like the site ("BBC cuts jobs | BBC News"),
  // only the certain ones.
  let kept = all.filter((_, i) => scores[i] < top);
  if (!kept.length) kept = all;
  const words = kept.filter((p) => !HOST_NAME.test(p));
  const parts = words.length ? words : kept;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * A metadata title (og:title, JSON-LD headline) that carries the site's name as one of two or
 * more parts ("Headline | The Courier") without it; unchanged unless exactly one part is left
 * once the parts that are surely the site (a declared name or the address's name) are gone.
 */
export function cutDeclaredSite(title: string, site: SiteNames): string {
  const parts = collapseSpace(title).split(TITLE_SEPARATORS).filter(Boolean);
  if (parts.length < 2) return title;
  const kept = parts.filter((p) => !POWERED_BY.test(p) && siteScore(p, site) < 2);
  return kept.length === 1 ? kept[0] : title;
}

/**
 * The site or newspaper name in a page title such as "标题--荆州日报" or "Headline | The Paper":
 * the part at either end that is not the headline, when the title has exactly two parts and one
 * of them is the headline.
 */
export function siteNameFromTitle(title: string, headline: string): string | undefined {
  const parts = collapseSpace(title).split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== 2) return undefined;
  const wanted = comparable(headline);
  if (comparable(parts[0]) === wanted) return parts[1];
  if (comparable(parts[1]) === wanted) return parts[0];
  return undefined;
}

/** Canonical comparison form: no spaces or punctuation, lower case. */
export function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

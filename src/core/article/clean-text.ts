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

const TITLE_SEPARATORS = /\s*(?:[|｜_—–]|--|-\s|\s-|::|»)\s*/u;

// A bare host name such as "blog.wenxuecity.com": the site, never the headline.
const HOST_NAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/iu;

/**
 * Cuts the site name off a <title>: "Headline - Site" / "Headline_频道_新浪网" → "Headline".
 * Keeps the longest part, which is the headline on news pages, but never a bare host name
 * (blogs title their pages "昵称 | blog.example.com", where the host is the longer part).
 */
export function stripSiteFromTitle(title: string): string {
  const all = collapseSpace(title).split(TITLE_SEPARATORS).filter(Boolean);
  if (all.length < 2) return collapseSpace(title);
  const words = all.filter((p) => !HOST_NAME.test(p));
  const parts = words.length ? words : all;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
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

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

/**
 * Cuts the site name off a <title>: "Headline - Site" / "Headline_频道_新浪网" → "Headline".
 * Keeps the longest part, which is the headline on news pages.
 */
export function stripSiteFromTitle(title: string): string {
  const parts = collapseSpace(title).split(TITLE_SEPARATORS).filter(Boolean);
  if (parts.length < 2) return collapseSpace(title);
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Canonical comparison form: no spaces or punctuation, lower case. */
export function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

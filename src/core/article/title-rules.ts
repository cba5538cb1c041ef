/**
 * Rules for headline candidates (issue 11): what is never a headline (a page's thank-you or
 * "powered by" <title>, a "Next article" link, a 本文原标题 note, the page address), entities a
 * template left encoded, and when the headline printed on the page beats the metadata title
 * (a social title written for sharing, or one cut short at a quote).
 */

import { TITLE_SEPARATORS } from './clean-text';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…' };

/**
 * Decodes the character references a template left in a title (&#8216;, &#x2019;, &amp;, &rsquo;),
 * also when it encoded them twice or three times (&amp;amp;#8217;).
 */
export function decodeEntities(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

function decodeOnce(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

// Titles that name no article: greetings and site furniture in <title>, navigation links.
const BOILERPLATE = /^(?:谢谢您?(?:访问|光临)|感谢您?(?:访问|光临)|欢迎(?:您)?(?:访问|光临|来到)|powered\s+by\b|next\s+(?:article|story|post)\b|previous\s+(?:article|story|post)\b|read\s+next\b|下一篇|上一篇|本文原标题|原标题[:：]|untitled\b|无标题|home\s*page$|首页$)/iu;
// The page address (or a bare host) printed where the headline goes.
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?$/iu;

/** True for a candidate that can never be the headline. */
export function isBoilerplateTitle(text: string): boolean {
  const t = text.trim();
  return !t || BOILERPLATE.test(t) || ADDRESS.test(t) || /powered\s+by\s/iu.test(t);
}

/**
 * A title without its "- Powered by …" part ("Thread - Board - Forum - Powered by Discuz!"), when
 * what is left still has two parts or reads as a full headline; otherwise unchanged, so a bare
 * "Forum - Powered by X" stays boilerplate.
 */
export function withoutPoweredBy(text: string): string {
  const parts = text.split(TITLE_SEPARATORS).filter(Boolean);
  const rest = parts.filter((p) => !/^powered\s+by\b/iu.test(p.trim()));
  if (rest.length === parts.length || !rest.length) return text;
  if (rest.length < 2 && !isFullHeadline(rest[0])) return text;
  // Cut at the first separator in front of the "Powered by" part, keeping the rest as written.
  const at = text.search(/\s*(?:[|｜_—–]|--|-\s|\s-|::|»)\s*powered\s+by\b/iu);
  return at > 0 ? text.slice(0, at).trim() : rest.join(' - ');
}

const comparableText = (text: string): string => text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
const QUOTES = /["“”„'‘’«»「」『』]/gu;

/** True when the text reads as a full headline: five words, or ten ideographs/kana. */
function isFullHeadline(text: string): boolean {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  return cjk >= 10 || text.trim().split(/\s+/u).length >= 5;
}

/**
 * True when the headline printed on the page (an <h1> above the body) should replace the metadata
 * title: the metadata title is cut short inside it (a malformed og:title ending at an ASCII quote),
 * or the two are different headlines and the printed one is a full headline — social titles are
 * rewritten for sharing, the reader sees the printed one.
 */
export function prefersPrintedHeadline(metaTitle: string, printed: string): boolean {
  const meta = comparableText(metaTitle);
  const head = comparableText(printed);
  if (!head || !meta || head === meta) return false;
  // Cut at a quote: the metadata title is the start of the printed one and has an unclosed quote
  // or stops right where the printed headline has one.
  if (head.startsWith(meta) && head.length > meta.length) {
    const openQuotes = (metaTitle.match(QUOTES) ?? []).length % 2 === 1;
    return openQuotes || QUOTES.test(printed.slice(Math.max(0, metaTitle.trim().length - 2), metaTitle.trim().length + 2));
  }
  if (head.includes(meta) || meta.includes(head)) return false;
  // Two spellings of one headline ("Dropbox ATF:" / "Dropbox’s ATF -") keep the metadata one.
  return isFullHeadline(printed) && wordOverlap(metaTitle, printed) < 0.8;
}

/** Jaccard overlap of the two titles' words (ideographs one by one). */
function wordOverlap(a: string, b: string): number {
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union ? shared / union : 0;
}

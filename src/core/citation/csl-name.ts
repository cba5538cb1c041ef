/**
 * Names as CSL name parts. Latin personal names go through @citation-js/name (particles such
 * as "van der" become non-dropping-particle); a trailing generational suffix written without
 * a comma ("Martin Luther King Jr.") is taken off first, because that parser would read it as
 * the family name. Chinese, Japanese and Korean names and organisations are CSL `literal`
 * names: the engine prints them exactly as written, never inverted or abbreviated.
 */
import { parse as parseLatinName } from '@citation-js/name';

/** A CSL-JSON name: either `literal` or family/given with optional particles and suffix. */
export interface CslName {
  literal?: string;
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/** Generational and honorific suffixes that follow the family name. */
const SUFFIX = /^(?:jr|sr|jnr|snr|ii|iii|iv|v|vi|2nd|3rd|phd|md|esq)\.?$/i;

/**
 * Words that mark a byline as an organisation or a desk rather than a person
 * ("Smith and Wesson Staff", "Associated Press", "BBC News", "Xinhua News Agency").
 */
const ORGANISATION_WORD =
  /\b(?:staff|desk|team|editors?|editorial|board|bureau|agency|press|news|newsroom|service|services|reporters|correspondents|wire|wires|media|group|association|council|ministry|department|office|committee|foundation|institute|university|times|post|daily|herald|journal)\b/i;

/** Whether a name is an organisation: a marker word, "and"/"&" inside one byline entry, or one word in capitals. */
export function isOrganisationName(name: string): boolean {
  return ORGANISATION_WORD.test(name) || /\s(?:and|&)\s/i.test(name) || /^[A-Z0-9]{2,}$/.test(name);
}

/** Whether a text contains Chinese, Japanese or Korean script. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

function clean(parts: Record<string, unknown>): CslName {
  const out: CslName = {};
  for (const key of ['family', 'given', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const) {
    const value = parts[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}

/** One byline name as CSL name parts. */
export function cslName(raw: string): CslName {
  const literal = raw.replace(/\s+/g, ' ').trim();
  if (!literal || hasCjk(literal) || isOrganisationName(literal)) return { literal };
  let rest = literal;
  let suffix: string | undefined;
  if (!rest.includes(',')) {
    const words = rest.split(' ');
    if (words.length > 2 && SUFFIX.test(words[words.length - 1])) {
      suffix = words.pop();
      rest = words.join(' ');
    }
  }
  const words = rest.replace(/,/g, ' ').split(' ').filter(Boolean);
  if (words.length < 2) return { literal };
  const parts = clean(parseLatinName(rest) as Record<string, unknown>);
  if (!parts.family) return { literal };
  if (suffix) parts.suffix = suffix;
  return parts;
}

/** The name as a reader writes it: "Pieter van der Berg", "Martin Luther King Jr.", a literal as is. */
export function displayName(n: CslName): string {
  if (n.literal !== undefined) return n.literal;
  return [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family, n.suffix].filter(Boolean).join(' ');
}

/** The name family-first for formats that want one string per person: "van der Berg, Pieter, Jr."; a literal as is. */
export function familyFirstName(n: CslName): string {
  if (n.literal !== undefined) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  const given = [n.given, n['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, n.suffix].filter(Boolean).join(', ');
}

/**
 * Keys of the time-ordered search index (`*searchKeys`, schema v2). Every condition the
 * "All notes" list filters by — a search token, a colour, a tag — becomes a key that ends in
 * the highlight's creation time, so one condition's matches come out of the index already in
 * time order, newest first with a reverse walk, and any time window of them is one key range.
 * The field is derived: the database middleware fills it on every write and hides it on reads.
 */

/** The stored field the index is built on; not part of the Highlight model. */
export const SEARCH_KEYS_FIELD = 'searchKeys';

/** Between a condition and the time: sorts before every character a token, colour or tag holds. */
const SEP = '\u0000';
/** Namespaces: tokens are bare (a token never starts with a control character). */
const COLOR_NS = '\u0001c';
const TAG_NS = '\u0001t';
/** Fixed-width base-36 milliseconds: 9 digits reach past the year 5000, and sort as numbers. */
const TIME_WIDTH = 9;
const TIME_MAX = 36 ** TIME_WIDTH - 1;

/** The fixed-width time code of a timestamp (clamped to the representable range). */
export function timeCode(ms: number): string {
  const clamped = Math.min(TIME_MAX, Math.max(0, Math.floor(Number.isFinite(ms) ? ms : 0)));
  return clamped.toString(36).padStart(TIME_WIDTH, '0');
}

/** The key prefix of a search token's entries. */
export function tokenCondition(token: string): string {
  return token + SEP;
}

/** The key prefix of a colour's entries. */
export function colorCondition(color: string): string {
  return COLOR_NS + color + SEP;
}

/** The key prefix of a tag's entries. */
export function tagCondition(tag: string): string {
  return TAG_NS + tag + SEP;
}

/** Lowest and highest key of one condition's entries created within [fromMs, toMs]. */
export function conditionRange(condition: string, fromMs = 0, toMs = TIME_MAX): [string, string] {
  return [condition + timeCode(fromMs), condition + timeCode(toMs)];
}

/** The token a key belongs to, for keys of search tokens (used when expanding a prefix). */
export function tokenOfKey(key: string): string {
  const cut = key.indexOf(SEP);
  return cut < 0 ? key : key.slice(0, cut);
}

/** The condition a key belongs to (its key prefix: everything before the time code). */
export function conditionOfKey(key: string): string {
  return key.slice(0, key.length - TIME_WIDTH);
}

/** The first key after every entry of the token (to skip to the next token in a key walk). */
export function afterToken(token: string): string {
  return token + SEP + '\uffff';
}

/** What the keys are made of: a stored highlight's tokens, colour, tags and creation time. */
export interface SearchKeySource {
  tokens?: readonly string[];
  color?: string;
  tags?: readonly string[];
  createdAt: number;
}

/**
 * The index keys of a highlight. A value holding the separator (only possible in a tag or
 * colour from an odd import) is left out of the index rather than made ambiguous.
 */
export function searchKeysFor(h: SearchKeySource): string[] {
  const time = timeCode(h.createdAt);
  const keys: string[] = [];
  for (const token of h.tokens ?? []) if (token && !token.includes(SEP)) keys.push(tokenCondition(token) + time);
  if (h.color && !h.color.includes(SEP)) keys.push(colorCondition(h.color) + time);
  for (const tag of h.tags ?? []) if (tag && !tag.includes(SEP)) keys.push(tagCondition(tag) + time);
  return keys;
}

/**
 * The conditions a search or filter of "All notes" is made of, as key prefixes of the
 * time-ordered `*searchKeys` index (search-keys.ts), and the reading of one condition's keys.
 * Both the window walk (notes-search.ts) and the full match set (queries.ts, "by page" order)
 * build their conditions here, so every order finds the same notes.
 */
import { queryTokens } from '../../core/text/search-tokens';
import type { JianbaoDb } from './database';
import { afterToken, colorCondition, conditionRange, tagCondition, tokenCondition, tokenOfKey } from './search-keys';

/**
 * A table with a time-ordered `*searchKeys` index of string primary keys: highlights
 * (`annotations`) or the book's texts (`clippingTexts`, schema version 7).
 */
export type KeyedTable = JianbaoDb['annotations'] | JianbaoDb['clippingTexts'];

// The cast: both tables' `where` give string-keyed collections, but TypeScript cannot call a
// method on a union of two Table types.
const searchKeysBetween = (table: KeyedTable, lo: string, hi: string, includeUpper: boolean) =>
  (table as JianbaoDb['annotations']).where('searchKeys').between(lo, hi, true, includeUpper);

/** A typed word with more completions than this is not expanded (it matches as a whole word). */
const MAX_PREFIX_EXPANSION = 24;

/** Whole tokens in the index that start with `prefix`, walking one key per distinct token. */
export async function tokensWithPrefix(db: JianbaoDb, prefix: string, max = MAX_PREFIX_EXPANSION, table: KeyedTable = db.annotations): Promise<string[] | null> {
  const found: string[] = [];
  let from = prefix;
  while (found.length <= max) {
    const [key] = (await searchKeysBetween(table, from, prefix + '\uffff', false).limit(1).keys()) as string[];
    if (key === undefined) return found;
    const token = tokenOfKey(key);
    found.push(token);
    from = afterToken(token);
  }
  return null;
}

/** The conditions of a query's text: one per token, the last typed Latin word also as a prefix. */
export async function textConditions(db: JianbaoDb, query: string, table: KeyedTable = db.annotations): Promise<string[][]> {
  const tokens = queryTokens(query);
  const endsInLatin = /[\p{Script=Latin}0-9]$/u.test(query.trim());
  const conditions: string[][] = [];
  for (const [i, token] of tokens.entries()) {
    const isLastLatin = endsInLatin && i === tokens.length - 1 && /^[\p{Script=Latin}0-9]/u.test(token);
    const expanded = isLastLatin ? await tokensWithPrefix(db, token, MAX_PREFIX_EXPANSION, table) : null;
    conditions.push((expanded ?? [token]).map(tokenCondition));
  }
  return conditions;
}

/** Conditions for colour and tag filters. */
export function fieldConditions(color?: string, tag?: string): string[][] {
  return [...(color ? [[colorCondition(color)]] : []), ...(tag ? [[tagCondition(tag)]] : [])];
}

/**
 * Primary keys of one condition's entries created in [lo, hi] (default: all of them); one
 * prefix's come out oldest first, a union's are deduplicated.
 */
export async function conditionKeys(db: JianbaoDb, prefixes: string[], lo?: number, hi?: number, table: KeyedTable = db.annotations): Promise<string[]> {
  const lists = await Promise.all(prefixes.map((p) => searchKeysBetween(table, ...conditionRange(p, lo, hi), true).primaryKeys()));
  return lists.length === 1 ? lists[0] : [...new Set(lists.flat())];
}

/**
 * The "All notes" search as a stream of ids in list order, read from the time-ordered
 * `*searchKeys` index one time window at a time (newest window first for "newest"). A window
 * reads, for each condition (search token, colour, tag), only that condition's keys created
 * inside the window, and intersects them; the first screen of a large result therefore costs
 * a few small key reads instead of reading every matching key and sorting. Windows start small
 * and grow, so a rare combination still finishes in a few rounds.
 */
import { queryTokens } from '../../core/text/search-tokens';
import type { JianbaoDb } from './database';
import { afterToken, colorCondition, conditionRange, tagCondition, tokenCondition, tokenOfKey } from './search-keys';

/** Ids of the matching highlights, served in order a slice at a time. */
export interface NotesStream {
  /** Up to `n` further ids in list order; fewer (or none) once the stream is exhausted. */
  next(n: number): Promise<string[]>;
  /** Every id not yet served, in order (for the total and for scrolling). */
  rest(): Promise<string[]>;
}

/** What the window walk needs to know of the filter. */
export interface WindowedQuery {
  /** Each condition is a union of key prefixes (one, or several for a typed word's completions). */
  conditions: string[][];
  /** Ids allowed by conditions the index cannot window (site, newspaper); undefined = all. */
  allowed?: Set<string>;
  fromMs?: number;
  toMs?: number;
  newestFirst: boolean;
}

/** The first window covers this share of the time span; each empty or short window doubles it. */
const FIRST_WINDOW_SHARE = 1 / 256;
/** A typed word with more completions than this is not expanded (it matches as a whole word). */
const MAX_PREFIX_EXPANSION = 24;

/** Whole tokens in the index that start with `prefix`, walking one key per distinct token. */
export async function tokensWithPrefix(db: JianbaoDb, prefix: string, max = MAX_PREFIX_EXPANSION): Promise<string[] | null> {
  const found: string[] = [];
  let from = prefix;
  while (found.length <= max) {
    const [key] = (await db.annotations.where('searchKeys').between(from, prefix + '\uffff', true, false).limit(1).keys()) as string[];
    if (key === undefined) return found;
    const token = tokenOfKey(key);
    found.push(token);
    from = afterToken(token);
  }
  return null;
}

/** The conditions of a query's text: one per token, the last typed Latin word also as a prefix. */
export async function textConditions(db: JianbaoDb, query: string): Promise<string[][]> {
  const tokens = queryTokens(query);
  const endsInLatin = /[\p{Script=Latin}0-9]$/u.test(query.trim());
  const conditions: string[][] = [];
  for (const [i, token] of tokens.entries()) {
    const isLastLatin = endsInLatin && i === tokens.length - 1 && /^[\p{Script=Latin}0-9]/u.test(token);
    const expanded = isLastLatin ? await tokensWithPrefix(db, token) : null;
    conditions.push((expanded ?? [token]).map(tokenCondition));
  }
  return conditions;
}

/** Conditions for colour and tag filters. */
export function fieldConditions(color?: string, tag?: string): string[][] {
  return [...(color ? [[colorCondition(color)]] : []), ...(tag ? [[tagCondition(tag)]] : [])];
}

async function timeBounds(db: JianbaoDb): Promise<[number, number] | null> {
  const byTime = db.annotations.orderBy('createdAt');
  const [first] = (await byTime.clone().limit(1).keys()) as number[];
  if (first === undefined) return null;
  const [last] = (await byTime.clone().reverse().limit(1).keys()) as number[];
  return [first, last];
}

/** Primary keys of one condition's entries in [lo, hi]; one prefix's come out oldest first. */
async function conditionKeys(db: JianbaoDb, prefixes: string[], lo: number, hi: number): Promise<string[]> {
  const lists = await Promise.all(
    prefixes.map((p) => db.annotations.where('searchKeys').between(...conditionRange(p, lo, hi), true, true).primaryKeys()),
  );
  return lists.length === 1 ? lists[0] : [...new Set(lists.flat())];
}

/** The matching ids created in [lo, hi], oldest first. */
async function windowMatches(db: JianbaoDb, q: WindowedQuery, lo: number, hi: number): Promise<string[]> {
  const lists = await Promise.all(q.conditions.map((c) => conditionKeys(db, c, lo, hi)));
  // A single-prefix list is already in time order and can carry the result's order; a union
  // (or no condition at all) takes its order from the createdAt index.
  const ordered = lists
    .map((list, i) => ({ list, single: q.conditions[i].length === 1 }))
    .filter((l) => l.single)
    .sort((a, b) => a.list.length - b.list.length)[0]?.list;
  const spine = ordered ?? (await db.annotations.where('createdAt').between(lo, hi, true, true).primaryKeys());
  const others = lists.filter((list) => list !== ordered).map((list) => new Set(list));
  return spine.filter((id) => others.every((set) => set.has(id)) && (!q.allowed || q.allowed.has(id)));
}

/** Opens the window walk for a query; ids come out newest (or oldest) first. */
export async function windowedStream(db: JianbaoDb, q: WindowedQuery): Promise<NotesStream> {
  const bounds = await timeBounds(db);
  const lo = Math.max(bounds?.[0] ?? 0, q.fromMs ?? -Infinity);
  const hi = Math.min(bounds?.[1] ?? -1, q.toMs ?? Infinity);
  let span = Math.max(1, Math.ceil((hi - lo + 1) * FIRST_WINDOW_SHARE));
  // The unread part of the time range is [lo, edgeHi] (newest first) or [edgeLo, hi].
  let edgeHi = hi;
  let edgeLo = lo;
  const buffer: string[] = [];
  const exhausted = () => edgeLo > edgeHi || !bounds;

  const readWindow = async (width: number) => {
    const [wLo, wHi] = q.newestFirst ? [Math.max(edgeLo, edgeHi - width + 1), edgeHi] : [edgeLo, Math.min(edgeHi, edgeLo + width - 1)];
    const ids = await windowMatches(db, q, wLo, wHi);
    if (q.newestFirst) {
      edgeHi = wLo - 1;
      buffer.push(...ids.reverse());
    } else {
      edgeLo = wHi + 1;
      buffer.push(...ids);
    }
  };

  return {
    async next(n) {
      while (buffer.length < n && !exhausted()) {
        await readWindow(span);
        span *= 2;
      }
      return buffer.splice(0, n);
    },
    async rest() {
      if (!exhausted()) await readWindow(edgeHi - edgeLo + 1);
      return buffer.splice(0, buffer.length);
    },
  };
}

/** A stream over ids already in order (for orders the index cannot window). */
export function arrayStream(ids: string[]): NotesStream {
  let at = 0;
  return {
    next: async (n) => ids.slice(at, (at += n)),
    rest: async () => ids.slice(at, (at = ids.length)),
  };
}

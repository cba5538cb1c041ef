/**
 * The "All notes" search as a stream of ids in list order, read from the time-ordered
 * `*searchKeys` index one time window at a time (newest window first for "newest"). A window
 * reads only keys created inside it: every condition's (search token, colour, tag) in the
 * first window, then the sparsest condition's, whose candidates are checked against the others
 * (windowMatches). The first screen of a large result therefore costs a few small key reads
 * instead of reading every matching key and sorting. Windows start small and are sized from
 * the match rate, so a rare combination still finishes in a few rounds.
 */
import type { JianbaoDb } from './database';
import { oldestFirst } from './queries';
import { conditionKeys } from './search-conditions';
import { conditionOfKey, searchKeysFor } from './search-keys';

/**
 * What the window walk reads: a table with a time-ordered `*searchKeys` index. Highlights
 * (notesIndex) and the book's clippings (clipping-queries.ts) walk the same way.
 */
export interface SearchIndex {
  /** The oldest and newest creation time, null when there is nothing. */
  timeBounds(): Promise<[number, number] | null>;
  /** Ids of one condition's entries created in [lo, hi], oldest first (a union deduplicated). */
  conditionKeys(prefixes: string[], lo: number, hi: number): Promise<string[]>;
  /** Every id created in [lo, hi], oldest first (a walk without a condition). */
  createdIn(lo: number, hi: number): Promise<string[]>;
  /**
   * Of `candidates`, those meeting every condition of `others`, read from their records,
   * oldest first; absent where a record costs more to read than the keys (a clipping's text).
   */
  checkRecords?(candidates: string[], others: string[][], allowed: Set<string> | undefined): Promise<string[]>;
}

async function bounds(byTime: ReturnType<JianbaoDb['annotations']['orderBy']>): Promise<[number, number] | null> {
  const [first] = (await byTime.clone().limit(1).keys()) as number[];
  if (first === undefined) return null;
  const [last] = (await byTime.clone().reverse().limit(1).keys()) as number[];
  return [first, last];
}

/** The time bounds of a table's `createdAt` index. */
export function createdAtBounds(table: JianbaoDb['annotations'] | JianbaoDb['clippings']): Promise<[number, number] | null> {
  return bounds((table as JianbaoDb['annotations']).orderBy('createdAt'));
}

/** The highlights' index (the popup's "All notes"). */
export function notesIndex(db: JianbaoDb): SearchIndex {
  return {
    timeBounds: () => createdAtBounds(db.annotations),
    conditionKeys: (prefixes, lo, hi) => conditionKeys(db, prefixes, lo, hi),
    createdIn: (lo, hi) => db.annotations.where('createdAt').between(lo, hi, true, true).primaryKeys(),
    async checkRecords(candidates, others, allowed) {
      const records = await db.annotations.bulkGet(candidates);
      const matches = records.filter((h): h is NonNullable<typeof h> => {
        if (!h || (allowed && !allowed.has(h.id))) return false;
        const has = new Set(searchKeysFor(h).map(conditionOfKey));
        return others.every((prefixes) => prefixes.some((p) => has.has(p)));
      });
      // Index order (a union of prefixes comes out of order).
      return matches.sort(oldestFirst).map((h) => h.id);
    },
  };
}

/** Ids of the matching highlights, served in order a slice at a time. */
export interface NotesStream {
  /**
   * Up to `n` further ids in list order; fewer (or none) once the stream is exhausted, or when
   * `maxWindows` windows were read without finding `n` (the caller may then read the rest).
   */
  next(n: number, maxWindows?: number): Promise<string[]>;
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

/**
 * The first window covers this share of the time span; later ones are sized for the matches
 * still wanted at the rate seen so far (see nextWidth).
 */
const FIRST_WINDOW_SHARE = 1 / 256;

/**
 * Reading one highlight costs about as much as reading this many index keys (measured in
 * Chromium: ~30 µs a record, ~8 µs a key), which decides how a window's candidates are checked.
 */
const RECORD_COST_IN_KEYS = 4;

/** What the walk has learnt of one condition: index entries seen over how much time. */
interface Density {
  keys: number;
  ms: number;
}

const perMs = (d: Density) => (d.ms > 0 ? d.keys / d.ms : Infinity);

/** Adds one window's read of a condition to what is known of its density. */
function learn(d: Density, keys: number, lo: number, hi: number): void {
  d.keys += keys;
  d.ms += hi - lo + 1;
}

/** Every condition's keys in [lo, hi], intersected (the way the first window is read). */
async function intersectAll(
  index: SearchIndex, q: WindowedQuery, lo: number, hi: number, seen: Density[], known?: { index: number; keys: string[] },
): Promise<string[]> {
  const lists = await Promise.all(
    q.conditions.map((c, i) => {
      if (i === known?.index) return known.keys;
      return index.conditionKeys(c, lo, hi).then((list) => {
        learn(seen[i], list.length, lo, hi);
        return list;
      });
    }),
  );
  // A single-prefix list is already in time order and can carry the result's order; a union
  // (or no condition at all) takes its order from the createdAt index.
  const ordered = lists
    .map((list, i) => ({ list, single: q.conditions[i].length === 1 }))
    .filter((l) => l.single)
    .sort((a, b) => a.list.length - b.list.length)[0]?.list;
  const spine = ordered ?? (await index.createdIn(lo, hi));
  const others = lists.filter((list) => list !== ordered).map((list) => new Set(list));
  return spine.filter((id) => others.every((set) => set.has(id)) && (!q.allowed || q.allowed.has(id)));
}

/**
 * The matching ids created in [lo, hi], oldest first. Once every condition's density is known
 * (after the first window), only the sparsest condition's keys are read; its candidates are
 * then checked either by reading the other conditions' keys in the window or, when the
 * candidates are few against those keys (a rare word beside common ones: 城市管理 is 市管 in
 * ~1 % of notes beside 城市 and 管理 in ~20 %), by reading the candidates themselves.
 */
async function windowMatches(index: SearchIndex, q: WindowedQuery, lo: number, hi: number, seen: Density[]): Promise<string[]> {
  if (q.conditions.length < 2 || seen.some((d) => d.ms === 0)) return intersectAll(index, q, lo, hi, seen);
  // The sparsest condition drives; its density is re-estimated with every window it reads.
  const width = hi - lo + 1;
  const driver = seen.reduce((best, d, i) => (perMs(d) < perMs(seen[best]) ? i : best), 0);
  const candidates = await index.conditionKeys(q.conditions[driver], lo, hi);
  learn(seen[driver], candidates.length, lo, hi);
  if (!candidates.length) return [];
  const otherKeys = seen.reduce((sum, d, i) => (i === driver ? sum : sum + perMs(d) * width), 0);
  if (!index.checkRecords || candidates.length * RECORD_COST_IN_KEYS >= otherKeys) return intersectAll(index, q, lo, hi, seen, { index: driver, keys: candidates });
  return index.checkRecords(candidates, q.conditions.filter((_, i) => i !== driver), q.allowed);
}

/** The next window's width: aimed at the matches still wanted at the rate seen so far. */
function nextWidth(width: number, matched: number, covered: number, wanted: number): number {
  if (matched === 0) return width * 4;
  const aimed = Math.ceil((wanted / (matched / covered)) * 1.5);
  return Math.min(width * 16, Math.max(width, aimed));
}

/** Opens the window walk for a query; ids come out newest (or oldest) first. */
export async function windowedStream(index: SearchIndex, q: WindowedQuery): Promise<NotesStream> {
  const bounds = await index.timeBounds();
  const lo = Math.max(bounds?.[0] ?? 0, q.fromMs ?? -Infinity);
  const hi = Math.min(bounds?.[1] ?? -1, q.toMs ?? Infinity);
  let width = Math.max(1, Math.ceil((hi - lo + 1) * FIRST_WINDOW_SHARE));
  // The unread part of the time range is [lo, edgeHi] (newest first) or [edgeLo, hi].
  let edgeHi = hi;
  let edgeLo = lo;
  const buffer: string[] = [];
  const seen: Density[] = q.conditions.map(() => ({ keys: 0, ms: 0 }));
  let matched = 0;
  let covered = 0;
  const exhausted = () => edgeLo > edgeHi || !bounds;

  const readWindow = async (span: number) => {
    const [wLo, wHi] = q.newestFirst ? [Math.max(edgeLo, edgeHi - span + 1), edgeHi] : [edgeLo, Math.min(edgeHi, edgeLo + span - 1)];
    const ids = await windowMatches(index, q, wLo, wHi, seen);
    matched += ids.length;
    covered += wHi - wLo + 1;
    if (q.newestFirst) {
      edgeHi = wLo - 1;
      buffer.push(...ids.reverse());
    } else {
      edgeLo = wHi + 1;
      buffer.push(...ids);
    }
  };

  return {
    async next(n, maxWindows = Infinity) {
      for (let read = 0; buffer.length < n && !exhausted() && read < maxWindows; read++) {
        await readWindow(width);
        width = nextWidth(width, matched, covered, n - buffer.length);
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

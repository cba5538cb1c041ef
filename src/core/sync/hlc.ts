/**
 * Hybrid logical clock (Kulkarni et al., 2014): a timestamp that follows the wall clock but
 * never goes backwards and always moves past every stamp this replica has seen, so "later"
 * means the same thing on every device even when their clocks disagree a little.
 *
 * A stamp is a string that sorts as it orders — `WWWWWWWWWWWWWWW.CCCCC.node` (wall-clock
 * milliseconds, a counter for events in the same millisecond, the replica's id as the final
 * tie-break) — so records can carry it as plain JSON and merge code compares with `<`.
 */

export interface Hlc {
  /** Milliseconds since the epoch: the largest wall time seen. */
  wall: number;
  /** Events within the same `wall` millisecond. */
  counter: number;
  /** The replica that made the stamp: makes every stamp unique. */
  node: string;
}

/** A stamp in its sortable string form (see the module comment). */
export type Stamp = string;

const WALL_DIGITS = 15; // 8.64e15, the end of the Date range, has 16 digits; 15 last until year 33658
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const NODE_PATTERN = /^[a-z0-9]{4,32}$/;
const STAMP_PATTERN = /^(\d{15})\.(\d{5})\.([a-z0-9]{4,32})$/;

/**
 * How far ahead of this device's clock a stamp from elsewhere may be. A stamp further ahead
 * would drag every later local edit into the future with it (and win every merge), so such a
 * record is refused as invalid instead (docs/architecture/sync.md).
 */
export const MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000;

export function isReplicaId(value: string): boolean {
  return NODE_PATTERN.test(value);
}

export function formatStamp(clock: Hlc): Stamp {
  return `${String(clock.wall).padStart(WALL_DIGITS, '0')}.${String(clock.counter).padStart(COUNTER_DIGITS, '0')}.${clock.node}`;
}

/** The clock a stamp was taken from, or undefined for anything that is not a well-formed stamp. */
export function parseStamp(stamp: unknown): Hlc | undefined {
  if (typeof stamp !== 'string') return undefined;
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) return undefined;
  return { wall: Number(match[1]), counter: Number(match[2]), node: match[3] };
}

/** A well-formed stamp no further than MAX_CLOCK_DRIFT_MS ahead of `now`. */
export function isAcceptableStamp(stamp: unknown, now: number): stamp is Stamp {
  const clock = parseStamp(stamp);
  return clock !== undefined && clock.wall <= now + MAX_CLOCK_DRIFT_MS;
}

export function newClock(node: string): Hlc {
  if (!isReplicaId(node)) throw new RangeError(`A replica id is 4–32 lower-case letters or digits, not "${node}".`);
  return { wall: 0, counter: 0, node };
}

/** The clock after a local event at physical time `now` (the stamp of that event is its formatStamp). */
export function tick(clock: Hlc, now: number): Hlc {
  const wall = Math.max(clock.wall, Math.floor(now));
  return advance(clock.node, wall, wall === clock.wall ? clock.counter + 1 : 0);
}

/** The clock after seeing a stamp made elsewhere: it moves past it, so the next local event is later. */
export function receive(clock: Hlc, stamp: Stamp, now: number): Hlc {
  const remote = parseStamp(stamp);
  if (!remote) return clock;
  const wall = Math.max(clock.wall, remote.wall, Math.floor(now));
  let counter = 0;
  if (wall === clock.wall && wall === remote.wall) counter = Math.max(clock.counter, remote.counter) + 1;
  else if (wall === clock.wall) counter = clock.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return advance(clock.node, wall, counter);
}

/** A counter that would overflow its digits borrows the next millisecond instead. */
function advance(node: string, wall: number, counter: number): Hlc {
  return counter > MAX_COUNTER ? { wall: wall + 1, counter: 0, node } : { wall, counter, node };
}

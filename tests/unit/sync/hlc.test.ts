import { describe, expect, it } from 'vitest';
import { formatStamp, isAcceptableStamp, MAX_CLOCK_DRIFT_MS, newClock, parseStamp, receive, tick } from '../../../src/core/sync/hlc';

describe('hybrid logical clock', () => {
  it('follows the wall clock and counts events inside one millisecond', () => {
    let clock = tick(newClock('aaaa'), 1_000);
    expect(clock).toEqual({ wall: 1_000, counter: 0, node: 'aaaa' });
    clock = tick(clock, 1_000);
    expect(clock.counter).toBe(1);
    clock = tick(clock, 2_000);
    expect(clock).toEqual({ wall: 2_000, counter: 0, node: 'aaaa' });
  });

  it('never goes backwards when the wall clock does', () => {
    const clock = tick(tick(newClock('aaaa'), 5_000), 4_000);
    expect(clock).toEqual({ wall: 5_000, counter: 1, node: 'aaaa' });
  });

  it('moves past a stamp from a device whose clock is ahead, so the next local edit is later', () => {
    const remote = formatStamp({ wall: 9_000, counter: 3, node: 'bbbb' });
    const clock = receive(tick(newClock('aaaa'), 1_000), remote, 1_000);
    const next = formatStamp(tick(clock, 1_000));
    expect(next > remote).toBe(true);
  });

  it('stamps sort as their clocks order, the replica id breaking ties', () => {
    const stamps = [
      { wall: 10, counter: 0, node: 'bbbb' },
      { wall: 9, counter: 99, node: 'zzzz' },
      { wall: 10, counter: 0, node: 'aaaa' },
      { wall: 10, counter: 1, node: 'aaaa' },
    ].map(formatStamp);
    expect([...stamps].sort()).toEqual([stamps[1], stamps[2], stamps[0], stamps[3]]);
  });

  it('round-trips a stamp and rejects malformed ones', () => {
    const clock = { wall: 1_764_000_000_000, counter: 42, node: 'device01' };
    expect(parseStamp(formatStamp(clock))).toEqual(clock);
    for (const bad of ['', 'x', '1.2.aaaa', `${'9'.repeat(15)}.00000.AB`, 12, null]) expect(parseStamp(bad)).toBeUndefined();
  });

  it('borrows the next millisecond when the counter would overflow', () => {
    const clock = tick({ wall: 7, counter: 99_999, node: 'aaaa' }, 7);
    expect(clock).toEqual({ wall: 8, counter: 0, node: 'aaaa' });
  });

  it('refuses stamps far in the future (a bad clock or a bad server would win every merge)', () => {
    const now = 1_764_000_000_000;
    expect(isAcceptableStamp(formatStamp({ wall: now + 60_000, counter: 0, node: 'bbbb' }), now)).toBe(true);
    expect(isAcceptableStamp(formatStamp({ wall: now + MAX_CLOCK_DRIFT_MS + 1, counter: 0, node: 'bbbb' }), now)).toBe(false);
  });

  it('names the rule when a replica id is malformed', () => {
    expect(() => newClock('A!')).toThrow(/4–32 lower-case letters or digits/);
  });
});

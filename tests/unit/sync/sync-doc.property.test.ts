import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStamp, newClock, receive, tick, type Hlc } from '../../../src/core/sync/hlc';
import { emptyDoc, isDeleted, latestEdit, markDeleted, mergeDocs, readText, setField, setText, type SyncDoc } from '../../../src/core/sync/sync-doc';

/** One device: its clock and its copy of a single record. */
interface Replica {
  clock: Hlc;
  doc: SyncDoc;
}

type Op =
  | { type: 'field'; replica: number; name: 'color' | 'tags'; value: number }
  | { type: 'text'; replica: number; value: string }
  | { type: 'delete'; replica: number }
  | { type: 'sync'; from: number; to: number }
  | { type: 'wait'; ms: number };

const REPLICAS = 3;
const replicaIndex = fc.integer({ min: 0, max: REPLICAS - 1 });
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('field' as const), replica: replicaIndex, name: fc.constantFrom('color' as const, 'tags' as const), value: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ type: fc.constant('text' as const), replica: replicaIndex, value: fc.string({ maxLength: 6 }) }),
  fc.record({ type: fc.constant('delete' as const), replica: replicaIndex }),
  fc.record({ type: fc.constant('sync' as const), from: replicaIndex, to: replicaIndex }),
  fc.record({ type: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3 }) }),
);

/** Runs the ops; each replica's wall clock is skewed differently, as real devices are. */
function run(ops: Op[]): Replica[] {
  const skew = [0, 5, -3];
  let now = 1_000;
  const replicas: Replica[] = ['aaaa', 'bbbb', 'cccc'].map((node) => ({ clock: newClock(node), doc: emptyDoc('highlight', 'h1') }));
  const stampFor = (replica: Replica, index: number): string => {
    replica.clock = tick(replica.clock, now + skew[index]);
    return formatStamp(replica.clock);
  };
  for (const op of ops) {
    if (op.type === 'wait') now += op.ms;
    else if (op.type === 'field') {
      const replica = replicas[op.replica];
      replica.doc = setField(replica.doc, op.name, op.value, stampFor(replica, op.replica));
    } else if (op.type === 'text') {
      const replica = replicas[op.replica];
      replica.doc = setText(replica.doc, 'note', op.value, stampFor(replica, op.replica), replica.clock.node);
    } else if (op.type === 'delete') {
      const replica = replicas[op.replica];
      replica.doc = markDeleted(replica.doc, stampFor(replica, op.replica));
    } else syncInto(replicas[op.to], replicas[op.from], now + skew[op.to]);
  }
  return replicas;
}

function syncInto(target: Replica, source: Replica, now: number): void {
  target.doc = mergeDocs(target.doc, source.doc);
  const seen = [latestEdit(source.doc), source.doc.deleted].filter((s): s is string => s !== undefined);
  for (const stamp of seen) target.clock = receive(target.clock, stamp, now);
}

describe('sync merge (any interleaving of edits on replicas converges)', () => {
  it('replicas that exchange everything end with the same record, whatever happened before', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 40 }), (ops) => {
        const replicas = run(ops);
        for (let round = 0; round < 2; round++) for (const a of replicas) for (const b of replicas) syncInto(a, b, 10_000);
        for (const replica of replicas) expect(replica.doc).toEqual(replicas[0].doc);
      }),
      { numRuns: 300 },
    );
  });

  it('merge is commutative, associative and idempotent on the states replicas reach', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 30 }), (ops) => {
        const [a, b, c] = run(ops).map((replica) => replica.doc);
        expect(mergeDocs(a, b)).toEqual(mergeDocs(b, a));
        expect(mergeDocs(mergeDocs(a, b), c)).toEqual(mergeDocs(a, mergeDocs(b, c)));
        expect(mergeDocs(a, a)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('no note text is lost: every text written is in the merged record unless a later edit had seen it', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 40 }), (ops) => {
        const replicas = run(ops);
        const writes = replicas.flatMap((replica) => replica.doc.texts.note ?? []);
        let merged = replicas[0].doc;
        for (const replica of replicas) merged = mergeDocs(merged, replica.doc);
        const final = merged.texts.note ?? [];
        for (const write of writes) {
          const node = write.s.split('.')[2];
          const kept = final.some((version) => version.s === write.s || (version.vv[node] ?? '') >= write.s);
          expect(kept).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sync merge rules', () => {
  const stamp = (wall: number, node: string) => formatStamp({ wall, counter: 0, node });

  it('keeps both texts when two devices edited the same note offline; the later is the note', () => {
    const base = setText(emptyDoc('highlight', 'h1'), 'note', '原文', stamp(1, 'aaaa'), 'aaaa');
    const atWork = setText(base, 'note', 'edited at work', stamp(5, 'aaaa'), 'aaaa');
    const atHome = setText(base, 'note', '在家改的', stamp(7, 'bbbb'), 'bbbb');
    const merged = mergeDocs(atWork, atHome);
    expect(readText(merged, 'note')).toEqual({ value: '在家改的', conflicts: ['edited at work'] });
    const resolved = setText(merged, 'note', 'both: 在家改的 / edited at work', stamp(8, 'aaaa'), 'aaaa');
    expect(readText(mergeDocs(resolved, atHome), 'note')).toEqual({ value: 'both: 在家改的 / edited at work', conflicts: [] });
  });

  it('a later edit on one device replaces an earlier one it has seen, without a conflict', () => {
    const first = setText(emptyDoc('highlight', 'h1'), 'note', 'one', stamp(1, 'aaaa'), 'aaaa');
    const second = setText(mergeDocs(emptyDoc('highlight', 'h1'), first), 'note', 'two', stamp(2, 'bbbb'), 'bbbb');
    const third = setText(second, 'note', 'three', stamp(3, 'bbbb'), 'bbbb');
    expect(readText(mergeDocs(first, third), 'note')).toEqual({ value: 'three', conflicts: [] });
  });

  it('merges fields one by one: a colour from one device and tags from another both survive', () => {
    const base = setField(setField(emptyDoc('highlight', 'h1'), 'color', 'yellow', stamp(1, 'aaaa')), 'tags', [], stamp(1, 'aaaa'));
    const a = setField(base, 'color', 'green', stamp(4, 'aaaa'));
    const b = setField(base, 'tags', ['经济'], stamp(3, 'bbbb'));
    const merged = mergeDocs(a, b);
    expect(merged.fields.color.v).toBe('green');
    expect(merged.fields.tags.v).toEqual(['经济']);
  });

  it('a delete wins over an older edit and loses to a newer one', () => {
    const base = setField(emptyDoc('highlight', 'h1'), 'color', 'yellow', stamp(1, 'aaaa'));
    const deleted = markDeleted(base, stamp(5, 'aaaa'));
    expect(isDeleted(mergeDocs(deleted, setField(base, 'color', 'green', stamp(4, 'bbbb'))))).toBe(true);
    expect(isDeleted(mergeDocs(deleted, setField(base, 'color', 'green', stamp(6, 'bbbb'))))).toBe(false);
  });

  it('refuses to merge two different records', () => {
    expect(() => mergeDocs(emptyDoc('highlight', 'a'), emptyDoc('highlight', 'b'))).toThrow(RangeError);
  });
});

import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../../src/background/db/database';
import { openNotesStream } from '../../../src/background/db/notes-stream';
import { matchingHighlightIds, sortNoteIds, type NotesFilter, type NotesSort } from '../../../src/background/db/queries';
import { deleteHighlight, restoreHighlight, updateHighlight } from '../../../src/background/services/highlight-service';
import { makeHighlight, seed } from '../../popup/seed-db';

const T0 = 1_700_000_000_000;
const WORDS = ['普法', '工作', '城市', '管理', 'climate', 'report', 'climatic', 'council'];
const COLORS = ['yellow', 'green', 'blue'];

/** A small deterministic generator, so the data is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

beforeAll(async () => {
  const random = lcg(7);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const highlights = Array.from({ length: 400 }, (_, i) =>
    // About one in twenty-five also holds a rare word, so a rare condition can drive the walk.
    makeHighlight(`h${i}`, Array.from({ length: 3 }, () => pick(WORDS)).join(' ') + (random() < 0.04 ? ' zebra' : ''), {
      // Uneven times with ties, so windows and equal timestamps are both exercised.
      createdAt: T0 + Math.floor(random() * 50) * (random() < 0.1 ? 1 : 3_600_000),
      color: pick(COLORS),
      tags: random() < 0.3 ? ['法治'] : [],
      pageUrl: random() < 0.5 ? 'https://a.example.cn/x.htm' : 'https://b.example.com/y.htm',
    }),
  );
  await seed(highlights);
});

/** The reference answer: every match loaded and sorted. */
async function expected(filter: NotesFilter, sort: NotesSort): Promise<string[]> {
  return sortNoteIds(openDb(), (await matchingHighlightIds(openDb(), filter))!, sort);
}

const FILTERS: NotesFilter[] = [
  { query: '普法' },
  { query: '普法 管理' },
  { query: 'climat' },
  { query: 'climate report' },
  { color: 'green' },
  { color: 'blue', query: '城市' },
  { tag: '法治', query: 'council' },
  { site: 'b.example.com', query: '工作' },
  { query: '管理', fromMs: T0 + 10 * 3_600_000, toMs: T0 + 30 * 3_600_000 },
  { query: '没有' },
  { query: 'zebra 普法 管理' },
  { query: '普法 zebr' },
  { query: 'zebra', color: 'green', tag: '法治' },
];

describe('openNotesStream', () => {
  it('serves the same ids in the same order as sorting every match, newest and oldest first', async () => {
    for (const filter of FILTERS) {
      for (const sort of ['newest', 'oldest'] as const) {
        const stream = (await openNotesStream(openDb(), filter, sort))!;
        const served = [...(await stream.next(5)), ...(await stream.next(7)), ...(await stream.rest())];
        expect({ filter, sort, served }).toEqual({ filter, sort, served: await expected(filter, sort) });
      }
    }
  });

  it('orders by page through the full match set', async () => {
    const stream = (await openNotesStream(openDb(), { query: 'climate' }, 'page'))!;
    expect(await stream.rest()).toEqual(await expected({ query: 'climate' }, 'page'));
  });

  it('returns nothing to stream when no filter is active', async () => {
    expect(await openNotesStream(openDb(), { query: '  ' }, 'newest')).toBeNull();
  });

  it('finds a highlight under its new colour after an edit and no longer under the old one', async () => {
    const [id] = await (await openNotesStream(openDb(), { color: 'yellow' }, 'newest'))!.next(1);
    await updateHighlight(openDb(), id, { color: 'pink' });
    expect(await (await openNotesStream(openDb(), { color: 'pink' }, 'newest'))!.rest()).toEqual([id]);
    expect(await (await openNotesStream(openDb(), { color: 'yellow' }, 'newest'))!.rest()).not.toContain(id);
  });

  it('finds a deleted and restored highlight again by its words', async () => {
    const [id] = await (await openNotesStream(openDb(), { query: '普法' }, 'newest'))!.next(1);
    const deleted = await deleteHighlight(openDb(), id);
    expect(await (await openNotesStream(openDb(), { query: '普法' }, 'newest'))!.rest()).not.toContain(id);
    await restoreHighlight(openDb(), deleted);
    expect((await (await openNotesStream(openDb(), { query: '普法' }, 'newest'))!.next(1))[0]).toBe(id);
  });

  it('checks the few candidates of a rare word by reading them instead of the keys of the common words, with the same answer', async () => {
    const db = openDb();
    const filter = { query: 'climate 普法 zebra' };
    const answer = await expected(filter, 'newest');
    const reads = vi.spyOn(db.annotations, 'bulkGet');
    try {
      const stream = (await openNotesStream(db, filter, 'newest'))!;
      const served = [...(await stream.next(2)), ...(await stream.rest())];
      expect(served).toEqual(answer);
      expect(served.length).toBeGreaterThan(0);
      expect(reads.mock.calls.some(([ids]) => ids.length > 0)).toBe(true);
    } finally {
      reads.mockRestore();
    }
  });
});

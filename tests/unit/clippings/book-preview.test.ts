import { describe, expect, it } from 'vitest';
import { bookPreview, clippingSearch, FIRST_SCREEN_DAYS, searchClippingIds } from '../../../src/background/db/clipping-queries';
import { clippingTextRow, clippingTokens } from '../../../src/background/clippings/clip-service';
import { contentsByPaper } from '../../../src/core/clippings/book-contents';
import type { Clipping } from '../../../src/core/clippings/clipping';
import { queryTokens } from '../../../src/core/text/search-tokens';
import { freshDb } from '../fake-db';
import { filterChoices } from '../../../clippings/book-filter';

const PAPERS = ['荆州日报', 'The Example Times', ' 荆州日报 ', '人民日报', undefined];
const WORDS = ['普法', '城市', '管理', '教育', 'climate', 'report', 'budget'];

function book(n: number): { clippings: Clipping[]; bodies: string[] } {
  const clippings: Clipping[] = [];
  const bodies: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `https://paper.example/${String(i).padStart(3, '0')}`;
    // Dates of several spellings: a day, a date-time, none, and one that is not ISO.
    const date = i % 11 === 0 ? undefined : i % 13 === 0 ? 'March 3' : i % 2 ? `2022-03-${String(1 + (i % 9)).padStart(2, '0')}` : `2022-03-${String(1 + (i % 9)).padStart(2, '0')}T08:00:00+08:00`;
    clippings.push({
      id, pageUrl: id, url: id, title: `标题 ${i}`, authors: [], publication: PAPERS[i % PAPERS.length], date, page: String(1 + (i % 4)),
      note: '', tags: i % 3 ? [] : [i % 2 ? '法治' : 'policy'], imageCount: 0, imageBytes: 0, imagesSkipped: 0, createdAt: i, updatedAt: i,
    });
    // 天然气 in three clippings: rare beside 标题 (every title).
    bodies.push([...WORDS.filter((_, w) => (i * (w + 3)) % (w + 2) === 0), ...(i % 50 === 7 ? ['天然气'] : [])].join(' '));
  }
  return { clippings, bodies };
}

async function stored(n: number) {
  const db = freshDb();
  const { clippings, bodies } = book(n);
  await db.clippings.bulkPut(clippings);
  await db.clippingTexts.bulkPut(clippings.map((c, i) => clippingTextRow(c, bodies[i])));
  return { db, clippings, bodies };
}

describe('the book first screen from indexes (bookPreview)', () => {
  it('gives every named paper in contents order, the first paper`s dated days, and its newest day as contentsByPaper groups it; no counts', async () => {
    const { db, clippings } = await stored(120);
    const preview = (await bookPreview(db))!;
    const full = contentsByPaper(clippings);
    // Clippings without a paper come with the headings (the index has no key for them), last in the contents.
    expect(preview.papers.map((p) => p.paper)).toEqual(full.map((p) => p.paper).filter(Boolean));
    expect(full.at(-1)!.paper).toBe('');
    expect(preview.papers.every((p) => p.count === undefined)).toBe(true);
    expect(full[0].dates.length).toBeLessThan(FIRST_SCREEN_DAYS);
    // Undated clippings of the first paper are not in the [publication+date] index either; a
    // date that is not ISO ('March 3') is, and is listed as undated.
    const hasNoDate = clippings.some((c) => c.publication?.trim() === full[0].paper && c.date === undefined);
    expect(hasNoDate).toBe(true);
    expect(preview.papers[0].dates.map((d) => d.date)).toEqual(full[0].dates.map((d) => d.date));
    expect(preview.papers[0].dates[0]).toEqual(full[0].dates[0]);
    expect(preview.papers[0].dates.slice(1).every((d) => d.pages.length === 0)).toBe(true);
    expect(preview.papers.slice(1).every((p) => p.dates.length === 0)).toBe(true);
    const choices = filterChoices(clippings);
    expect(preview.choices).toEqual({ papers: choices.papers.filter(Boolean).concat().sort(new Intl.Collator(['zh-CN', 'en']).compare), tags: choices.tags });
  });

  it('lists only the first paper`s newest FIRST_SCREEN_DAYS days', async () => {
    const db = freshDb();
    const many = Array.from({ length: FIRST_SCREEN_DAYS + 15 }, (_, i) => ({ ...book(1).clippings[0], id: `c${i}`, publication: '荆州日报', date: new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10) }));
    await db.clippings.bulkPut([...many, { ...many[0], id: 'undated', date: undefined }]);
    const preview = (await bookPreview(db))!;
    const days = contentsByPaper(many)[0].dates.map((d) => d.date);
    expect(preview.papers[0].dates.map((d) => d.date)).toEqual(days.slice(0, FIRST_SCREEN_DAYS));
  });

  it('shows every clipping of a newest day larger than one read (the day read whole)', async () => {
    const db = freshDb();
    const base = book(1).clippings[0];
    const day = Array.from({ length: 130 }, (_, i) => ({ ...base, id: `d${String(i).padStart(3, '0')}`, publication: '荆州日报', date: i % 2 ? '2022-03-31' : '2022-03-31T08:00:00+08:00', page: String(1 + (i % 8)), createdAt: i }));
    const older = { ...base, id: 'older', publication: '荆州日报', date: '2022-03-30', createdAt: 500 };
    await db.clippings.bulkPut([...day, older]);
    const preview = (await bookPreview(db))!;
    expect(preview.papers[0].dates.map((d) => d.date)).toEqual(['2022-03-31', '2022-03-30']);
    expect(preview.papers[0].dates[0]).toEqual(contentsByPaper(day)[0].dates[0]);
    expect(preview.papers[0].dates[0].pages.flatMap((p) => p.clippings).length).toBe(130);
  });

  it('is undefined when there is nothing to preview (empty book or only unnamed papers), so every heading is read', async () => {
    expect((await bookPreview(freshDb()))).toBeUndefined();
    const db = freshDb();
    await db.clippings.put({ ...book(1).clippings[0], publication: undefined });
    expect(await bookPreview(db)).toBeUndefined();
  });
});

describe('search over the token index', () => {
  it('finds exactly the clippings holding every query token, as a scan of their tokens does', async () => {
    const { db, clippings, bodies } = await stored(150);
    const tokensOf = clippings.map((c, i) => new Set(clippingTokens(c, bodies[i])));
    for (const query of ['普法', '城市管理', 'climate report', '普法 教育 budget', '城市 clim', '教育 budget', '天然气 普法', '天然气 标题', '标题 天然气 普法']) {
      const tokens = queryTokens(query);
      const typing = /[a-z]$/u.test(query) ? tokens.at(-1) : undefined;
      const expected = clippings.filter((_, i) => tokens.every((t) => (t === typing ? [...tokensOf[i]].some((k) => k.startsWith(t)) : tokensOf[i].has(t)))).map((c) => c.id);
      expect([...((await searchClippingIds(db, query)) ?? [])].sort(), query).toEqual(expected.sort());
    }
  });

  it('serves the newest matches first, a screen at a time, and every match from all(); other filters steer the walk', async () => {
    const { db, clippings, bodies } = await stored(150);
    const tokensOf = clippings.map((c, i) => new Set(clippingTokens(c, bodies[i])));
    const newestFirst = (ids: string[]) => ids.map((id) => clippings.find((c) => c.id === id)!).sort((a, b) => b.createdAt - a.createdAt).map((c) => c.id);
    const allowed = new Set(clippings.filter((c) => c.publication?.trim() === '荆州日报').map((c) => c.id));
    for (const query of ['普法', '城市管理', '教育 budget', '天然气 标题', 'climate rep']) {
      const expected = [...((await searchClippingIds(db, query)) ?? [])];
      expect(expected.every((id) => queryTokens(query).every((t) => [...tokensOf[clippings.findIndex((c) => c.id === id)]].some((k) => k === t || k.startsWith(t))))).toBe(true);
      const search = (await clippingSearch(db, query))!;
      const first = await search.next(7);
      const second = await search.next(7);
      expect([...first, ...second], query).toEqual(newestFirst(expected).slice(0, 14));
      expect(await search.all()).toEqual(new Set(expected));
      // Stopped after one window, the walk's rest holds exactly the matches not served yet.
      const capped = (await clippingSearch(db, query))!;
      const served = await capped.next(50, 1);
      const rest = await capped.rest();
      expect([...served, ...rest].sort(), query).toEqual([...expected].sort());
      const steered = (await clippingSearch(db, query, allowed))!;
      expect(await steered.next(5), query).toEqual(newestFirst(expected.filter((id) => allowed.has(id))).slice(0, 5));
    }
  });
});

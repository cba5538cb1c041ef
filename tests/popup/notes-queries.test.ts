import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/background/db/database';
import {
  allPageUrls,
  allTags,
  highlightsByIds,
  highlightsWindow,
  matchingHighlightIds,
  sortNoteIds,
} from '../../src/background/db/queries';
import { makeArticle, makeHighlight, seed } from './seed-db';

const DAY = 86_400_000;
const T0 = 1_700_000_000_000;

beforeEach(async () => {
  await seed(
    [
      makeHighlight('a', '各地深入推进普法工作', { createdAt: T0, color: 'green', tags: ['法治'], articleId: 'art-law' }),
      makeHighlight('b', '以案普法成为常态', { createdAt: T0 + DAY, tags: ['法治', '案例'], articleId: 'art-law' }),
      makeHighlight('c', 'The climate report warns of heatwaves', { createdAt: T0 + 2 * DAY, pageUrl: 'https://news.example.com/x', color: 'pink' }),
      makeHighlight('d', 'Bond yields eased', { createdAt: T0 + 3 * DAY, pageUrl: 'https://news.example.com/y', note: 'climatic aside' }),
      makeHighlight('e', '法律援助', { createdAt: T0 + 4 * DAY }),
    ],
    [makeArticle('art-law', '普法', { publication: '法治日报' })],
  );
});

const ids = async (filter: Parameters<typeof matchingHighlightIds>[1]) => [...((await matchingHighlightIds(openDb(), filter)) ?? [])].sort();

describe('All-notes queries', () => {
  it('finds 普法工作 when searching 普法, and no text without both characters together', async () => {
    expect(await ids({ query: '普法' })).toEqual(['a', 'b']);
    expect(await ids({ query: '普法工作' })).toEqual(['a']);
    expect(await ids({ query: '法律' })).toEqual(['e']);
  });

  it('matches English words case-insensitively, the last word also as a prefix', async () => {
    expect(await ids({ query: 'Climate' })).toEqual(['c']);
    expect(await ids({ query: 'clim' })).toEqual(['c', 'd']);
    expect(await ids({ query: 'report clim' })).toEqual(['c']);
  });

  it('combines search with colour, tag, site, newspaper and date filters', async () => {
    expect(await ids({ query: '普法', color: 'green' })).toEqual(['a']);
    expect(await ids({ tag: '案例' })).toEqual(['b']);
    expect(await ids({ site: 'news.example.com' })).toEqual(['c', 'd']);
    expect(await ids({ publication: '法治日报' })).toEqual(['a', 'b']);
    expect(await ids({ fromMs: T0 + DAY, toMs: T0 + 3 * DAY })).toEqual(['b', 'c', 'd']);
    expect(await ids({ publication: 'Nobody' })).toEqual([]);
  });

  it('returns null for an empty filter so the list pages through the whole table', async () => {
    expect(await matchingHighlightIds(openDb(), { query: '  ' })).toBeNull();
  });

  it('orders matches newest first, oldest first or by page', async () => {
    const matched = new Set(['a', 'c', 'd', 'e']);
    expect(await sortNoteIds(openDb(), matched, 'newest')).toEqual(['e', 'd', 'c', 'a']);
    expect(await sortNoteIds(openDb(), matched, 'oldest')).toEqual(['a', 'c', 'd', 'e']);
    expect(await sortNoteIds(openDb(), matched, 'page')).toEqual(['c', 'd', 'a', 'e']);
  });

  it('reads windows of the unfiltered list and highlights by id in the given order', async () => {
    expect((await highlightsWindow(openDb(), 'newest', 1, 2)).map((h) => h.id)).toEqual(['d', 'c']);
    expect((await highlightsByIds(openDb(), ['e', 'missing', 'a'])).map((h) => h.id)).toEqual(['e', 'a']);
  });

  it('lists distinct tags and page URLs from their indexes', async () => {
    expect(await allTags(openDb())).toEqual(['案例', '法治']);
    expect(await allPageUrls(openDb())).toEqual(['https://news.example.com/x', 'https://news.example.com/y', 'https://paper.example.cn/a.htm']);
  });
});

describe('All-notes ordering of many matches', () => {
  it('orders more matches than it sorts in memory by walking the sort index', async () => {
    const many = Array.from({ length: 260 }, (_, i) => makeHighlight(`m${String(i).padStart(3, '0')}`, `common word ${i}`, { createdAt: T0 + ((i * 7919) % 260) * 1000 }));
    await seed(many);
    const matched = await matchingHighlightIds(openDb(), { query: 'common' });
    const newest = await sortNoteIds(openDb(), matched!, 'newest');
    const times = (await highlightsByIds(openDb(), newest)).map((h) => h.createdAt);
    expect(newest).toHaveLength(260);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('All-notes orders agree on what matches', () => {
  it('finds the same notes by page as newest first when a typed word has too many completions to expand', async () => {
    const { openNotesStream } = await import('../../src/background/db/notes-stream');
    // 30 different words starting with "ex": more completions than are expanded, so "ex" matches as a whole word only.
    await seed([
      ...Array.from({ length: 30 }, (_, i) => makeHighlight(`x${i}`, `ex${String.fromCharCode(97 + (i % 26))}${i} item`, { createdAt: T0 + i })),
      makeHighlight('whole', 'ex marks the spot', { createdAt: T0 + 100 }),
    ]);
    const byPage = await (await openNotesStream(openDb(), { query: 'ex' }, 'page'))!.rest();
    const newest = await (await openNotesStream(openDb(), { query: 'ex' }, 'newest'))!.rest();
    expect(newest).toEqual(['whole']);
    expect(byPage).toEqual(newest);
  });
});

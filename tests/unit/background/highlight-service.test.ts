import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { countHighlightsForPage, highlightsForPage, highlightsWindow } from '../../../src/background/db/queries';
import {
  cleanTags,
  createHighlight,
  deleteHighlight,
  recordAnchoring,
  restoreHighlight,
  updateHighlight,
  type NewHighlight,
} from '../../../src/background/services/highlight-service';
import { JianbaoError } from '../../../src/core/errors';
import { queryTokens } from '../../../src/core/text/search-tokens';
import { freshDb } from '../fake-db';

const PAGE = 'http://127.0.0.1/html/2022-03/31/content_5.htm';

function input(id: string, exact: string, extra: Partial<NewHighlight> = {}): NewHighlight {
  return {
    id,
    pageUrl: PAGE,
    pageTitle: '加快城市运行管理“一网统管”',
    exact,
    selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
    color: 'yellow',
    ...extra,
  };
}

let db: JianbaoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('createHighlight', () => {
  it('stores a highlight with timestamps, clean tags and search tokens', async () => {
    const saved = await createHighlight(db, input('a', '推动城市运行管理“一网统管”', { tags: [' #普法 ', '普法', ''] }), 1000);
    expect(saved).toMatchObject({ id: 'a', createdAt: 1000, updatedAt: 1000, status: 'anchored', note: '', tags: ['普法'] });
    expect(await db.annotations.get('a')).toEqual(saved);
    for (const token of queryTokens('一网统管')) expect(saved.tokens).toContain(token);
  });

  it('keeps one record when the same highlight is saved twice (a retried message)', async () => {
    await createHighlight(db, input('a', '第一次'), 1000);
    const second = await createHighlight(db, input('a', '第二次'), 2000);
    expect(second.exact).toBe('第一次');
    expect(await db.annotations.count()).toBe(1);
  });

  it('refuses a whitespace-only quote and stores nothing', async () => {
    await expect(createHighlight(db, input('a', ' \n\t '))).rejects.toMatchObject({ code: 'InvalidMessage' });
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('updateHighlight', () => {
  it('changes colour, note and tags, re-indexes tokens and moves updatedAt forward', async () => {
    await createHighlight(db, input('a', 'quote text'), 1000);
    const updated = await updateHighlight(db, 'a', { color: 'green', note: 'Remember the deadline', tags: ['policy'] }, 1000);
    expect(updated).toMatchObject({ color: 'green', note: 'Remember the deadline', tags: ['policy'] });
    expect(updated.updatedAt).toBeGreaterThan(1000);
    expect(updated.tokens).toContain('deadline');
    expect(updated.tokens).toContain('policy');
  });

  it('reports a missing highlight as HighlightNotFound', async () => {
    const error = await updateHighlight(db, 'missing', { note: 'x' }).catch((e) => e);
    expect(error).toBeInstanceOf(JianbaoError);
    expect(error.code).toBe('HighlightNotFound');
  });
});

describe('deleteHighlight and restoreHighlight', () => {
  it('deletes a highlight and puts back exactly the same record on undo', async () => {
    const saved = await createHighlight(db, input('a', 'to be deleted', { note: 'n', tags: ['t'] }), 1000);
    const deleted = await deleteHighlight(db, 'a');
    expect(deleted).toEqual(saved);
    expect(await db.annotations.count()).toBe(0);
    await restoreHighlight(db, deleted);
    expect(await db.annotations.get('a')).toEqual(saved);
  });
});

describe('page queries', () => {
  it('lists a page in creation order and counts without touching other pages', async () => {
    await createHighlight(db, input('b', 'second'), 2000);
    await createHighlight(db, input('a', 'first'), 1000);
    await createHighlight(db, input('c', 'elsewhere', { pageUrl: 'https://example.com/other' }), 1500);
    expect((await highlightsForPage(db, PAGE)).map((h) => h.id)).toEqual(['a', 'b']);
    expect(await countHighlightsForPage(db, PAGE)).toBe(2);
    expect((await highlightsWindow(db, 'newest', 0, 2)).map((h) => h.id)).toEqual(['b', 'c']);
  });

  it('records orphans of a page and returns their count', async () => {
    await createHighlight(db, input('a', 'one'), 1000);
    await createHighlight(db, input('b', 'two'), 1001);
    const orphans = await recordAnchoring(db, PAGE, [
      { id: 'a', status: 'orphan' },
      { id: 'b', status: 'anchored' },
    ]);
    expect(orphans).toBe(1);
    expect((await db.annotations.get('a'))?.status).toBe('orphan');
  });
});

describe('cleanTags', () => {
  it('trims, drops leading # and duplicates', () => {
    expect(cleanTags(['#a', 'a', '  b ', '##', ''])).toEqual(['a', 'b']);
  });
});

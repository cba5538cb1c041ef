import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { createHighlight, extendHighlight, type NewHighlight } from '../../../src/background/services/highlight-service';
import { JianbaoError } from '../../../src/core/errors';
import { freshDb } from '../fake-db';

const PAGE = 'http://127.0.0.1/html/2022-03/31/content_5.htm';
const input = (id: string, exact: string, extra: Partial<NewHighlight> = {}): NewHighlight => ({
  id, pageUrl: PAGE, pageTitle: 't', exact, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }], color: 'yellow', ...extra,
});

let db: JianbaoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('extendHighlight', () => {
  it('grows a highlight over others of its page: new quote, selectors and colour, notes appended, tags merged, the others deleted', async () => {
    await createHighlight(db, input('a', '城市运行', { note: '第一条', tags: ['城市'] }), 1000);
    await createHighlight(db, input('b', '一网统管', { note: '第二条', tags: ['城市', '治理'] }), 2000);
    await createHighlight(db, input('other', '别的页', { pageUrl: 'http://127.0.0.1/other.htm' }), 3000);
    const exact = '城市运行管理“一网统管”';
    const { highlight, removed } = await extendHighlight(db, 'a', { exact, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }], color: 'green', absorb: ['b', 'other'], link: { articleId: PAGE } }, 5000);
    expect(highlight).toMatchObject({ id: 'a', exact, color: 'green', note: '第一条\n\n第二条', tags: ['城市', '治理'], articleId: PAGE, createdAt: 1000, updatedAt: 5000 });
    expect(highlight.tokens).toContain('统管');
    expect(removed).toEqual(['b']);
    expect((await db.annotations.toArray()).map((h) => h.id).sort()).toEqual(['a', 'other']);
  });

  it('refuses an id outside the page scope, as if it did not exist', async () => {
    await createHighlight(db, input('a', '城市运行'), 1000);
    const exact = '城市运行管理';
    await expect(extendHighlight(db, 'a', { exact, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }], color: 'green', absorb: [] }, 2000, () => false)).rejects.toBeInstanceOf(JianbaoError);
  });
});

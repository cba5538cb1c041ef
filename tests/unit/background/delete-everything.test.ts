import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { saveDetectedArticle } from '../../../src/background/services/article-service';
import { deleteEverything } from '../../../src/background/services/delete-everything';
import { createHighlight } from '../../../src/background/services/highlight-service';
import { freshDb } from '../fake-db';

let db: JianbaoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('deleteEverything', () => {
  it('empties highlights and articles and says how many there were', async () => {
    const url = 'https://example.com/a';
    await saveDetectedArticle(db, { kind: 'html', url, title: 'A', authors: [], bodyText: 'Body text.', sources: {} });
    for (const id of ['a', 'b']) {
      await createHighlight(db, {
        id,
        pageUrl: url,
        pageTitle: 'A',
        exact: 'Body',
        selectors: [{ type: 'TextQuoteSelector', exact: 'Body', prefix: '', suffix: ' text.' }],
        color: 'yellow',
      });
    }
    expect(await deleteEverything(db)).toEqual({ highlights: 2, articles: 1 });
    expect(await db.annotations.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });
});

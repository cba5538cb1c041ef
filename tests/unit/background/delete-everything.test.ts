import { clipArticle } from '../../../src/background/clippings/clip-service';
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
  it('empties highlights, articles and the clipping book and says how many there were', async () => {
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
    await clipArticle(db, { article: { kind: 'html', url, title: 'A', authors: [], bodyText: 'Body text.', sources: {} }, images: [{ src: 'https://example.com/p.jpg', alt: '', caption: '', paragraph: 0 }] }, {
      fetcher: async () => ({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 0]).buffer, type: 'image/jpeg', size: 4 }),
    });
    expect(await deleteEverything(db)).toEqual({ highlights: 2, articles: 1, clippings: 1 });
    expect([await db.clippings.count(), await db.clippingTexts.count(), await db.clippingImages.count()]).toEqual([0, 0, 0]);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });
});

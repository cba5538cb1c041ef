/** Highlights and articles for the popup's jsdom tests, written straight into fake-indexeddb. */
import type { ArticleRecord, Highlight } from '../../src/core/model';
import { openDb } from '../../src/background/db/database';
import { tokensFor } from '../../src/background/services/highlight-service';

/** A highlight with tokens made the way the service makes them. */
export function makeHighlight(id: string, exact: string, extra: Partial<Highlight> = {}): Highlight {
  const base = {
    id,
    pageUrl: 'https://paper.example.cn/a.htm',
    pageTitle: 'Page',
    exact,
    selectors: [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }],
    color: 'yellow',
    note: '',
    tags: [] as string[],
    status: 'anchored' as const,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...extra,
  };
  return { ...base, tokens: tokensFor(base) };
}

/** A stored article. */
export function makeArticle(id: string, title: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, url: id, title, authors: [], bodyText: '', sentences: [], sources: {}, createdAt: 1, updatedAt: 1, ...extra };
}

/** Empties the shared database and fills it. */
export async function seed(highlights: Highlight[], articles: ArticleRecord[] = []): Promise<void> {
  const db = openDb();
  await db.annotations.clear();
  await db.articles.clear();
  await db.annotations.bulkAdd(highlights);
  await db.articles.bulkAdd(articles);
}

/**
 * Turns what the content script detected into stored article records: the body is normalised
 * and split into sentences here, in the background, so the page pays nothing for it. A
 * text-only newspaper page (raw e-paper text) is segmented into its items, one record each.
 */
import type { ArticleRecord } from '../../core/model';
import { normalizeText } from '../../core/text/normalize';
import { splitSentences } from '../../core/text/segment';
import type { DetectedArticle } from '../../messages';
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';

/** Id of the one article of a page, or of item N of a multi-article page. */
export function articleIdFor(pageUrl: string, itemIndex?: number): string {
  return itemIndex === undefined ? pageUrl : `${pageUrl}#item-${itemIndex}`;
}

function recordFromDetection(detected: DetectedArticle, now: number, existing?: ArticleRecord): ArticleRecord {
  const { text } = normalizeText(detected.bodyText);
  return {
    id: articleIdFor(detected.url),
    url: detected.url,
    title: detected.title,
    ...(detected.kicker ? { kicker: detected.kicker } : {}),
    ...(detected.subtitle ? { subtitle: detected.subtitle } : {}),
    authors: detected.authors,
    ...(detected.date ? { date: detected.date } : {}),
    ...(detected.publication ? { publication: detected.publication } : {}),
    ...(detected.page ? { page: detected.page } : {}),
    ...(detected.section ? { section: detected.section } : {}),
    ...(detected.language ? { language: detected.language } : {}),
    bodyText: text,
    sentences: splitSentences(text),
    sources: detected.sources,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/** Stores (or refreshes) the article record(s) of a page and returns them. */
export async function saveDetectedArticle(db: JianbaoDb, detected: DetectedArticle, now = Date.now()): Promise<ArticleRecord[]> {
  return withStorage(() =>
    db.transaction('rw', db.articles, async () => {
      const existing = await db.articles.get(articleIdFor(detected.url));
      const record = recordFromDetection(detected, now, existing);
      await db.articles.put(record);
      return [record];
    }),
  );
}

/**
 * Turns what the content script detected into stored article records: the body is normalised
 * and split into sentences here, in the background, so the page pays nothing for it. A
 * text-only newspaper page (raw e-paper text, like ../shared/fixtures/seed-page.txt) is
 * segmented into its items, one record each.
 */
import type { ArticleRecord } from '../../core/model';
import { normalizeText } from '../../core/text/normalize';
import { splitSentences } from '../../core/text/segment';
import { segmentPage } from '../../core/newspaper/segment-page';
import type { DetectedArticle } from '../../messages';
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';

/** Id of the one article of a page, or of item N of a multi-article page. */
export function articleIdFor(pageUrl: string, itemIndex?: number): string {
  return itemIndex === undefined ? pageUrl : `${pageUrl}#item-${itemIndex}`;
}

/** The page-level fields every record of a page shares (date, newspaper, page, section, language). */
function pageFields(detected: DetectedArticle): Partial<ArticleRecord> {
  return {
    ...(detected.date ? { date: detected.date } : {}),
    ...(detected.publication ? { publication: detected.publication } : {}),
    ...(detected.page ? { page: detected.page } : {}),
    ...(detected.section ? { section: detected.section } : {}),
    ...(detected.language ? { language: detected.language } : {}),
  };
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
    ...pageFields(detected),
    bodyText: text,
    sentences: splitSentences(text),
    sources: detected.sources,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/**
 * One record per item of a raw newspaper page (articles, and also photos, columns and ads, so
 * that every highlight on the page has an item to belong to).
 */
function recordsFromTextPage(detected: DetectedArticle, now: number): ArticleRecord[] {
  const input = detected.bodyText;
  return segmentPage(input).items.map((item, index) => {
    const headline = item.headline.map((s) => input.slice(s.start, s.end).trim()).join(' ');
    return {
      id: articleIdFor(detected.url, index),
      url: detected.url,
      title: item.title ?? (headline || item.bodyText.slice(0, 40)),
      ...(item.kicker ? { kicker: item.kicker } : {}),
      ...(item.subtitle ? { subtitle: item.subtitle } : {}),
      authors: item.people,
      ...pageFields(detected),
      bodyText: item.bodyText,
      sentences: item.bodySentences,
      sources: { ...detected.sources, body: `segment-page:${item.kind}` },
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** Stores (or refreshes) the article record(s) of a page and returns them. */
export async function saveDetectedArticle(db: JianbaoDb, detected: DetectedArticle, now = Date.now()): Promise<ArticleRecord[]> {
  return withStorage(() =>
    db.transaction('rw', db.articles, async () => {
      if (detected.kind === 'text-page') {
        const records = recordsFromTextPage(detected, now);
        const previous = await db.articles.bulkGet(records.map((r) => r.id));
        records.forEach((record, i) => (record.createdAt = previous[i]?.createdAt ?? now));
        await db.articles.bulkPut(records);
        return records;
      }
      const existing = await db.articles.get(articleIdFor(detected.url));
      const record = recordFromDetection(detected, now, existing);
      await db.articles.put(record);
      return [record];
    }),
  );
}

/**
 * Turns what the content script detected into stored article records: the body is normalised
 * and split into sentences here, in the background, so the page pays nothing for it. A
 * text-only newspaper page (raw e-paper text, like ../shared/fixtures/seed-page.txt) is
 * segmented into its items, one record each.
 */
import { mergeDetection, type FieldDetection } from '../../core/article/article-corrections';
import type { ArticleFields, ArticleRecord, FieldEvidence } from '../../core/model';
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

/** The page-level fields every record of a page shares (date, newspaper, page, section). */
function pageFields(detected: DetectedArticle): Partial<ArticleFields> {
  return {
    ...(detected.date ? { date: detected.date } : {}),
    ...(detected.publication ? { publication: detected.publication } : {}),
    ...(detected.page ? { page: detected.page } : {}),
    ...(detected.section ? { section: detected.section } : {}),
  };
}

/** The fields an item of a segmented page shares with the page; the segmenter finds the others itself. */
const PAGE_LEVEL_FIELDS = ['date', 'publication', 'page', 'section'] as const;

/** The entries of `all` for `fields` only (undefined when none). */
function pick<T>(all: Partial<Record<string, T>> | undefined, fields: readonly string[]): Partial<Record<(typeof PAGE_LEVEL_FIELDS)[number], T>> | undefined {
  if (!all) return undefined;
  const out: Partial<Record<string, T>> = {};
  for (const field of fields) if (all[field] !== undefined) out[field] = all[field];
  return Object.keys(out).length ? out : undefined;
}

/**
 * A record from what was detected, merged with what is stored under the same id: the reader's
 * corrected fields win, the rest is the new detection (core/article/article-corrections).
 */
function mergedRecord(
  base: { id: string; url: string; bodyText: string; sentences: ArticleRecord['sentences']; sources: ArticleRecord['sources']; language?: string; evidence?: FieldEvidence },
  detection: FieldDetection,
  now: number,
  existing: ArticleRecord | undefined,
): ArticleRecord {
  return {
    id: base.id,
    url: base.url,
    ...mergeDetection(existing, detection),
    ...(base.language ? { language: base.language } : {}),
    bodyText: base.bodyText,
    sentences: base.sentences,
    sources: base.sources,
    ...(base.evidence && Object.keys(base.evidence).length ? { evidence: base.evidence } : {}),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

function recordFromDetection(detected: DetectedArticle, now: number, existing?: ArticleRecord): ArticleRecord {
  const { text } = normalizeText(detected.bodyText);
  const fields: ArticleFields = {
    title: detected.title,
    ...(detected.kicker ? { kicker: detected.kicker } : {}),
    ...(detected.subtitle ? { subtitle: detected.subtitle } : {}),
    authors: detected.authors,
    ...pageFields(detected),
  };
  return mergedRecord(
    { id: articleIdFor(detected.url), url: detected.url, bodyText: text, sentences: splitSentences(text), sources: detected.sources, language: detected.language, evidence: detected.evidence },
    { fields, confidence: detected.confidence },
    now,
    existing,
  );
}

/**
 * One record per item of a raw newspaper page (articles, and also photos, columns and ads, so
 * that every highlight on the page has an item to belong to).
 */
async function recordsFromTextPage(db: JianbaoDb, detected: DetectedArticle, now: number): Promise<ArticleRecord[]> {
  const input = detected.bodyText;
  const items = segmentPage(input).items;
  const ids = items.map((_, index) => articleIdFor(detected.url, index));
  const previous = await db.articles.bulkGet(ids);
  return items.map((item, index) => {
    const headline = item.headline.map((s) => input.slice(s.start, s.end).trim()).join(' ');
    const fields: ArticleFields = {
      title: item.title ?? (headline || item.bodyText.slice(0, 40)),
      ...(item.kicker ? { kicker: item.kicker } : {}),
      ...(item.subtitle ? { subtitle: item.subtitle } : {}),
      authors: item.people,
      ...pageFields(detected),
    };
    return mergedRecord(
      {
        id: ids[index],
        url: detected.url,
        bodyText: item.bodyText,
        sentences: item.bodySentences,
        sources: { ...detected.sources, body: `segment-page:${item.kind}` },
        language: detected.language,
        evidence: pick(detected.evidence, PAGE_LEVEL_FIELDS),
      },
      { fields, confidence: pick(detected.confidence, PAGE_LEVEL_FIELDS) },
      now,
      previous[index],
    );
  });
}

/** Stores (or refreshes) the article record(s) of a page and returns them. */
export async function saveDetectedArticle(db: JianbaoDb, detected: DetectedArticle, now = Date.now()): Promise<ArticleRecord[]> {
  return withStorage(() =>
    db.transaction('rw', db.articles, async () => {
      if (detected.kind === 'text-page') {
        const records = await recordsFromTextPage(db, detected, now);
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

/**
 * Turns what the content script detected into stored article records: the body is normalised
 * and split into sentences here, in the background, so the page pays nothing for it. A
 * text-only newspaper page (raw e-paper text, like ../shared/fixtures/seed-page.txt) is
 * segmented into its items, one record each.
 */
import { mergeDetection, type FieldDetection } from '../../core/article/article-corrections';
import { keepPassages } from '../../core/article/cover-passage';
import type { ArticleFields, ArticleRecord, FieldEvidence, Highlight } from '../../core/model';
import { normalizeText } from '../../core/text/normalize';
import { splitSentences } from '../../core/text/segment';
import { segmentPage } from '../../core/newspaper/segment-page';
import type { DetectedArticle } from '../../messages';
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';
import { linkOrCover } from './cover-highlight';

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

/**
 * One record per article of an html page that holds several (split in the page by
 * src/dom/article/split-page-items): the item's own headline, people and date, the page's
 * paper, 版 and section.
 */
async function recordsFromItems(db: JianbaoDb, detected: DetectedArticle, items: NonNullable<DetectedArticle['items']>, now: number): Promise<ArticleRecord[]> {
  const ids = items.map((_, index) => articleIdFor(detected.url, index));
  const previous = await db.articles.bulkGet(ids);
  return items.map((item, index) => {
    const { text } = normalizeText(item.bodyText);
    const shared = pageFields(detected);
    const fields: ArticleFields = {
      title: item.title,
      ...(item.kicker ? { kicker: item.kicker } : {}),
      ...(item.subtitle ? { subtitle: item.subtitle } : {}),
      authors: item.authors,
      ...shared,
      ...(item.date ? { date: item.date } : {}),
      ...(item.page ? { page: item.page } : {}),
    };
    // The page's confidences are about the page's own fields; an item keeps those it shares.
    const sharedFields = PAGE_LEVEL_FIELDS.filter((f) => (f !== 'date' || !item.date) && (f !== 'page' || !item.page));
    return mergedRecord(
      {
        id: ids[index],
        url: detected.url,
        bodyText: text,
        sentences: splitSentences(text),
        sources: { ...detected.sources, body: 'page-items', ...(item.date ? { date: 'page-item' } : {}) },
        language: detected.language,
        evidence: pick(detected.evidence, sharedFields),
      },
      { fields, confidence: pick(detected.confidence, sharedFields) },
      now,
      previous[index],
    );
  });
}

/** The records a detection gives, before they are compared with what the page's highlights need. */
async function detectedRecords(db: JianbaoDb, detected: DetectedArticle, now: number): Promise<ArticleRecord[]> {
  if (detected.kind === 'text-page') return recordsFromTextPage(db, detected, now);
  if (detected.items?.length) return recordsFromItems(db, detected, detected.items, now);
  const existing = await db.articles.get(articleIdFor(detected.url));
  return [recordFromDetection(detected, now, existing)];
}

/**
 * Stores (or refreshes) the article record(s) of a page and returns them. A highlight keeps a
 * body that contains it (core/article/cover-passage): a passage an earlier cover put into a
 * body stays there when this detection leaves it out again, and the page's highlights are
 * linked again to the records as they now are (a page first read as one article and now as
 * several moves each highlight to its own item; the stale whole-page record goes).
 */
export async function saveDetectedArticle(db: JianbaoDb, detected: DetectedArticle, now = Date.now()): Promise<ArticleRecord[]> {
  return withStorage(() =>
    db.transaction('rw', db.articles, db.annotations, async () => {
      const records = await detectedRecords(db, detected, now);
      const highlights = await db.annotations.where('pageUrl').equals(detected.url).toArray();
      if (highlights.length) await keepHighlightedPassages(db, records, highlights);
      await db.articles.bulkPut(records);
      if (records.length > 1 || records[0]?.id !== articleIdFor(detected.url)) await db.articles.delete(articleIdFor(detected.url));
      if (highlights.length) await relinkHighlights(db, detected.url, highlights, now);
      return records;
    }),
  );
}

/** Passages of the old bodies that the page's highlights need, put back into the new bodies. */
async function keepHighlightedPassages(db: JianbaoDb, records: ArticleRecord[], highlights: Highlight[]): Promise<void> {
  const old = await db.articles.bulkGet(records.map((r) => r.id));
  records.forEach((record, index) => {
    const before = old[index];
    if (!before) return;
    const quotes = highlights.filter((h) => h.articleId === record.id).map((h) => normalizeText(h.exact).text.trim());
    const body = keepPassages(before.bodyText, record.bodyText, quotes);
    if (body !== record.bodyText) {
      record.bodyText = body;
      record.sentences = splitSentences(body);
    }
  });
}

/** Links each highlight of the page to the stored record that contains it now; unchanged links are not written. */
async function relinkHighlights(db: JianbaoDb, pageUrl: string, highlights: Highlight[], now: number): Promise<void> {
  const records = await db.articles.where('url').equals(pageUrl).toArray();
  const changed: Highlight[] = [];
  for (const highlight of highlights) {
    const { link, write } = linkOrCover(records, highlight, now);
    if (write) {
      await db.articles.put(write);
      const at = records.findIndex((r) => r.id === write.id);
      if (at >= 0) records[at] = write;
      else records.push(write);
    }
    if (!link) continue;
    const sameRange = JSON.stringify(link.sentenceRange) === JSON.stringify(highlight.sentenceRange);
    if (link.articleId === highlight.articleId && sameRange) continue;
    // A new updatedAt, as every other edit gets: sync looks for edits by it (a relink that kept
    // the old one reached other devices only with the daily full comparison).
    const next: Highlight = { ...highlight, articleId: link.articleId, updatedAt: Math.max(now, highlight.updatedAt + 1) };
    if (link.sentenceRange) next.sentenceRange = link.sentenceRange;
    else delete next.sentenceRange;
    changed.push(next);
  }
  if (changed.length) await db.annotations.bulkPut(changed);
}

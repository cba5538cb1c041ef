/**
 * Clipping an article: the detected article is stored (or refreshed) as usual, then copied into
 * the clipping book with its text and, within the reader's limits, its images. Clipping the
 * same article again refreshes the copy and keeps the reader's note and tags; a highlight clips
 * its article only when it is not in the book yet. Images are fetched before the write
 * transaction (IndexedDB transactions close while a fetch is pending).
 */
import { sha256Hex } from '../../core/clippings/image-hash';
import { DEFAULT_CLIPPING_SETTINGS, MAX_IMAGES_PER_CLIPPING, clippingImageId, type Clipping, type ClippingImage, type ClippingSettings, type ImageCandidate, type StoredClippingText } from '../../core/clippings/clipping';
import { imageAddressProblem } from '../../core/clippings/image-address';
import { budgetTracker, clippingBudget } from '../../core/clippings/image-budget';
import type { ArticleRecord } from '../../core/model';
import { searchTokens } from '../../core/text/search-tokens';
import type { ClipReport, DetectedArticle } from '../../messages';

export type { ClipReport };
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';
import { searchKeysFor } from '../db/search-keys';
import { articleIdFor, saveDetectedArticle } from '../services/article-service';
import { linkToArticle } from '../services/link-article';
import { fetchImage, type ImageFetcher } from './fetch-image';

export interface ClipRequest {
  article: DetectedArticle;
  images: ImageCandidate[];
  /** The selected text, when the reader clipped with a selection: picks the item of a multi-article page. */
  quote?: string;
  /** From a highlight: clip only articles not in the book yet. */
  onlyIfNew?: boolean;
  /** Without a quote: the item of a multi-article page in view (index in `article.items`). */
  item?: number;
}


/** Items of a raw newspaper page worth a clipping of their own when no selection says which. */
const CLIPPABLE_ITEM_KINDS = new Set(['segment-page:article', 'segment-page:column', 'segment-page:continuation', 'page-items']);

/**
 * Which of the page's stored records the reader means: the item holding the selection, else the
 * item of a multi-article html page the reader is looking at (`item`, its index), else every
 * article of the page.
 */
export function clipTargets(records: ArticleRecord[], quote: string | undefined, item?: number): ArticleRecord[] {
  if (records.length <= 1) return records;
  if (quote?.trim()) {
    const link = linkToArticle(records, quote);
    const linked = link && records.find((r) => r.id === link.articleId);
    if (linked) return [linked];
  }
  if (item !== undefined) {
    const shown = records.find((r) => r.id === articleIdFor(r.url, item));
    if (shown) return [shown];
  }
  const items = records.filter((r) => CLIPPABLE_ITEM_KINDS.has(r.sources.body ?? ''));
  return items.length > 0 ? items : records;
}

/** What the search index holds for a clipping: headline, people, body, the reader's note and tags. */
export function clippingTokens(heading: Pick<Clipping, 'title' | 'kicker' | 'subtitle' | 'authors' | 'note' | 'tags'>, bodyText: string): string[] {
  return searchTokens(
    [heading.kicker, heading.title, heading.subtitle, heading.authors.map((a) => a.name).join(' '), bodyText, heading.note, heading.tags.join(' ')]
      .filter(Boolean)
      .join('\n'),
  );
}

/**
 * The stored text row of a clipping: its body and search keys (its tokens, each ending in the
 * clipping's creation time). Every writer of `clippingTexts` makes its row here, so the keys
 * always match the heading written beside them.
 */
export function clippingTextRow(clipping: Pick<Clipping, 'id' | 'title' | 'kicker' | 'subtitle' | 'authors' | 'note' | 'tags' | 'createdAt'>, bodyText: string): StoredClippingText {
  return { id: clipping.id, bodyText, searchKeys: searchKeysFor({ tokens: clippingTokens(clipping, bodyText), createdAt: clipping.createdAt }) };
}

function headingOf(record: ArticleRecord): Omit<Clipping, 'note' | 'tags' | 'imageCount' | 'imageBytes' | 'imagesSkipped' | 'createdAt' | 'updatedAt'> {
  return {
    id: record.id,
    pageUrl: record.url,
    url: record.url,
    title: record.title,
    ...(record.kicker ? { kicker: record.kicker } : {}),
    ...(record.subtitle ? { subtitle: record.subtitle } : {}),
    authors: record.authors,
    ...(record.publication ? { publication: record.publication } : {}),
    ...(record.date ? { date: record.date } : {}),
    ...(record.page ? { page: record.page } : {}),
    ...(record.section ? { section: record.section } : {}),
    ...(record.language ? { language: record.language } : {}),
  };
}

/** Image bytes kept by every clipping except `exceptId`. */
async function otherImageBytes(db: JianbaoDb, exceptId: string): Promise<number> {
  let total = 0;
  await db.clippings.each((c) => {
    if (c.id !== exceptId) total += c.imageBytes;
  });
  return total;
}

/** Fetches the candidates in article order while they fit the budget. */
async function fetchWithinBudget(
  clippingId: string,
  pageUrl: string,
  candidates: ImageCandidate[],
  budget: number,
  fetcher: ImageFetcher,
): Promise<{ images: ClippingImage[]; skipped: number }> {
  const tracker = budgetTracker(budget);
  const images: ClippingImage[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate.src)) continue;
    seen.add(candidate.src);
    // The page decides what its article holds: an address no page could show itself is never asked for.
    if (images.length >= MAX_IMAGES_PER_CLIPPING || tracker.left() <= 0 || imageAddressProblem(candidate.src, pageUrl)) {
      skipped++;
      continue;
    }
    const fetched = await fetcher(candidate.src, tracker.left(), pageUrl);
    if (!fetched || !tracker.take(fetched.size)) {
      skipped++;
      continue;
    }
    const index = images.length;
    images.push({
      id: clippingImageId(clippingId, index),
      clippingId,
      index,
      sourceUrl: candidate.src.startsWith('data:') ? '' : candidate.src,
      type: fetched.type,
      bytes: fetched.bytes,
      size: fetched.size,
      alt: candidate.alt,
      caption: candidate.caption,
      paragraph: candidate.paragraph,
      ...(candidate.width ? { width: candidate.width } : {}),
      ...(candidate.height ? { height: candidate.height } : {}),
      // The image's name on a sync server (one blob per content).
      sha256: await sha256Hex(fetched.bytes),
    });
  }
  return { images, skipped };
}

export interface ClipOptions {
  settings?: ClippingSettings;
  fetcher?: ImageFetcher;
  now?: number;
}

/** Clips the article(s) of a page into the book. */
export async function clipArticle(db: JianbaoDb, request: ClipRequest, options: ClipOptions = {}): Promise<ClipReport> {
  const settings = options.settings ?? DEFAULT_CLIPPING_SETTINGS;
  const now = options.now ?? Date.now();
  const records = await saveDetectedArticle(db, request.article, now);
  let targets = clipTargets(records, request.quote, request.item);
  const existing = new Map((await withStorage(() => db.clippings.bulkGet(targets.map((t) => t.id)))).filter((c): c is Clipping => !!c).map((c) => [c.id, c]));
  if (request.onlyIfNew) targets = targets.filter((t) => !existing.has(t.id));
  if (targets.length === 0) return { clippings: [], images: 0, imagesSkipped: 0 };

  // Images belong to an article page; the items of a raw text page have none.
  const withImages = targets.length === 1 && request.article.kind === 'html' ? targets[0] : undefined;
  let fetched: { images: ClippingImage[]; skipped: number } | undefined;
  if (withImages && request.images.length > 0) {
    if (!settings.images) fetched = { images: [], skipped: request.images.length };
    else {
      const budget = clippingBudget(settings, await withStorage(() => otherImageBytes(db, withImages.id)));
      fetched = await fetchWithinBudget(withImages.id, request.article.url, request.images, budget, options.fetcher ?? fetchImage);
    }
  }

  return withStorage(() =>
    db.transaction('rw', [db.clippings, db.clippingTexts, db.clippingImages], async () => {
      const report: ClipReport = { clippings: [], images: 0, imagesSkipped: 0 };
      for (const record of targets) {
        const old = existing.get(record.id) ?? (await db.clippings.get(record.id));
        const clipping: Clipping = {
          ...headingOf(record),
          note: old?.note ?? '',
          tags: old?.tags ?? [],
          imageCount: old?.imageCount ?? 0,
          imageBytes: old?.imageBytes ?? 0,
          imagesSkipped: old?.imagesSkipped ?? 0,
          createdAt: old?.createdAt ?? now,
          updatedAt: now,
        };
        // New images replace the old ones; when none could be fetched (offline, images turned
        // off since) the images kept earlier stay.
        if (record === withImages && fetched && (fetched.images.length > 0 || !old?.imageCount)) {
          await db.clippingImages.where('clippingId').equals(record.id).delete();
          await db.clippingImages.bulkPut(fetched.images);
          clipping.imageCount = fetched.images.length;
          clipping.imageBytes = fetched.images.reduce((sum, image) => sum + image.size, 0);
          clipping.imagesSkipped = fetched.skipped;
          report.images += fetched.images.length;
          report.imagesSkipped += fetched.skipped;
        }
        await db.clippings.put(clipping);
        await db.clippingTexts.put(clippingTextRow(clipping, record.bodyText));
        report.clippings.push({ id: record.id, title: record.title, created: !old });
      }
      return report;
    }),
  );
}

/** A reader's correction of an article also corrects its clipping's heading (the book shows the merged record). */
export async function refreshClippingHeading(db: JianbaoDb, record: ArticleRecord, now = Date.now()): Promise<void> {
  await withStorage(() =>
    db.transaction('rw', db.clippings, db.clippingTexts, async () => {
      const old = await db.clippings.get(record.id);
      if (!old) return;
      const { id: _id, pageUrl: _p, url: _u, ...heading } = headingOf(record);
      const next: Clipping = { ...old, kicker: undefined, subtitle: undefined, publication: undefined, date: undefined, page: undefined, section: undefined, ...heading, updatedAt: now };
      for (const key of Object.keys(next) as (keyof Clipping)[]) if (next[key] === undefined) delete next[key];
      await db.clippings.put(next);
      const text = await db.clippingTexts.get(record.id);
      if (text) await db.clippingTexts.put(clippingTextRow(next, text.bodyText));
    }),
  );
}

/**
 * The cover rule on the write side: a highlight whose quote no stored body of its page holds is
 * put into the body it sits next to (extending that record), or becomes an item of its own, so
 * every highlight belongs to a record whose text contains it (core/article/cover-passage).
 */
import { planCover } from '../../core/article/cover-passage';
import type { ArticleRecord, Highlight } from '../../core/model';
import type { JianbaoDb } from '../db/database';
import { withStorage } from '../db/map-error';
import { normalizeText } from '../../core/text/normalize';
import { splitSentences } from '../../core/text/segment';
import { linkToArticle, type ArticleLink } from './link-article';

type QuotedHighlight = Pick<Highlight, 'pageUrl' | 'pageTitle' | 'exact' | 'selectors'>;

/** A short stable name for a passage (FNV-1a), so a retried save makes the same record. */
function passageKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Id of a passage that became an item of its own. */
export function passageIdFor(pageUrl: string, quote: string): string {
  return `${pageUrl}#passage-${passageKey(quote)}`;
}

function contextOf(highlight: QuotedHighlight): { prefix?: string; suffix?: string } {
  const selector = highlight.selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!selector || selector.type !== 'TextQuoteSelector') return {};
  return {
    ...(selector.prefix ? { prefix: normalizeText(selector.prefix).text } : {}),
    ...(selector.suffix ? { suffix: normalizeText(selector.suffix).text } : {}),
  };
}

/**
 * The link of a highlight, and the record to write when the cover rule had to change one (an
 * extended body) or make one (the passage's own item). `records` are the page's stored records.
 */
export function linkOrCover(records: ArticleRecord[], highlight: QuotedHighlight, now: number): { link?: ArticleLink; write?: ArticleRecord } {
  const link = linkToArticle(records, highlight.exact);
  // Nothing detected on the page (detection failed or never ran): no article claims the highlight.
  if (link || records.length === 0) return link ? { link } : {};
  const quote = normalizeText(highlight.exact).text.trim();
  if (!quote) return {};
  const plan = planCover(records, quote, contextOf(highlight));
  let record: ArticleRecord;
  if (plan.kind === 'extend') {
    const target = records.find((r) => r.id === plan.id)!;
    record = { ...target, bodyText: plan.bodyText, sentences: splitSentences(plan.bodyText), sources: { ...target.sources, cover: 'cover-passage' }, updatedAt: now };
  } else {
    // An item of its own shares the page's paper, date and 版 with the page's other records.
    const page = records[0];
    record = {
      id: passageIdFor(highlight.pageUrl, quote),
      url: highlight.pageUrl,
      title: (highlight.pageTitle || highlight.pageUrl).slice(0, 2000),
      authors: [],
      ...(page?.publication ? { publication: page.publication } : {}),
      ...(page?.date ? { date: page.date } : {}),
      ...(page?.page ? { page: page.page } : {}),
      ...(page?.section ? { section: page.section } : {}),
      ...(page?.language ? { language: page.language } : {}),
      bodyText: quote,
      sentences: splitSentences(quote),
      sources: { body: 'cover-passage' },
      createdAt: now,
      updatedAt: now,
    };
  }
  return { link: linkToArticle([record], highlight.exact), write: record };
}

/**
 * Links a new highlight to its page's record that contains it, extending or making one when none
 * does. `resized` links a stored highlight's new quote (a highlight extended over its neighbours).
 */
export function linkHighlight(db: JianbaoDb, highlight: QuotedHighlight & Pick<Highlight, 'id'>, now = Date.now(), resized = false): Promise<ArticleLink | undefined> {
  return withStorage(() =>
    db.transaction('rw', db.articles, db.annotations, async () => {
      // A retried save keeps what the first one stored (highlight-service): nothing to place.
      if (!resized && (await db.annotations.get(highlight.id))) return undefined;
      const records = await db.articles.where('url').equals(highlight.pageUrl).toArray();
      const { link, write } = linkOrCover(records, highlight, now);
      if (write) await db.articles.put(write);
      return link;
    }),
  );
}

/**
 * Article detection for the annotator: runs at most once per page view (first highlight,
 * popup open, or a page with stored highlights), never on plain page load, and sends the result
 * to the background, which normalises, segments and stores it.
 */
import { CONFIDENCE_FIELDS, type ArticleRecord, type FieldConfidences, type FieldEvidence } from '../../core/model';
import { detectArticle } from '../../dom/article/detect-article';
import { textPageBody } from '../../dom/article/text-page-body';
import { splitPageItems, type DomPageItem } from '../../dom/article/split-page-items';
import { MAX_PAGE_ITEMS } from '../../core/article/page-item-rules';
import type { DetectedArticle } from '../../messages';

/** Text all items of a page may carry together (the message's bound). */
const MAX_ITEMS_CHARS = 2_000_000;
import { call } from './messaging';

function truncate(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : text.slice(0, max);
}

/**
 * The detector's confidences as the message carries them: scores of the correctable fields (the
 * background holds unsure ones back as suggestions) and the evidence tags of every field, within
 * the schema's bounds (16 tags of 60 characters).
 */
function confidenceMessage(confidences: FieldConfidences): Pick<DetectedArticle, 'confidence' | 'evidence'> {
  const confidence: NonNullable<DetectedArticle['confidence']> = {};
  const evidence: FieldEvidence = {};
  for (const field of CONFIDENCE_FIELDS) {
    const entry = confidences[field];
    if (!entry) continue;
    if (field !== 'body') confidence[field] = Math.max(0, Math.min(1, entry.score));
    evidence[field] = entry.evidence.slice(0, 16).map((e) => e.slice(0, 60));
  }
  return { confidence, evidence };
}

/** What the annotator knows of the page: the message for the background, and the DOM behind it. */
export interface PageDetection {
  article: DetectedArticle;
  /** The DOM blocks of the body (for its images). */
  bodyElements: Element[];
  /** A page holding several articles: each item's DOM, in the order of `article.items`. */
  items?: DomPageItem[];
}

/**
 * The page's article(s) for the background. An html page that holds several articles
 * (split-page-items) is sent as its items, one record each, as a raw text page is segmented
 * into its items in the background.
 */
export function detectPage(doc: Document, pageUrl: string): PageDetection {
  const detected = detectArticle(doc, pageUrl);
  const article = plainDescription(doc, pageUrl, detected);
  if (article.kind === 'html') {
    const split = splitPageItems(doc, detected.body, detected.walk);
    if (split) {
      const items = split.items.slice(0, MAX_PAGE_ITEMS);
      let budget = MAX_ITEMS_CHARS;
      article.items = items.map((item) => {
        const bodyText = item.body.text.slice(0, Math.max(0, budget));
        budget -= bodyText.length;
        return {
          title: truncate(item.title, 2000)!,
          ...(item.kicker ? { kicker: truncate(item.kicker, 2000) } : {}),
          ...(item.subtitle ? { subtitle: truncate(item.subtitle, 2000) } : {}),
          authors: item.authors.slice(0, 100).map((a) => ({ name: a.name.slice(0, 200), role: a.role })),
          ...(item.date ? { date: item.date.slice(0, 40) } : {}),
          bodyText,
        };
      });
      // The items carry the text; the page's own body would only repeat it.
      article.bodyText = '';
      return { article, bodyElements: detected.body.elements, items };
    }
  }
  return { article, bodyElements: detected.body.elements };
}

export function describePage(doc: Document, pageUrl: string): DetectedArticle {
  return detectPage(doc, pageUrl).article;
}

function plainDescription(doc: Document, pageUrl: string, detected: ReturnType<typeof detectArticle>): DetectedArticle {
  const rawText = textPageBody(doc);
  const sources: Record<string, string> = {};
  for (const [field, source] of Object.entries(detected.sources ?? {})) {
    if (typeof source === 'string') sources[field.slice(0, 40)] = source.slice(0, 100);
  }
  return {
    kind: rawText ? 'text-page' : 'html',
    url: pageUrl,
    title: truncate(detected.title || doc.title || pageUrl, 2000)!,
    ...(detected.kicker ? { kicker: truncate(detected.kicker, 2000) } : {}),
    ...(detected.subtitle ? { subtitle: truncate(detected.subtitle, 2000) } : {}),
    authors: detected.authors.slice(0, 100).map((a) => ({ name: a.name.slice(0, 200), role: a.role })),
    ...(detected.date ? { date: detected.date.slice(0, 40) } : {}),
    ...(detected.publication ? { publication: truncate(detected.publication, 2000) } : {}),
    ...(detected.page ? { page: detected.page.slice(0, 40) } : {}),
    ...(detected.section ? { section: truncate(detected.section, 2000) } : {}),
    ...(detected.language ? { language: detected.language.slice(0, 40) } : {}),
    bodyText: (rawText ?? detected.body.text).slice(0, 2_000_000),
    sources,
    ...confidenceMessage(detected.fieldConfidence),
  };
}

export class PageArticle {
  private pending: Promise<ArticleRecord[]> | null = null;

  constructor(private readonly doc: Document) {}

  /** The stored article records of this page view, detecting them once. */
  ensure(pageUrl: string): Promise<ArticleRecord[]> {
    this.pending ??= call('cs-bg:save-article', { article: describePage(this.doc, pageUrl) }).catch((error) => {
      this.pending = null; // let a later attempt try again
      throw error;
    });
    return this.pending;
  }

  /** After a single-page-app navigation the page shows another article. */
  reset(): void {
    this.pending = null;
  }
}

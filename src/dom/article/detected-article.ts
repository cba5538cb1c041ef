/**
 * The result of article detection. `body.elements` holds live DOM references (for anchoring
 * and painting); `toPlainArticle` drops them for the CLI, the benchmark and messages.
 */
import type { FieldConfidences, FieldSources, Person } from '../../core/model';

/** Detected article fields, every one optional except what a reader always needs. */
export interface ArticleFields {
  isArticle: boolean;
  /** 0–1: how sure the detector is that the page is one article. */
  confidence: number;
  title?: string;
  /** 引题: the line above the headline. */
  kicker?: string;
  /** 副题: the line below the headline. */
  subtitle?: string;
  authors: Person[];
  /** ISO 8601 date or date-time. */
  date?: string;
  publication?: string;
  /** Print page (版次), e.g. "A01" or "2". */
  page?: string;
  /** Page name / section (版名). */
  section?: string;
  language?: string;
  canonicalUrl?: string;
  /** Where each field came from, e.g. { title: "json-ld", date: "epaper-url", body: "enpcontent" }. */
  sources: FieldSources;
  /**
   * Confidence 0–1 and evidence per detected field (title, kicker, subtitle, authors, date,
   * publication, page, section, body). Below FACT_THRESHOLD (core/article/field-confidence) a
   * field is a suggestion: kept, shown to the reader to confirm, left out of exports.
   */
  fieldConfidence: FieldConfidences;
}

/** Article detection result with DOM references. */
/**
 * What the one block walk of detection saw, for the multi-article split to reuse instead of walking
 * the page again (split-page-items.ts). Dropped by toPlainArticle.
 */
export interface PageWalk {
  /** Every text block of the page in reading order (collect-blocks.ts). */
  blocks: import('./collect-blocks').TextBlock[];
  /** Headings (h1–h6, role=heading) and <time> elements the walk entered, in document order. */
  marks: Element[];
}

export interface DetectedArticle extends ArticleFields {
  walk?: PageWalk;
  body: {
    /** Block elements of the body in reading order. */
    elements: Element[];
    /** Body text, paragraphs separated by a blank line. */
    text: string;
  };
}

/** The result without DOM references: safe to serialise or post as a message. */
export interface PlainArticle extends ArticleFields {
  body: { text: string };
}

/** Drops the element references of a detection result. */
export function toPlainArticle(article: DetectedArticle): PlainArticle {
  const { body, walk: _walk, ...fields } = article;
  return { ...fields, body: { text: body.text } };
}

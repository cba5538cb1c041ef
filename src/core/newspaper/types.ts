/** The shapes segmentPage returns. Spans are UTF-16 offsets into the input text, end exclusive. */
import type { Person, Span } from '../model';

/** What an item of a newspaper page is. */
export type PageItemKind = 'article' | 'photo' | 'column' | 'ad' | 'continuation' | 'other';

/** One item of a page: an article, a photo with its caption, a column, an ad or a continued article. */
export interface PageItem {
  kind: PageItemKind;
  /** Kicker, title and subtitle lines. */
  headline: Span[];
  /** Byline lines of their own (□ 记者 X 通讯员 Y, By …). */
  byline: Span[];
  /** Body lines, including an inline dateline and subheads. */
  body: Span[];
  /** Credits, signatures, quote attributions, continuation markers, editor lines. */
  other: Span[];
  /** Body paragraphs (input spans). */
  paragraphs: Span[];
  /** Body sentences (input spans). */
  sentences: Span[];
  /** Subhead lines inside the body. */
  subheads: Span[];
  kicker?: string;
  title?: string;
  subtitle?: string;
  people: Person[];
  /** Where the article came from, e.g. "第1版" or "Page A1". */
  continuedFrom?: string;
  /** Where the article goes on, e.g. "第2版" or "Page A6". */
  continuedTo?: string;
  /** Normalised body text, paragraphs separated by a blank line (what the article record stores). */
  bodyText: string;
  /** Sentence spans in bodyText. */
  bodySentences: Span[];
}

/** The result of segmenting a page. */
export interface PageSegmentation {
  items: PageItem[];
}

/**
 * The types every layer shares: highlights (stored as W3C selectors), articles and the
 * people named in them. Kept free of DOM and browser types so core code and tests can use them.
 */

import type { ClippingSettings } from './clippings/clipping';

/** A half-open span of UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** W3C TextQuoteSelector: the quoted text with some context on either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: offsets into the text model of the article root. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * A DOM hint in the shape Hypothesis also stores: XPaths of the start and end containers
 * relative to the root, with character offsets inside them. Only trusted when the text it
 * points at still equals the quote.
 */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}

/**
 * The page of a PDF a highlight is on (Hypothesis's PageSelector): 0-based index and the
 * page's label when the PDF has one. With it an export carries the page.
 */
export interface PageSelector {
  type: 'PageSelector';
  index: number;
  label?: string;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector | PageSelector;

export type AnchorStatus = 'anchored' | 'orphan' | 'pending';

export type PersonRole = 'reporter' | 'correspondent' | 'photographer' | 'editor' | 'author';

export interface Person {
  name: string;
  role: PersonRole;
}

/** One stored highlight (table `annotations`). */
export interface Highlight {
  /** uuid made by the client, so a retried save is idempotent. */
  id: string;
  /** Canonical, normalised page URL (see core/url/canonical-url). */
  pageUrl: string;
  pageTitle: string;
  /** The article record this highlight belongs to, when known. */
  articleId?: string;
  /** Sentence indexes [first, last] inside the article's sentence list, when known. */
  sentenceRange?: [number, number];
  exact: string;
  selectors: Selector[];
  /** Key of a colour in the settings palette (e.g. "yellow"). */
  color: string;
  note: string;
  tags: string[];
  /** Search tokens (CJK words + bigrams, Latin lower-case words) for the multi-entry index. */
  tokens: string[];
  status: AnchorStatus;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** Where a detected field came from, e.g. "json-ld", "og", "founder-comment", "text-byline". */
export type FieldSources = Partial<Record<string, string>>;

/** The article fields a reader can correct in the popup (headline, byline, edition details). */
export const CORRECTABLE_FIELDS = ['title', 'kicker', 'subtitle', 'authors', 'date', 'publication', 'page', 'section'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The values of the correctable fields; an absent optional field (or no authors) means "none". */
export interface ArticleFields {
  title: string;
  kicker?: string;
  subtitle?: string;
  authors: Person[];
  date?: string;
  publication?: string;
  page?: string;
  section?: string;
}

/** Fields whose detection carries a confidence: the correctable ones and the body. */
export const CONFIDENCE_FIELDS = [...CORRECTABLE_FIELDS, 'body'] as const;
export type ConfidenceField = (typeof CONFIDENCE_FIELDS)[number];

/**
 * How sure detection is of one field, and why: `score` 0–1 (a fact from FACT_THRESHOLD up, a
 * suggestion below it), `evidence` short tags, the source first: "json-ld", "text-byline",
 * "role-word", "near-headline", "surname", "agrees:og", … (docs/architecture/extract.md).
 */
export interface FieldConfidence {
  score: number;
  evidence: string[];
}

/** Confidence per detected field; a field without an entry was not detected. */
export type FieldConfidences = Partial<Record<ConfidenceField, FieldConfidence>>;

/** Evidence tags per field, as the latest detection gave them (scores are in `confidence`). */
export type FieldEvidence = Partial<Record<ConfidenceField, string[]>>;

/** One stored article (table `articles`). */
export interface ArticleRecord {
  /** Stable id: the canonical URL, plus `#item-N` for one item of a multi-article page. */
  id: string;
  url: string;
  title: string;
  kicker?: string;
  subtitle?: string;
  authors: Person[];
  publication?: string;
  /** Edition / publication date, ISO 8601 (date or date-time). */
  date?: string;
  /** Print page (版次), e.g. "A01" or "2". */
  page?: string;
  /** Page name / section (版名). */
  section?: string;
  language?: string;
  /** Normalised body text; paragraphs separated by a blank line. */
  bodyText: string;
  /** Sentence spans in bodyText. */
  sentences: Span[];
  sources: FieldSources;
  /**
   * Fields the reader set or confirmed, with when (ms). Their values in this record are the
   * reader's and win over every later detection (see core/article/article-corrections).
   */
  readerFields?: Partial<Record<CorrectableField, number>>;
  /**
   * What the latest detection found for the fields that show something else here: the reader's
   * fields (so the reader can go back to it) and the held-back suggestions.
   */
  detected?: Partial<ArticleFields>;
  /** Fields detection was unsure of: held back (absent here, so exports leave them out), shown to confirm. */
  suggested?: CorrectableField[];
  /** Detection confidence per field, 0–1, when the detector gave one. */
  confidence?: Partial<Record<CorrectableField, number>>;
  /** Why detection gave those confidences: evidence tags per field (see FieldConfidence). */
  evidence?: FieldEvidence;
  createdAt: number;
  updatedAt: number;
}

/** A colour of the highlight palette, editable in the options page. */
export interface PaletteColor {
  key: string;
  name: string;
  /** CSS colour, e.g. "#ffe066". */
  value: string;
}

export interface Settings {
  palette: PaletteColor[];
  defaultColor: string;
  exportFormat: string;
  citationStyle: string;
  snapToWords: boolean;
  /**
   * Paint highlights in an overlay inside Jianbao's closed shadow root instead of the CSS Custom
   * Highlight API, whose registry page scripts can read (docs/architecture/privacy.md). Absent
   * in settings stored before it existed: off.
   */
  hideHighlightsFromPage?: boolean;
  excludedSites: string[];
  /** The clipping book: images on or off, and the size limits of stored images. */
  clipping: ClippingSettings;
}

/**
 * The one message protocol between the content script, the popup/options pages and the
 * background. Each direction has its own call map; the tag of a message carries its direction
 * (`cs-bg:…`, `ui-bg:…`, `bg-cs:…`) so a log line shows who sent it. The background validates
 * every incoming message against the schema here before a service sees it, and replies with
 * a Result (ok/value or ok/error) because Error objects do not survive structured clone.
 */
import * as v from 'valibot';
import type { SyncStatus } from './core/sync/sync-errors';
import type { Failure, Result } from './core/errors';
import { fail } from './core/errors';
import { MAX_IMAGES_PER_CLIPPING, type Clipping } from './core/clippings/clipping';
import { CORRECTABLE_FIELDS, type ArticleRecord, type Highlight, type Settings } from './core/model';
import { OffsetSchema, SentenceRangeSchema, TimestampSchema } from './core/model-bounds';
import { ColorKeySchema } from './core/settings/color-rules';
import { FieldEvidenceSchema } from './core/article/field-confidence-schema';
import { MAX_PAGE_ITEMS } from './core/article/page-item-rules';
import { citationRequestSchema } from './core/citation/citation-request';
import type { RenderedCitations, StyleFallback } from './core/citation/style-fallback';

export const MAX_QUOTE_CHARS = 20_000;
const MAX_NOTE_CHARS = 20_000;
/** About 2 MB of text: more than any newspaper article; bigger payloads are refused. */
const MAX_BODY_CHARS = 2_000_000;
/**
 * The old in-message import (`ui-bg:import-file`, kept for small seeding in the e2e tests): the
 * options page restores files itself now, so any size rule here is only the messaging cap.
 */
const MAX_IMPORT_CHARS = 50 * 1024 * 1024;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** The page address of a PDF's highlights and articles: its pdf.js fingerprint (src/core/pdf/pdf-address.ts). */
const PDF_PAGE_URL = /^urn:x-pdf:[0-9a-f]{16,64}$/u;
const url = v.pipe(v.string(), v.maxLength(8_000), v.url());
const shortText = v.pipe(v.string(), v.maxLength(2_000));
const offset = OffsetSchema;
/** A tab id: a non-negative integer (Chrome's and Firefox's are well below 2^31). */
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31 - 1));
const colorKey = ColorKeySchema;
const tags = v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50));
/** The one-time ticket of a note editor frame (a uuid the background made). */
const noteToken = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));
export const MAX_NOTE_LENGTH = MAX_NOTE_CHARS;

export const selectorSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_CHARS)),
    prefix: v.pipe(v.string(), v.maxLength(1_000)),
    suffix: v.pipe(v.string(), v.maxLength(1_000)),
  }),
  v.pipe(
    v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
    v.check((s) => s.end >= s.start, 'end is before start'),
  ),
  v.strictObject({
    type: v.literal('RangeSelector'),
    startContainer: shortText,
    startOffset: offset,
    endContainer: shortText,
    endOffset: offset,
  }),
  v.strictObject({
    type: v.literal('PageSelector'),
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
    label: v.optional(v.pipe(v.string(), v.maxLength(40))),
  }),
]);

export const personSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  role: v.picklist(['reporter', 'correspondent', 'photographer', 'editor', 'author']),
});

export const newHighlightSchema = v.strictObject({
  id,
  pageUrl: url,
  pageTitle: shortText,
  exact: v.pipe(
    v.string(),
    v.maxLength(MAX_QUOTE_CHARS),
    v.check((s) => s.trim().length > 0, 'the quote is empty or only whitespace'),
  ),
  selectors: v.pipe(v.array(selectorSchema), v.minLength(1), v.maxLength(5)),
  color: colorKey,
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS))),
  tags: v.optional(tags),
  articleId: v.optional(v.pipe(v.string(), v.maxLength(8_100))),
  sentenceRange: v.optional(SentenceRangeSchema),
});

/** A whole stored highlight, as a delete returned it (for undo). */
export const storedHighlightSchema = v.strictObject({
  ...newHighlightSchema.entries,
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)),
  tags,
  tokens: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(20_000)),
  status: v.picklist(['anchored', 'orphan', 'pending']),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export const highlightChangesSchema = v.strictObject({
  color: v.optional(colorKey),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS))),
  tags: v.optional(tags),
});

const correctableFieldSchema = v.picklist(CORRECTABLE_FIELDS);

/** A calendar day (YYYY-MM-DD), a month edition (YYYY-MM) or a year that exists; '' clears the date. */
export function isEditionDate(text: string): boolean {
  if (text === '') return true;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return Number(year) >= 1000;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/**
 * The reader's values for an article's fields (popup heading editor). The bounds are those of a
 * detected article; '' (or no authors) means "none". The headline cannot be emptied.
 */
export const articleFieldValuesSchema = v.strictObject({
  title: v.optional(v.pipe(shortText, v.check((s) => s.trim().length > 0, 'the headline is empty'))),
  kicker: v.optional(shortText),
  subtitle: v.optional(shortText),
  authors: v.optional(v.pipe(v.array(personSchema), v.maxLength(100))),
  date: v.optional(v.pipe(v.string(), v.maxLength(40), v.check(isEditionDate, 'not a calendar date (YYYY-MM-DD)'))),
  publication: v.optional(shortText),
  page: v.optional(v.pipe(v.string(), v.maxLength(40))),
  section: v.optional(shortText),
});

/** One correction: set fields, confirm suggestions (or shown values) as the reader's, go back to detection. */
export const articleCorrectionSchema = v.pipe(
  v.strictObject({
    set: v.optional(articleFieldValuesSchema),
    confirm: v.optional(v.pipe(v.array(correctableFieldSchema), v.maxLength(CORRECTABLE_FIELDS.length))),
    revert: v.optional(v.pipe(v.array(correctableFieldSchema), v.maxLength(CORRECTABLE_FIELDS.length))),
  }),
  v.check((c) => {
    const named = [...Object.keys(c.set ?? {}), ...(c.confirm ?? []), ...(c.revert ?? [])];
    return named.length > 0 && new Set(named).size === named.length;
  }, 'a correction names each field once, and at least one'),
);


/** One article of a page that holds several (src/dom/article/split-page-items), as detected. */
export const detectedItemSchema = v.strictObject({
  title: v.pipe(shortText, v.check((s) => s.trim().length > 0, 'an item has no headline')),
  kicker: v.optional(shortText),
  subtitle: v.optional(shortText),
  authors: v.pipe(v.array(personSchema), v.maxLength(100)),
  date: v.optional(v.pipe(v.string(), v.maxLength(40))),
  /** The item's own print page (版次) when the items come from several pages (a PDF). */
  page: v.optional(v.pipe(v.string(), v.maxLength(40))),
  bodyText: v.pipe(v.string(), v.maxLength(MAX_BODY_CHARS)),
});

/** An article as the content script detected it (DOM references already dropped). */
export const detectedArticleSchema = v.strictObject({
  /** 'html' for an article page; 'text-page' for raw newspaper text (a <pre>, a .txt page). */
  kind: v.picklist(['html', 'text-page']),
  url,
  title: shortText,
  kicker: v.optional(shortText),
  subtitle: v.optional(shortText),
  authors: v.pipe(v.array(personSchema), v.maxLength(100)),
  date: v.optional(v.pipe(v.string(), v.maxLength(40))),
  publication: v.optional(shortText),
  page: v.optional(v.pipe(v.string(), v.maxLength(40))),
  section: v.optional(shortText),
  language: v.optional(v.pipe(v.string(), v.maxLength(40))),
  bodyText: v.pipe(v.string(), v.maxLength(MAX_BODY_CHARS)),
  sources: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string(), v.maxLength(100))),
    v.check((r) => Object.keys(r).length <= 100, 'more than 100 field sources'),
  ),
  /** Detection confidence per correctable field, 0–1; a field below SUGGESTION_BELOW is stored as a suggestion. */
  confidence: v.optional(v.record(correctableFieldSchema, v.pipe(v.number(), v.minValue(0), v.maxValue(1)))),
  /** The evidence behind each confidence (source first, then checks), as tags. */
  evidence: v.optional(FieldEvidenceSchema),
  /**
   * An html page that holds several articles: one entry per item, stored as `URL#item-N`
   * (the page's own fields above give what the items share: date, paper, 版).
   */
  items: v.optional(
    v.pipe(
      v.array(detectedItemSchema),
      v.minLength(2),
      v.maxLength(MAX_PAGE_ITEMS),
      v.check((items) => items.reduce((sum, i) => sum + i.bodyText.length, 0) <= MAX_BODY_CHARS, 'the items hold more text than one page may'),
    ),
  ),
});
export type DetectedArticle = v.InferOutput<typeof detectedArticleSchema>;

/** An image the page shows inside the article, as the annotator found it (core/clippings). */
export const imageCandidateSchema = v.strictObject({
  src: url,
  alt: v.pipe(v.string(), v.maxLength(2_000)),
  caption: v.pipe(v.string(), v.maxLength(2_000)),
  paragraph: offset,
  width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))),
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))),
});

/** A clip request: the page's article and its images; a quote picks the item of a multi-article page. */
export const clipRequestSchema = v.strictObject({
  article: detectedArticleSchema,
  // The annotator offers at most the book's image count, so a request cannot ask for more fetches.
  images: v.pipe(v.array(imageCandidateSchema), v.maxLength(MAX_IMAGES_PER_CLIPPING)),
  quote: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS))),
  onlyIfNew: v.optional(v.boolean()),
  /** Without a quote, the item of a multi-article page the reader is looking at (its index in `article.items`). */
  item: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PAGE_ITEMS - 1))),
});

export const clippingChangesSchema = v.strictObject({
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS))),
  tags: v.optional(tags),
});

const anchoringResultSchema = v.strictObject({
  id,
  status: v.picklist(['anchored', 'orphan', 'pending']),
});

/** Content script → background. */
export const CONTENT_TO_BACKGROUND = {
  /** The page finished loading; the background injects the annotator if the page has highlights. */
  'cs-bg:page-opened': v.strictObject({ pageUrl: url }),
  /** The reader selected text: inject the annotator (selection toolbar, painting) into this frame. */
  'cs-bg:inject-annotator': v.strictObject({}),
  /** Store a new highlight. */
  'cs-bg:save-highlight': v.strictObject({ highlight: newHighlightSchema }),
  'cs-bg:update-highlight': v.strictObject({ id, changes: highlightChangesSchema }),
  'cs-bg:delete-highlight': v.strictObject({ id }),
  /**
   * A new selection over stored highlights: highlight `id` grows to the selection's union with
   * them (new quote and selectors) and takes the colour; the others (`absorb`) join it.
   */
  'cs-bg:extend-highlight': v.strictObject({
    id,
    exact: newHighlightSchema.entries.exact,
    selectors: newHighlightSchema.entries.selectors,
    color: colorKey,
    absorb: v.pipe(v.array(id), v.maxLength(100)),
  }),
  /** Undo of a delete: put the exact record back. */
  'cs-bg:restore-highlight': v.strictObject({ highlight: storedHighlightSchema }),
  /** The highlights stored for a page. */
  'cs-bg:list-page-highlights': v.strictObject({ pageUrl: url }),
  /** How each highlight anchored; updates orphan state and the toolbar badge. */
  'cs-bg:report-anchoring': v.strictObject({
    pageUrl: url,
    results: v.pipe(v.array(anchoringResultSchema), v.maxLength(100_000)),
  }),
  /** Store (or refresh) the article record(s) of the page; returns the stored records. */
  'cs-bg:save-article': v.strictObject({ article: detectedArticleSchema }),
  'cs-bg:get-settings': v.strictObject({}),
  /**
   * The reader wants to write the note of a highlight: the background issues a ticket for the
   * note editor frame (an extension page) that the annotator embeds. The note itself never
   * passes through the page or the annotator on its way to storage.
   */
  'cs-bg:open-note-editor': v.strictObject({ id }),
  /** Clip the page's article into the book (the clip button, menu, shortcut, or a first highlight). */
  'cs-bg:clip-article': clipRequestSchema,
  /**
   * "Copy with citation" in the highlight menu: the quote, note and reference of a stored
   * highlight of this page, in the reader's style, made by the engine host (the page's scripts
   * carry no engine).
   */
  'cs-bg:cite-highlight': v.strictObject({ id }),
} as const;

/** Popup / options → background. */
export const UI_TO_BACKGROUND = {
  /** Ask the active tab's content script what page it shows (fails with NoContentScript). */
  'ui-bg:page-info': v.strictObject({ tabId }),
  'ui-bg:scroll-to-highlight': v.strictObject({ tabId, id }),
  'ui-bg:update-highlight': v.strictObject({ id, changes: highlightChangesSchema }),
  'ui-bg:delete-highlight': v.strictObject({ id }),
  'ui-bg:restore-highlight': v.strictObject({ highlight: storedHighlightSchema }),
  /** "Find again": the tab's annotator re-anchors the page's stored highlights (orphans included). */
  'ui-bg:find-again': v.strictObject({ tabId }),
  /**
   * Restore / import: the file's text, parsed and validated again here (the page that sent it
   * is not trusted either), then written in one transaction; a backup's settings are applied.
   */
  'ui-bg:import-file': v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS)) }),
  /** The reader corrects (or confirms, or reverts) fields of a stored article; returns the merged record. */
  'ui-bg:correct-article': v.strictObject({ articleId: v.pipe(v.string(), v.minLength(1), v.maxLength(8_100)), correction: articleCorrectionSchema }),
  /**
   * The options page restored or imported a file itself (options/restore-file.ts, same origin as
   * the database): the background tells open tabs to repaint. Carries no data.
   */
  'ui-bg:imported': v.strictObject({}),
  /**
   * "Delete everything" (after the options page asked for confirmation): every highlight and
   * article. With sync on the reader chose where: `here` (this browser only: sync is turned off
   * here and its tables emptied, the server keeps everything) or `everywhere` (the next sync
   * deletes them on the server and every syncing browser). Without sync: `scope` is absent.
   */
  'ui-bg:delete-everything': v.strictObject({ confirm: v.literal(true), scope: v.optional(v.picklist(['here', 'everywhere'])) }),
  /** The note editor frame asks what its ticket is for (only in the tab the ticket was made for). */
  'ui-bg:note-session': v.strictObject({ token: noteToken }),
  /** The note editor frame saves the note and tags; the ticket is used up. */
  'ui-bg:save-note': v.strictObject({ token: noteToken, note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)), tags }),
  /** The reader cancelled (Escape, Cancel): the ticket is dropped and the annotator closes the frame. */
  'ui-bg:close-note': v.strictObject({ token: noteToken }),
  /** The popup's "Clip this article": the tab's annotator detects the article and clips it. */
  'ui-bg:clip-tab': v.strictObject({ tabId }),
  /** The book: a note on the whole article, its tags. */
  'ui-bg:update-clipping': v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(8_100)), changes: clippingChangesSchema }),
  'ui-bg:delete-clipping': v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(8_100)) }),
  /** Citations by the engine host (citeproc-js with the style named, a bundled id or the reader's "custom:…"). */
  'ui-bg:render-citations': citationRequestSchema,
  /** Options → Sync now (a full comparison of every record with its sync metadata). */
  'ui-bg:sync-now': v.strictObject({}),
  /** Popup: the reader chose the note text that ends a sync conflict (any of the versions, or an edit). */
  'ui-bg:resolve-note-conflict': v.strictObject({ id, note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)) }),
  /** The clipping book: the reader chose the note on the whole article that ends a sync conflict. */
  'ui-bg:resolve-clipping-note-conflict': v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(8_100)), note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)) }),
  /**
   * The PDF reader page (viewer/): a PDF's items as one page of several articles, its
   * highlights. Only addresses of the form urn:x-pdf:<fingerprint> (the PDF's identity, as
   * Hypothesis has it), so an extension page cannot write under a web page's address this way.
   */
  'ui-bg:save-pdf-article': v.strictObject({ article: v.pipe(detectedArticleSchema, v.check((a) => PDF_PAGE_URL.test(a.url), 'not a PDF address')) }),
  'ui-bg:save-pdf-highlight': v.strictObject({ highlight: v.pipe(newHighlightSchema, v.check((h) => PDF_PAGE_URL.test(h.pageUrl), 'not a PDF address')) }),
  'ui-bg:list-pdf-highlights': v.strictObject({ pageUrl: v.pipe(v.string(), v.regex(PDF_PAGE_URL)) }),
  /** How the PDF's highlights anchored in the reader: orphan state and the reader tab's badge, as for a page. */
  'ui-bg:report-pdf-anchoring': v.strictObject({
    pageUrl: v.pipe(v.string(), v.regex(PDF_PAGE_URL)),
    results: v.pipe(v.array(anchoringResultSchema), v.maxLength(100_000)),
  }),
  /** The popup's "Clip this article" on a reader tab: the PDF's item in view, as text (no images). */
  'ui-bg:clip-pdf-article': v.pipe(clipRequestSchema, v.check((r) => PDF_PAGE_URL.test(r.article.url) && r.images.length === 0, 'not a PDF clip')),
  /** The reader's highlight menu, "Copy with citation": quote, note and reference of a PDF's highlight. */
  'ui-bg:cite-pdf-highlight': v.strictObject({ id }),
  /** Options: drop the images of clippings older than a day (optionally of one paper). */
  'ui-bg:drop-clipping-images': v.strictObject({
    before: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u)),
    publication: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  }),
} as const;

export type ContentToBackground = typeof CONTENT_TO_BACKGROUND;
export type UiToBackground = typeof UI_TO_BACKGROUND;
type AnyRequests = ContentToBackground & UiToBackground;
export type RequestType = keyof AnyRequests;
export type RequestPayload<K extends RequestType> = v.InferOutput<AnyRequests[K]>;

/** What a page reports about itself. */
export interface PageInfo {
  pageUrl: string;
  title: string;
  articleIds: string[];
}

/** The value each request answers with (inside a Result). */
export interface ResponseMap {
  'cs-bg:page-opened': { highlightCount: number; injected: boolean };
  'cs-bg:inject-annotator': { injected: boolean };
  'cs-bg:save-highlight': Highlight;
  'ui-bg:save-pdf-article': ArticleRecord[];
  'ui-bg:save-pdf-highlight': Highlight;
  'ui-bg:list-pdf-highlights': Highlight[];
  'ui-bg:report-pdf-anchoring': { orphans: number };
  'ui-bg:cite-pdf-highlight': { text: string; fallback?: StyleFallback };
  'ui-bg:clip-pdf-article': ClipReport;
  'cs-bg:update-highlight': Highlight;
  'cs-bg:delete-highlight': Highlight;
  'cs-bg:extend-highlight': { highlight: Highlight; removed: string[] };
  'cs-bg:restore-highlight': Highlight;
  'cs-bg:list-page-highlights': Highlight[];
  'cs-bg:report-anchoring': { orphans: number };
  'cs-bg:save-article': ArticleRecord[];
  'cs-bg:get-settings': Settings;
  'cs-bg:open-note-editor': { token: string };
  'ui-bg:page-info': PageInfo;
  'ui-bg:scroll-to-highlight': { found: boolean };
  'ui-bg:update-highlight': Highlight;
  'ui-bg:delete-highlight': Highlight;
  'ui-bg:restore-highlight': Highlight;
  'ui-bg:find-again': { repainted: number };
  'ui-bg:import-file': ImportReport;
  'ui-bg:imported': { notified: boolean };
  'ui-bg:delete-everything': { highlights: number; articles: number; clippings: number };
  'ui-bg:correct-article': ArticleRecord;
  'ui-bg:note-session': NoteSession;
  'ui-bg:save-note': { saved: true };
  'ui-bg:close-note': { closed: boolean };
  'cs-bg:clip-article': ClipReport;
  'ui-bg:clip-tab': ClipReport;
  'ui-bg:update-clipping': Clipping;
  'ui-bg:delete-clipping': { removed: boolean };
  'ui-bg:drop-clipping-images': { clippings: number; bytes: number };
  'ui-bg:render-citations': RenderedCitations;
  /** `fallback`: the reader's style could not be used; the text is in the default style. */
  'cs-bg:cite-highlight': { text: string; fallback?: StyleFallback };
  'ui-bg:sync-now': SyncStatus;
  'ui-bg:resolve-note-conflict': Highlight;
  'ui-bg:resolve-clipping-note-conflict': Clipping;
}

/** What a clip did: the clippings made or refreshed, and the images kept and left out. */
export interface ClipReport {
  clippings: { id: string; title: string; created: boolean }[];
  images: number;
  imagesSkipped: number;
}

/** What the note editor frame shows: the highlight's note and tags, and the tags in use. */
export interface NoteSession {
  exact: string;
  note: string;
  tags: string[];
  knownTags: string[];
}

/** Added / updated / unchanged records of one table after an import. */
export interface ImportTableCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** What a restore or import did, for the options page to show. */
export interface ImportReport {
  source: 'jianbao-backup' | 'w3c' | 'hypothesis';
  articles: ImportTableCounts;
  highlights: ImportTableCounts;
  /** The clipping book (a clipping counts with its text and images). */
  clippings: ImportTableCounts;
  settingsRestored: boolean;
  warnings: string[];
}

/** The keyboard shortcuts (manifest `commands`, besides `_execute_action`) and context-menu items. */
export const COMMANDS = ['highlight', 'highlight-note', 'highlight-sentence', 'clip-article'] as const;
export type Command = (typeof COMMANDS)[number];

/** Background → content script. */
export interface BackgroundToContent {
  /** A keyboard shortcut or context-menu item: act on the current selection or caret. */
  'bg-cs:command': { command: Command; color?: string };
  /** Report the page's canonical URL, title and detected article (detection runs now, once). */
  'bg-cs:page-info': Record<string, never>;
  'bg-cs:scroll-to-highlight': { id: string };
  /**
   * Stored highlights changed elsewhere (popup, import): repaint from storage. With `pageUrls`,
   * only tabs showing one of those pages repaint; without, every tab does.
   */
  'bg-cs:highlights-changed': { pageUrls?: string[] };
  /**
   * The note editor frame of `token` is done: saved (with the stored record, so the annotator's
   * copy is current) or cancelled. The annotator takes the frame away.
   */
  'bg-cs:note-editor-closed': { token: string; highlight?: Highlight };
  /**
   * One highlight was edited or put back elsewhere (popup): a page showing it repaints that one
   * (colour, note, tags; anchors it if it is not painted yet), without re-anchoring the rest.
   */
  'bg-cs:highlight-stored': { highlight: Highlight };
  /** One highlight was deleted elsewhere: a page showing it removes its paint. */
  'bg-cs:highlight-removed': { id: string; pageUrl: string };
  /** Clip the page's article (the popup's button); answers with what was clipped. */
  'bg-cs:clip': Record<string, never>;
}

export interface BackgroundToContentResponses {
  'bg-cs:command': { done: boolean };
  'bg-cs:page-info': PageInfo;
  'bg-cs:scroll-to-highlight': { found: boolean };
  'bg-cs:highlights-changed': { repainted: number };
  'bg-cs:note-editor-closed': { closed: boolean };
  'bg-cs:highlight-stored': { repainted: number };
  'bg-cs:highlight-removed': { repainted: number };
  'bg-cs:clip': ClipReport;
}

export type ContentEnvelope<K extends keyof BackgroundToContent = keyof BackgroundToContent> = {
  type: K;
  payload: BackgroundToContent[K];
};

export type ValidatedRequest =
  | { ok: true; type: RequestType; payload: unknown; direction: 'cs-bg' | 'ui-bg' }
  | Failure;

/**
 * Checks an unknown incoming value: an object with a known `type` and a payload that passes
 * that type's schema. Anything else becomes an InvalidMessage / UnknownMessage failure.
 */
export function validateRequest(message: unknown): ValidatedRequest {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return fail('InvalidMessage', 'A message must be an object with a type and a payload.');
  }
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string') return fail('InvalidMessage', 'The message has no type.');
  const schema =
    (Object.hasOwn(CONTENT_TO_BACKGROUND, type) && CONTENT_TO_BACKGROUND[type as keyof ContentToBackground]) ||
    (Object.hasOwn(UI_TO_BACKGROUND, type) && UI_TO_BACKGROUND[type as keyof UiToBackground]) ||
    undefined;
  if (!schema) return fail('UnknownMessage', `Unknown message type "${type.slice(0, 60)}".`);
  const parsed = v.safeParse(schema, payload ?? {});
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') || '(payload)';
    return fail('InvalidMessage', `${type}: ${path}: ${issue.message}`);
  }
  return { ok: true, type: type as RequestType, payload: parsed.output, direction: type.startsWith('cs-bg:') ? 'cs-bg' : 'ui-bg' };
}

/** What the background answers to a request of type K. */
export type Reply<K extends RequestType> = Result<ResponseMap[K]>;

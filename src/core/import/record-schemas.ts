/**
 * valibot schemas of the stored records, used to validate backups. Objects keep only the
 * fields the model knows, so nothing unexpected (a `__proto__` key, a stray script) reaches
 * the database. Length limits keep one hostile record from filling the disk.
 */
import * as v from 'valibot';
import { CORRECTABLE_FIELDS } from '../model';
import { MAX_TEXT_OFFSET, OffsetSchema, SentenceRangeSchema, TimestampSchema } from '../model-bounds';
import { ColorKeySchema, ColorValueSchema } from '../settings/color-rules';
import { FieldEvidenceSchema } from '../article/field-confidence-schema';

const MAX_TEXT = 1_000_000;
const MAX_SHORT = 10_000;

export const shortText = v.pipe(v.string(), v.maxLength(MAX_SHORT));
export const longText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SHORT));
const offset = OffsetSchema;
const timestamp = TimestampSchema;

/** A span whose end is not before its start. */
export const SpanSchema = v.pipe(
  v.object({ start: offset, end: offset }),
  v.check((s) => s.end >= s.start, 'end is before start'),
);

/** The selector types of the model. */
export const SelectorSchema = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: longText, prefix: shortText, suffix: shortText }),
  v.pipe(
    v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
    v.check((s) => s.end >= s.start, 'end is before start'),
  ),
  v.object({
    type: v.literal('RangeSelector'),
    startContainer: shortText,
    startOffset: offset,
    endContainer: shortText,
    endOffset: offset,
  }),
  v.object({
    type: v.literal('PageSelector'),
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
    label: v.optional(v.pipe(v.string(), v.maxLength(40))),
  }),
]);

/** A stored highlight. */
export const HighlightSchema = v.object({
  id,
  pageUrl: id,
  pageTitle: shortText,
  articleId: v.optional(id),
  sentenceRange: v.optional(SentenceRangeSchema),
  exact: v.pipe(longText, v.minLength(1)),
  selectors: v.pipe(v.array(SelectorSchema), v.maxLength(20)),
  // A palette key: it is written into the painter's CSS on every highlighted page.
  color: ColorKeySchema,
  note: longText,
  tags: v.pipe(v.array(shortText), v.maxLength(1000)),
  // Backups leave the derived search tokens out; import-service makes them again.
  tokens: v.optional(v.pipe(v.array(shortText), v.maxLength(100_000)), []),
  status: v.picklist(['anchored', 'orphan', 'pending']),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const PersonSchema = v.object({ name: shortText, role: v.picklist(['reporter', 'correspondent', 'photographer', 'editor', 'author']) });
const CorrectableFieldSchema = v.picklist(CORRECTABLE_FIELDS);

/** The correctable fields of an article (the record's own, and what detection found for the reader's fields). */
export const articleFieldEntries = {
  title: shortText,
  kicker: v.optional(shortText),
  subtitle: v.optional(shortText),
  authors: v.pipe(v.array(PersonSchema), v.maxLength(1000)),
  publication: v.optional(shortText),
  date: v.optional(shortText),
  page: v.optional(shortText),
  section: v.optional(shortText),
};

/** A stored article, with the reader's corrections (which fields are the reader's, and what detection said). */
export const ArticleSchema = v.pipe(v.object({
  id,
  url: id,
  ...articleFieldEntries,
  readerFields: v.optional(v.record(CorrectableFieldSchema, timestamp)),
  detected: v.optional(v.partial(v.object(articleFieldEntries))),
  suggested: v.optional(v.pipe(v.array(CorrectableFieldSchema), v.maxLength(CORRECTABLE_FIELDS.length))),
  confidence: v.optional(v.record(CorrectableFieldSchema, v.pipe(v.number(), v.minValue(0), v.maxValue(1)))),
  evidence: v.optional(FieldEvidenceSchema),
  language: v.optional(shortText),
  bodyText: v.pipe(v.string(), v.maxLength(MAX_TEXT_OFFSET)),
  sentences: v.pipe(v.array(SpanSchema), v.maxLength(MAX_TEXT_OFFSET)),
  sources: v.pipe(
    v.record(shortText, shortText),
    v.check((r) => Object.keys(r).length <= 100, 'more than 100 field sources'),
  ),
  createdAt: timestamp,
  updatedAt: timestamp,
}),
  // Each sentence lies inside the body (a span past its end would cut nothing real).
  v.check(
    (a) => a.sentences.every((span) => span.end <= a.bodyText.length),
    'a sentence span ends past the end of bodyText',
  ),
);

/** The settings object. */
export const SettingsSchema = v.object({
  palette: v.pipe(
    // Key and value end up in CSS on every highlighted page, so both follow the colour rules.
    v.array(v.object({ key: ColorKeySchema, name: shortText, value: ColorValueSchema })),
    v.maxLength(100),
  ),
  defaultColor: ColorKeySchema,
  exportFormat: shortText,
  citationStyle: shortText,
  snapToWords: v.boolean(),
  hideHighlightsFromPage: v.optional(v.boolean()),
  excludedSites: v.pipe(v.array(shortText), v.maxLength(10_000)),
  // Older backups have none; withDefaults clamps the limits into their bounds.
  clipping: v.optional(
    v.object({
      images: v.boolean(),
      maxClippingBytes: v.pipe(v.number(), v.finite()),
      maxTotalBytes: v.pipe(v.number(), v.finite()),
    }),
  ),
});

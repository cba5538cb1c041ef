/**
 * What an extension page (popup, options, the book) asks the background's engine host for:
 * items rendered in a style named by id (a bundled id or a reader's "custom:…" style), and the
 * schema the background checks every such request against (a page is not trusted either).
 */
import * as v from 'valibot';
import { CITATION_LOCALES, type CitationLocale } from './bundled-styles';
import type { CslItem } from './csl-item';
import type { CitationKind } from './engine-cache';

/** One request: `style` is a style id as Settings.citationStyle stores it. */
export interface CitationRequest {
  style: string;
  locale?: CitationLocale;
  format: 'text' | 'html';
  kind: CitationKind;
  items: CslItem[];
}

/** Renders a request somewhere (the background's host in the extension, an in-process host in Node). */
export type RenderCitations = (request: CitationRequest) => Promise<string[]>;

/** The most items one request may carry (an export of everything is split into requests of this size). */
export const MAX_REQUEST_ITEMS = 5_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const opt = (max: number) => v.optional(text(max));

const cslNameSchema = v.strictObject({
  literal: opt(200),
  family: opt(200),
  given: opt(200),
  'non-dropping-particle': opt(200),
  'dropping-particle': opt(200),
  suffix: opt(200),
});

const dateSchema = v.strictObject({
  'date-parts': v.pipe(v.array(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999))), v.minLength(1), v.maxLength(3))), v.minLength(1), v.maxLength(2)),
});

/** A CSL-JSON item as cslItem() writes it, with the bounds of an article record. */
export const cslItemSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  type: v.literal('article-newspaper'),
  title: text(4_100),
  author: v.optional(v.pipe(v.array(cslNameSchema), v.maxLength(100))),
  'container-title': opt(2_000),
  page: opt(40),
  section: opt(2_000),
  issued: v.optional(dateSchema),
  accessed: v.optional(dateSchema),
  URL: opt(8_100),
  language: opt(40),
});

export const citationRequestSchema = v.strictObject({
  style: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  locale: v.optional(v.picklist(CITATION_LOCALES)),
  format: v.picklist(['text', 'html']),
  kind: v.picklist(['bibliography', 'references', 'citations']),
  items: v.pipe(v.array(cslItemSchema), v.maxLength(MAX_REQUEST_ITEMS)),
});

// The schema and the type describe the same thing; this fails to compile if they drift apart.
type SchemaItem = v.InferOutput<typeof cslItemSchema>;
export const sameShape: (item: CslItem) => SchemaItem = (item) => item;

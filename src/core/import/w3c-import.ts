/**
 * Reads W3C Web Annotation JSON: an AnnotationCollection (with its first page embedded),
 * an AnnotationPage, an array of annotations or a single one. Annotations without a quote
 * (page notes, replies) are skipped with a warning: a highlight needs the text it marks.
 */
import * as v from 'valibot';
import { fail, ok, type Result } from '../errors';
import { stableHash } from '../export/stable-hash';
import type { Highlight } from '../model';
import { isColorKey } from '../settings/color-rules';
import { describeIssues } from './describe-issues';
import { cleanImportedTags, parseTimestamp, readForeignSelectors } from './foreign-selectors';
import { pageKeyOf } from './page-key';
import { importDefaultColor, type ImportOptions, type ImportPlan } from './import-plan';

const text = v.pipe(v.string(), v.maxLength(1_000_000));
const Body = v.union([
  v.pipe(v.string(), v.maxLength(10_000)),
  v.object({ type: v.optional(v.string()), value: v.optional(text), purpose: v.optional(v.string()) }),
]);
const Target = v.object({ source: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)), selector: v.optional(v.unknown()), styleClass: v.optional(v.string()) });

const AnnotationSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(10_000))),
  type: v.union([v.string(), v.array(v.string())]),
  created: v.optional(v.string()),
  modified: v.optional(v.string()),
  bodyValue: v.optional(text),
  // Arrays first: valibot's object schema also accepts an array (typeof 'object') and would empty it.
  body: v.optional(v.union([v.array(Body), Body])),
  target: v.union([v.array(v.union([v.string(), Target])), v.pipe(v.string(), v.minLength(1)), Target]),
  'jianbao:pageTitle': v.optional(v.pipe(v.string(), v.maxLength(10_000))),
  'jianbao:articleId': v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(10_000))),
});
type Annotation = v.InferOutput<typeof AnnotationSchema>;

const URN_UUID = /^urn:uuid:([0-9a-f-]{36})$/i;
const URN_JIANBAO = 'urn:jianbao:annotation:';

/** The highlight id for an annotation IRI; the same IRI always gives the same id, so a second import changes nothing. */
function highlightId(annotation: Annotation, source: string, exact: string): string {
  const iri = annotation.id;
  if (iri === undefined) return `w3c-${stableHash(`${source}\n${exact}\n${annotation.created ?? ''}`)}`;
  const uuid = URN_UUID.exec(iri);
  if (uuid) return uuid[1].toLowerCase();
  if (iri.startsWith(URN_JIANBAO)) {
    try {
      return decodeURIComponent(iri.slice(URN_JIANBAO.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

/** The annotations of any accepted W3C shape, or undefined when the shape is not W3C. */
export function w3cItems(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record.type);
  if (types.includes('Annotation')) return [data];
  if (types.includes('AnnotationPage')) return Array.isArray(record.items) ? record.items : [];
  if (types.includes('AnnotationCollection')) {
    const first = record.first as Record<string, unknown> | undefined;
    return first && Array.isArray(first.items) ? first.items : [];
  }
  return undefined;
}

/** Converts validated W3C annotations into highlights. */
export function readW3c(items: unknown[], options: ImportOptions): Result<ImportPlan> {
  const highlights: Highlight[] = [];
  const warnings: string[] = [];
  const defaultColor = importDefaultColor(options);
  let skipped = 0;
  let badStyleClasses = 0;
  let firstBadStyleClass: string | undefined;
  for (const [index, item] of items.entries()) {
    const where = `annotations[${index}]`;
    const parsed = v.safeParse(AnnotationSchema, item);
    if (!parsed.success) return fail('InvalidImport', `The W3C annotation file is not valid: ${describeIssues(parsed.issues, where)}`);
    const annotation = parsed.output;
    const target = ([] as (string | v.InferOutput<typeof Target>)[]).concat(annotation.target).find((t) => typeof t !== 'string');
    const selectors = readForeignSelectors(target?.selector, `${where}.target.selector`);
    if (!selectors.ok) return fail('InvalidImport', `The W3C annotation file is not valid: ${selectors.message}`);
    const quote = selectors.selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!target || !quote || !quote.exact.trim()) {
      skipped++;
      continue;
    }
    const bodies = annotation.body === undefined ? [] : ([] as v.InferOutput<typeof Body>[]).concat(annotation.body);
    const tags = bodies.flatMap((b) => (typeof b !== 'string' && b.purpose === 'tagging' && b.value ? [b.value] : []));
    const notes = bodies.flatMap((b) => (typeof b !== 'string' && b.purpose !== 'tagging' && b.value ? [b.value] : []));
    if (annotation.bodyValue) notes.unshift(annotation.bodyValue);
    const created = parseTimestamp(annotation.created);
    const modified = parseTimestamp(annotation.modified);
    if (annotation.created !== undefined && created === undefined) return fail('InvalidImport', `The W3C annotation file is not valid: ${where}.created: not a date (${JSON.stringify(annotation.created.slice(0, 40))})`);
    // Another tool's styleClass can be any CSS class list; only a palette-key shape is kept,
    // since the colour key is written into the painter's CSS on the page.
    const styleClass = target.styleClass?.trim();
    const color = isColorKey(styleClass) ? styleClass : defaultColor;
    if (styleClass && color !== styleClass) {
      badStyleClasses++;
      firstBadStyleClass ??= `${where}.target.styleClass ${JSON.stringify(styleClass.slice(0, 40))}`;
    }
    const highlight: Highlight = {
      id: highlightId(annotation, target.source, quote.exact),
      pageUrl: pageKeyOf(target.source),
      pageTitle: annotation['jianbao:pageTitle'] ?? target.source,
      exact: quote.exact,
      selectors: selectors.selectors,
      color,
      note: notes.join('\n\n'),
      tags: cleanImportedTags(tags),
      tokens: [],
      status: 'pending',
      // An annotation without dates gets 0, not "now": a second import must produce the same record.
      createdAt: created ?? modified ?? 0,
      updatedAt: modified ?? created ?? 0,
    };
    if (annotation['jianbao:articleId'] !== undefined) highlight.articleId = annotation['jianbao:articleId'];
    for (const type of selectors.skippedTypes) warnings.push(`${where}: a ${type} was left out (Jianbao keeps quote, position and range selectors).`);
    highlights.push(highlight);
  }
  if (skipped) warnings.push(`${skipped} annotation(s) without a quoted text (page notes or replies) were left out.`);
  if (badStyleClasses) {
    warnings.push(`${badStyleClasses} annotation(s) had a styleClass that is not a Jianbao colour key (first: ${firstBadStyleClass}) and got the default colour.`);
  }
  return ok({ source: 'w3c', articles: [], highlights, warnings });
}

/**
 * Reads Hypothesis's JSON export (`{ annotations: [...] }`, as the Hypothesis client's
 * export writes it) and its API search result (`{ rows: [...] }`). Page notes and replies
 * have no quote and are skipped with a warning; Hypothesis has no colours, so imported
 * highlights get the default colour.
 */
import * as v from 'valibot';
import { fail, ok, type Result } from '../errors';
import type { Highlight } from '../model';
import { describeIssues } from './describe-issues';
import { cleanImportedTags, parseTimestamp, readForeignSelectors } from './foreign-selectors';
import { pageKeyOf } from './page-key';
import { importDefaultColor, type ImportOptions, type ImportPlan } from './import-plan';

const short = v.pipe(v.string(), v.maxLength(10_000));
const HypothesisAnnotation = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)),
  created: v.string(),
  updated: v.optional(v.string()),
  uri: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
  text: v.optional(v.pipe(v.string(), v.maxLength(1_000_000)), ''),
  tags: v.optional(v.array(short), []),
  references: v.optional(v.array(v.string())),
  target: v.optional(v.array(v.object({ source: v.optional(short), selector: v.optional(v.unknown()) })), []),
  document: v.optional(v.object({ title: v.optional(v.union([short, v.array(short)])) })),
});

/** The annotation list of a Hypothesis export or API result, or undefined when the shape is not Hypothesis's. */
export function hypothesisItems(data: unknown): unknown[] | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.annotations)) return record.annotations;
  if (Array.isArray(record.rows)) return record.rows;
  return undefined;
}

/** Converts validated Hypothesis annotations into highlights. */
export function readHypothesis(items: unknown[], options: ImportOptions): Result<ImportPlan> {
  const highlights: Highlight[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  for (const [index, item] of items.entries()) {
    const where = `annotations[${index}]`;
    const parsed = v.safeParse(HypothesisAnnotation, item);
    if (!parsed.success) return fail('InvalidImport', `The Hypothesis file is not valid: ${describeIssues(parsed.issues, where)}`);
    const a = parsed.output;
    const target = a.target[0];
    const selectors = readForeignSelectors(target?.selector, `${where}.target[0].selector`);
    if (!selectors.ok) return fail('InvalidImport', `The Hypothesis file is not valid: ${selectors.message}`);
    const quote = selectors.selectors.find((s) => s.type === 'TextQuoteSelector');
    if (a.references?.length || !quote || !quote.exact.trim()) {
      skipped++;
      continue;
    }
    const created = parseTimestamp(a.created);
    if (created === undefined) return fail('InvalidImport', `The Hypothesis file is not valid: ${where}.created: not a date (${JSON.stringify(a.created.slice(0, 40))})`);
    const title = a.document?.title;
    const pageTitle = (Array.isArray(title) ? title[0] : title)?.trim() || a.uri;
    highlights.push({
      // Prefixed so a Hypothesis id can never collide with a Jianbao uuid.
      id: `hypothesis:${a.id}`,
      pageUrl: pageKeyOf(a.uri),
      pageTitle,
      exact: quote.exact,
      selectors: selectors.selectors,
      color: importDefaultColor(options),
      note: a.text,
      tags: cleanImportedTags(a.tags),
      tokens: [],
      status: 'pending',
      createdAt: created,
      updatedAt: parseTimestamp(a.updated) ?? created,
    });
    for (const type of selectors.skippedTypes) warnings.push(`${where}: a ${type} was left out (Jianbao keeps quote, position and range selectors).`);
  }
  if (skipped) warnings.push(`${skipped} annotation(s) without a quoted text (page notes or replies) were left out.`);
  return ok({ source: 'hypothesis', articles: [], highlights, warnings });
}

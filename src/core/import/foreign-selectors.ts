/**
 * Selectors from other tools' annotations (W3C Web Annotation, Hypothesis) in the model's
 * shape. W3C RangeSelectors of XPathSelectors (what Jianbao's W3C export writes) and
 * Hypothesis's flat RangeSelector both become the model's RangeSelector; selector types
 * the model has no place for are reported, not kept.
 */
import * as v from 'valibot';
import type { Selector } from '../model';
import { describeIssues } from './describe-issues';
import { SelectorSchema } from './record-schemas';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const XPathPoint = v.object({
  type: v.literal('XPathSelector'),
  value: v.pipe(v.string(), v.maxLength(10_000)),
  refinedBy: v.object({ type: v.literal('TextPositionSelector'), start: offset }),
});
const W3cRange = v.object({ type: v.literal('RangeSelector'), startSelector: XPathPoint, endSelector: XPathPoint });

const Typed = v.object({ type: v.string() });

/** The converted selectors, or a message naming the bad one. */
export type SelectorsResult = { ok: true; selectors: Selector[]; skippedTypes: string[] } | { ok: false; message: string };

/** Converts one target's selectors; `path` names them in messages ("annotations[2].target.selector"). */
export function readForeignSelectors(raw: unknown, path: string): SelectorsResult {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const selectors: Selector[] = [];
  const skippedTypes: string[] = [];
  for (const [index, item] of list.entries()) {
    const where = `${path}[${index}]`;
    const typed = v.safeParse(Typed, item);
    if (!typed.success) return { ok: false, message: describeIssues(typed.issues, where) };
    const candidate = { ...(item as Record<string, unknown>) };
    // W3C makes prefix and suffix optional; the model always has both.
    if (candidate.type === 'TextQuoteSelector') {
      candidate.prefix ??= '';
      candidate.suffix ??= '';
    }
    if (candidate.type === 'RangeSelector' && 'startSelector' in candidate) {
      const range = v.safeParse(W3cRange, candidate);
      if (!range.success) return { ok: false, message: describeIssues(range.issues, where) };
      const { startSelector: s, endSelector: e } = range.output;
      selectors.push({
        type: 'RangeSelector',
        startContainer: s.value,
        startOffset: s.refinedBy.start,
        endContainer: e.value,
        endOffset: e.refinedBy.start,
      });
      continue;
    }
    // PageSelector: a PDF's page (index, label), as Jianbao's reader writes it.
    if (!['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 'PageSelector'].includes(typed.output.type)) {
      skippedTypes.push(typed.output.type);
      continue;
    }
    const parsed = v.safeParse(SelectorSchema, candidate);
    if (!parsed.success) return { ok: false, message: describeIssues(parsed.issues, where) };
    selectors.push(parsed.output);
  }
  return { ok: true, selectors, skippedTypes };
}

/** Tags as the model keeps them: trimmed, without a leading "#", no empties, no repeats. */
export function cleanImportedTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/^#+/, '').trim()).filter(Boolean))];
}

/** Milliseconds of an ISO date-time, or undefined when absent or not a date. */
export function parseTimestamp(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

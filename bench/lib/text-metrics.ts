/**
 * Body-text metrics of the extraction benchmark (see ../shared/bench-data/extraction/README.md):
 * bag-of-token precision/recall with CJK-aware tokens, and Zyte's overlapping 4-gram metric.
 */

/** Precision and recall of one page, both 0–1. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
}

const CJK_AWARE_TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}_])+/gu;
const WORD_TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

/** Tokens where every Han character is one token and other text splits into `\w+` runs. */
export function tokenizeCjkAware(text: string): string[] {
  return text.match(CJK_AWARE_TOKEN) ?? [];
}

/** Overlapping 4-grams of `\w+` tokens, as in Zyte's article-extraction-benchmark. */
export function fourGrams(text: string): string[] {
  const words = text.match(WORD_TOKEN) ?? [];
  if (words.length < 4) return words.length ? [words.join(' ')] : [];
  const grams: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++) grams.push(words.slice(i, i + 4).join(' '));
  return grams;
}

function countBag(items: string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const item of items) bag.set(item, (bag.get(item) ?? 0) + 1);
  return bag;
}

/** Multiset precision/recall of predicted against expected items; two empty bags agree fully. */
export function compareBags(predicted: string[], expected: string[]): PrecisionRecall {
  if (predicted.length === 0 && expected.length === 0) return { precision: 1, recall: 1 };
  const expectedBag = countBag(expected);
  let overlap = 0;
  for (const [item, n] of countBag(predicted)) overlap += Math.min(n, expectedBag.get(item) ?? 0);
  return {
    precision: predicted.length ? overlap / predicted.length : 0,
    recall: expected.length ? overlap / expected.length : 0,
  };
}

/** Averages per-page P and R, then F1 from the averages (the README's convention). */
export function summarise(pages: PrecisionRecall[]): { precision: number; recall: number; f1: number } {
  const n = pages.length || 1;
  const precision = pages.reduce((s, p) => s + p.precision, 0) / n;
  const recall = pages.reduce((s, p) => s + p.recall, 0) / n;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Value at quantile q (0–1) of the numbers, nearest-rank. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

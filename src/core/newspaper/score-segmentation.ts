/**
 * Scores a page segmentation against an expected line-by-line answer (the format of
 * ../shared/fixtures/seed-page.expected.json): B-cubed F1 of the line-to-item assignment, the
 * share of expected items whose headline lines come out exactly, and people with roles.
 * Shared by the tests and the benchmark.
 */
import type { Person, Span } from '../model';
import { splitLines } from '../text/normalize';
import type { PageSegmentation } from './types';

/** One expected item: 0-based line numbers per role, and the people it names. */
export interface ExpectedItem {
  kind: string;
  headline: number[];
  byline: number[];
  body: number[];
  other: number[];
  people: Person[];
}

/** The scores of one page. */
export interface SegmentationScore {
  /** B-cubed F1 of which item each non-empty line belongs to (0–1). */
  bcubedF1: number;
  /** Expected items with headlines whose exact set of headline lines some predicted item has. */
  headlinesAttached: number;
  headlinesExpected: number;
  /** Expected (name, role) pairs found in the item that holds most of that item's lines. */
  peopleFound: number;
  peopleExpected: number;
}

/** Line number → item index, for every line a predicted item's spans touch; also the headline lines per item. */
export function predictedLines(text: string, result: PageSegmentation): { owner: Map<number, number>; headlines: Set<number>[] } {
  const lines = splitLines(text);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lines[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const covered = (span: Span): number[] => {
    const out: number[] = [];
    for (let line = lineOf(span.start); line <= lineOf(Math.max(span.start, span.end - 1)); line++) out.push(line);
    return out;
  };
  const owner = new Map<number, number>();
  const headlines: Set<number>[] = [];
  result.items.forEach((item, index) => {
    for (const span of [...item.headline, ...item.byline, ...item.body, ...item.other]) for (const line of covered(span)) owner.set(line, index);
    headlines.push(new Set(item.headline.flatMap(covered)));
  });
  return { owner, headlines };
}

/** Scores `result` for `text` against the expected items. */
export function scoreSegmentation(text: string, result: PageSegmentation, expected: ExpectedItem[]): SegmentationScore {
  const { owner, headlines } = predictedLines(text, result);
  const truth = new Map<number, number>();
  expected.forEach((item, index) => {
    for (const line of [...item.headline, ...item.byline, ...item.body, ...item.other]) truth.set(line, index);
  });
  const bcubedF1 = bcubed(truth, owner);
  let headlinesAttached = 0;
  let headlinesExpected = 0;
  let peopleFound = 0;
  let peopleExpected = 0;
  for (const item of expected) {
    if (item.headline.length > 0) {
      headlinesExpected++;
      const want = [...item.headline].sort((a, b) => a - b).join(',');
      if (headlines.some((set) => [...set].sort((a, b) => a - b).join(',') === want)) headlinesAttached++;
    }
    const votes = new Map<number, number>();
    for (const line of [...item.headline, ...item.byline, ...item.body, ...item.other]) {
      const predicted = owner.get(line);
      if (predicted !== undefined) votes.set(predicted, (votes.get(predicted) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    const people = best ? result.items[best[0]].people : [];
    peopleExpected += item.people.length;
    for (const person of item.people) if (people.some((p) => p.name === person.name && p.role === person.role)) peopleFound++;
  }
  return { bcubedF1, headlinesAttached, headlinesExpected, peopleFound, peopleExpected };
}

/** B-cubed F1 over the lines of the truth; a line the prediction misses counts as a cluster of its own. */
function bcubed(truth: Map<number, number>, predicted: Map<number, number>): number {
  const truthClusters = new Map<number, number[]>();
  const predictedClusters = new Map<number, number[]>();
  for (const [line, cluster] of truth) {
    truthClusters.set(cluster, [...(truthClusters.get(cluster) ?? []), line]);
    const p = predicted.get(line) ?? -1 - line;
    predictedClusters.set(p, [...(predictedClusters.get(p) ?? []), line]);
  }
  let precision = 0;
  let recall = 0;
  for (const [line, cluster] of truth) {
    const sameTruth = truthClusters.get(cluster)!;
    const samePredicted = predictedClusters.get(predicted.get(line) ?? -1 - line)!;
    const both = samePredicted.filter((other) => truth.get(other) === cluster).length;
    precision += both / samePredicted.length;
    recall += both / sameTruth.length;
  }
  precision /= truth.size;
  recall /= truth.size;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

import { commonPrefixLength, commonSuffixLength } from './text-similarity';
import { hasSameBoundaries, scoreCandidate, type Candidate, type QuoteTarget } from './score-candidate';

// A one-character quote can occur tens of thousands of times in a 1 MB article; scanning a
// bounded number keeps the worst case linear and the context check picks among them.
const MAX_OCCURRENCES = 5000;
// Full (edit-distance) scoring is only worth it for the few occurrences whose context already
// agrees at the boundary; the rest cannot win.
const FULLY_SCORED = 8;

/** Every exact occurrence of the quote (up to a cap), the best few fully scored. */
export function findExactCandidates(text: string, target: QuoteTarget): { candidates: Candidate[]; occurrences: number } {
  const { exact, prefix, suffix } = target;
  if (exact.length === 0) return { candidates: [], occurrences: 0 };
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && starts.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    if (hasSameBoundaries(text, target, at, at + exact.length)) starts.push(at);
  }
  if (starts.length === 0) return { candidates: [], occurrences: 0 };
  const contextRun = (start: number): number =>
    commonSuffixLength(prefix, text.slice(Math.max(0, start - prefix.length), start)) +
    commonPrefixLength(suffix, text.slice(start + exact.length, start + exact.length + suffix.length));
  const ranked = starts.length <= FULLY_SCORED ? starts : [...starts].sort((a, b) => contextRun(b) - contextRun(a)).slice(0, FULLY_SCORED);
  // The occurrence nearest the old position competes even when its context was edited.
  for (const hint of target.hintStarts) {
    let nearest = starts[0];
    for (const s of starts) if (Math.abs(s - hint) < Math.abs(nearest - hint)) nearest = s;
    if (!ranked.includes(nearest)) ranked.push(nearest);
  }
  return {
    candidates: ranked.map((start) => scoreCandidate(text, target, start, start + exact.length, 0)),
    occurrences: starts.length,
  };
}

/**
 * Exact occurrences of the quote starting within `reach` characters of `start` (other than at
 * `start`), scored. In periodic text (a column of "│", a run of identical short lines) these
 * shifted copies have almost the same context as the real one.
 */
export function exactNeighbours(text: string, target: QuoteTarget, start: number, reach: number): Candidate[] {
  const out: Candidate[] = [];
  const { exact } = target;
  for (let at = text.indexOf(exact, Math.max(0, start - reach)); at !== -1 && at <= start + reach; at = text.indexOf(exact, at + 1)) {
    if (at !== start && hasSameBoundaries(text, target, at, at + exact.length)) out.push(scoreCandidate(text, target, at, at + exact.length, 0));
  }
  return out;
}

import type { Span } from '../model';
import { normalizeWhitespace } from './normalize-whitespace';
import { bestCandidate, contextSupport, scoreCandidate, type Candidate, type QuoteTarget } from './score-candidate';
import { findExactCandidates } from './find-exact';
import { findBetweenContext } from './find-between-context';
import { findFuzzyCandidates, maxQuoteErrors } from './find-fuzzy';

/** Which stage placed the quote; useful for diagnostics and the benchmark. */
export type MatchMethod = 'position' | 'exact' | 'context' | 'fuzzy';

/** Where a quote was anchored in the text, and how. */
export interface QuoteMatch extends Span {
  method: MatchMethod;
  /** Edits between the anchored text and the stored quote (0 for exact stages). */
  quoteErrors: number;
}

/** What matchQuote needs: the stored quote selector's fields and any position hints. */
export interface QuoteQuery {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Spans from the TextPositionSelector and the resolved DOM hint, most trusted first. */
  hints?: Span[];
}

// Random context of the same language scores about 0.3–0.5 against a stored prefix or suffix
// (common letters align by chance); an edit next to the quote on one side still leaves the other
// side near 1. 0.75 separates the two with margin (see docs/benchmarks/anchor.md).
const EXACT_MIN_SUPPORT = 0.75;
// A fuzzy match already disagrees with the quote, so the context must agree more.
const FUZZY_MIN_SUPPORT = 0.8;
// A quote this long that occurs exactly once is its own evidence, even with both contexts edited.
const SELF_EVIDENT_CHARS = 32;
// Fuzzy matches of long quotes with at most this share of edits need no context.
const SELF_EVIDENT_ERROR_RATE = 0.1;
// Quotes edited inside by a few characters: up to this many edits between intact contexts.
const MIN_BETWEEN_CONTEXT_ERRORS = 3;
// Prefix / suffix occurrences around which a local fuzzy search is tried before the whole text.
const MAX_CONTEXT_WINDOWS = 5;

function isAcceptedExact(candidate: Candidate, occurrences: number, quoteLength: number): boolean {
  if (contextSupport(candidate) >= EXACT_MIN_SUPPORT) return true;
  return occurrences === 1 && quoteLength >= SELF_EVIDENT_CHARS;
}

function isAcceptedFuzzy(candidate: Candidate, quoteLength: number): boolean {
  if (contextSupport(candidate) >= FUZZY_MIN_SUPPORT) return true;
  return quoteLength >= SELF_EVIDENT_CHARS && candidate.quoteErrors <= quoteLength * SELF_EVIDENT_ERROR_RATE;
}

function toMatch(candidate: Candidate, method: MatchMethod): QuoteMatch {
  return { start: candidate.start, end: candidate.end, method, quoteErrors: candidate.quoteErrors };
}

/** Local windows where the quote probably is: old positions, then where its context still is. */
function searchWindows(text: string, target: QuoteTarget, maxErrors: number): Span[] {
  const reach = 2 * target.exact.length + maxErrors + 64;
  const windows: Span[] = target.hintStarts.map((h) => ({ start: h - reach, end: h + reach }));
  const addOccurrences = (needle: string, offset: number): void => {
    if (needle.length < 8) return;
    let n = 0;
    for (let at = text.indexOf(needle); at !== -1 && n < MAX_CONTEXT_WINDOWS; at = text.indexOf(needle, at + 1), n++) {
      windows.push({ start: at + offset - maxErrors, end: at + offset + target.exact.length + 2 * maxErrors });
    }
  };
  addOccurrences(target.prefix, target.prefix.length);
  addOccurrences(target.suffix, -target.exact.length - maxErrors);
  return windows.map((w) => ({ start: Math.max(0, w.start), end: Math.min(text.length, w.end) })).filter((w) => w.end > w.start);
}

/**
 * Finds where a stored quote is in `text`, or null when it cannot be placed with confidence
 * (an orphan). Stages, most trusted first: a hint whose text equals the quote and whose
 * context agrees → the exact quote anywhere, best by context and position → the quote
 * edited a little between intact contexts → an approximate match (bounded edits) confirmed by
 * context. A wrong place is worse than none, so every stage has an acceptance threshold.
 */
export function matchQuote(text: string, query: QuoteQuery): QuoteMatch | null {
  const target: QuoteTarget = {
    exact: normalizeWhitespace(query.exact),
    prefix: normalizeWhitespace(query.prefix ?? ''),
    suffix: normalizeWhitespace(query.suffix ?? ''),
    hintStarts: (query.hints ?? []).map((h) => h.start),
  };
  const length = target.exact.length;
  if (length === 0) return null;

  for (const hint of query.hints ?? []) {
    if (hint.end - hint.start !== length || text.slice(hint.start, hint.end) !== target.exact) continue;
    const candidate = scoreCandidate(text, target, hint.start, hint.end, 0);
    if (contextSupport(candidate) >= EXACT_MIN_SUPPORT) return toMatch(candidate, 'position');
  }

  const exact = findExactCandidates(text, target);
  const bestExact = bestCandidate(exact.candidates);
  if (bestExact && isAcceptedExact(bestExact, exact.occurrences, length)) return toMatch(bestExact, 'exact');

  const fuzzyErrors = maxQuoteErrors(length);
  const between = bestCandidate(findBetweenContext(text, target, Math.max(MIN_BETWEEN_CONTEXT_ERRORS, fuzzyErrors)));
  if (between) return toMatch(between, 'context');

  if (fuzzyErrors === 0) return null;
  const local: Candidate[] = [];
  for (const w of searchWindows(text, target, fuzzyErrors)) local.push(...findFuzzyCandidates(text, target, fuzzyErrors, w.start, w.end));
  const bestLocal = bestCandidate(local);
  if (bestLocal && isAcceptedFuzzy(bestLocal, length)) return toMatch(bestLocal, 'fuzzy');
  const bestGlobal = bestCandidate(findFuzzyCandidates(text, target, fuzzyErrors));
  if (bestGlobal && isAcceptedFuzzy(bestGlobal, length)) return toMatch(bestGlobal, 'fuzzy');
  return null;
}

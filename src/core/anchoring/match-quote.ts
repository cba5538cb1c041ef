import type { Span } from '../model';
import { normalizeWhitespace } from './normalize-whitespace';
import { bestCandidate, contextSupport, hasSameBoundaries, scoreCandidate, type Candidate, type QuoteTarget } from './score-candidate';
import { exactNeighbours, findExactCandidates } from './find-exact';
import { findContextSites } from './find-context-sites';
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
// side near 1. 0.75 separates the two with margin (see docs/BENCHMARKS.md, Anchoring).
const EXACT_MIN_SUPPORT = 0.75;
// A fuzzy match already disagrees with the quote, so the context must agree more.
const FUZZY_MIN_SUPPORT = 0.8;
// Two exact occurrences whose context scores differ by less than this are indistinguishable
// (e.g. a paragraph repeated right before itself): an orphan is safer than a coin toss.
const AMBIGUITY_MARGIN = 0.1;
// ...unless the better one agrees on both sides this well, which a repeat next to it cannot.
const BOTH_SIDES_AGREE = 0.9;
// A quote that occurs exactly once needs less confirmation when it is this long: half-agreeing
// context, or being at the text's edge again as it was, suffices. Shorter quotes ("All", "___")
// are too common to trust their uniqueness, since the copy left may be the only one of two.
const DISTINCT_QUOTE_CHARS = 8;
const UNIQUE_MIN_SUPPORT = 0.5;
// Quotes edited inside by a few characters: up to this many edits between intact contexts
// (a one-word quote with 1–3 characters changed is otherwise unrecognisable).
const MIN_BETWEEN_CONTEXT_ERRORS = 3;
// Prefix / suffix occurrences around which a local fuzzy search is tried before the whole text.
const MAX_CONTEXT_WINDOWS = 5;

const contextUnchanged = (text: string, target: QuoteTarget, start: number, end: number): boolean =>
  text.slice(Math.max(0, start - target.prefix.length), start) === target.prefix &&
  text.slice(end, end + target.suffix.length) === target.suffix;

// A side with nothing to compare (stored at the text's edge, no longer at it) does not agree.
const agreesOnBothSides = (c: Candidate): boolean =>
  (c.prefixSimilarity === null && c.suffixSimilarity === null) ||
  ((c.prefixSimilarity ?? 0) >= BOTH_SIDES_AGREE && (c.suffixSimilarity ?? 0) >= BOTH_SIDES_AGREE);

/**
 * True when an exact copy of the quote within one context length of the candidate agrees on both
 * sides as well: the text is periodic there (a column of "│", repeated short lines), a line
 * inserted or deleted nearby shifts every copy alike, and the context cannot say which is meant.
 */
function isPeriodic(text: string, target: QuoteTarget, candidate: Candidate): boolean {
  const reach = Math.max(target.prefix.length, target.suffix.length);
  return exactNeighbours(text, target, candidate.start, reach).some(agreesOnBothSides);
}

const contextSum = (c: Candidate): number => (c.prefixSimilarity ?? 0) + (c.suffixSimilarity ?? 0);

/**
 * True when `other` is confirmed on a side (≥ 0.9) and agrees there better than `pick` does.
 * Then each has a side the other lacks ("A Q Q B": the first copy keeps the prefix, the second
 * the suffix; or a repeated sentence whose short prefix is intact at the copy while the real one
 * keeps its long suffix), and which side's edit is the real one cannot be told apart.
 */
const confirmsBetter = (other: Candidate, pick: Candidate): boolean =>
  ((other.prefixSimilarity ?? 0) >= BOTH_SIDES_AGREE && (other.prefixSimilarity ?? 0) > (pick.prefixSimilarity ?? 0)) ||
  ((other.suffixSimilarity ?? 0) >= BOTH_SIDES_AGREE && (other.suffixSimilarity ?? 0) > (pick.suffixSimilarity ?? 0));

/**
 * The best exact candidate if context confirms it and no other is as good; `ambiguous` when
 * another occurrence is as well confirmed, in which case no later stage may guess either.
 * A candidate at the stored position is preferred when nothing agrees on both sides, since the
 * position was checked against the quote (the order DESIGN.md asks for).
 */
function acceptExact(text: string, target: QuoteTarget, candidates: Candidate[], atHint: Candidate | null): { match: Candidate | null; ambiguous: boolean } {
  const supported = candidates.filter((c) => contextSupport(c) >= EXACT_MIN_SUPPORT);
  if (supported.length === 0) return { match: null, ambiguous: false };
  const best = bestCandidate(supported)!;
  const outdone = (pick: Candidate): boolean => candidates.some((c) => c.start !== pick.start && confirmsBetter(c, pick));
  if (agreesOnBothSides(best) && !outdone(best)) {
    return isPeriodic(text, target, best) ? { match: null, ambiguous: true } : { match: best, ambiguous: false };
  }
  const pick = atHint && contextSupport(atHint) >= EXACT_MIN_SUPPORT ? atHint : best;
  const rival = outdone(pick) || candidates.some((c) => c.start !== pick.start && contextSum(pick) - contextSum(c) < AMBIGUITY_MARGIN);
  return rival ? { match: null, ambiguous: true } : { match: pick, ambiguous: false };
}

/**
 * A fuzzy match already disagrees with the quote, so every side with stored context must
 * agree (their mean), and its edits must stay within the bound after the boundaries were
 * aligned. A side stored empty (the quote touched the text's edge) is left out of the mean.
 */
function isAcceptedFuzzy(candidate: Candidate, target: QuoteTarget, maxErrors: number): boolean {
  if (candidate.quoteErrors > maxErrors) return false;
  const sides: number[] = [];
  if (target.prefix.length > 0) sides.push(candidate.prefixSimilarity ?? 0);
  if (target.suffix.length > 0) sides.push(candidate.suffixSimilarity ?? 0);
  if (sides.length === 0) return true;
  return sides.reduce((a, b) => a + b, 0) / sides.length >= FUZZY_MIN_SUPPORT;
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

  let atHint: Candidate | null = null;
  for (const hint of query.hints ?? []) {
    if (hint.end - hint.start !== length || text.slice(hint.start, hint.end) !== target.exact) continue;
    if (!hasSameBoundaries(text, target, hint.start, hint.end)) continue;
    const candidate = scoreCandidate(text, target, hint.start, hint.end, 0);
    // A quote with no letter or digit ("│", a zero-width space) says nothing about itself: at its
    // old place only an unchanged context on both sides confirms it (one of two identical
    // neighbouring lines deleted leaves the other with ~94 % agreeing context).
    if (!/[\p{L}\p{N}]/u.test(target.exact) && !contextUnchanged(text, target, hint.start, hint.end)) continue;
    if (agreesOnBothSides(candidate) && !isPeriodic(text, target, candidate)) return toMatch(candidate, 'position');
    atHint ??= candidate;
  }

  const fuzzyErrors = maxQuoteErrors(length);
  const siteErrors = Math.max(MIN_BETWEEN_CONTEXT_ERRORS, fuzzyErrors);
  const sites = findContextSites(text, target.prefix, target.suffix, target.exact, length + siteErrors);
  if (sites.length > 0) {
    const kept = sites.filter((s) => !s.isEmpty && s.errors <= siteErrors);
    // One of the highlight's own places lost or changed its quote while another kept it: a
    // repeated block of text with one copy edited. Nothing says which copy was highlighted.
    if (kept.length < sites.length) return null;
    if (kept.some((s) => s.errors === 0) && kept.some((s) => s.errors > 0)) return null;
    const best = bestCandidate(kept.map((s) => scoreCandidate(text, target, s.start, s.end, s.errors)))!;
    return toMatch(best, best.quoteErrors === 0 ? 'exact' : 'context');
  }

  const found = findExactCandidates(text, target);
  const exact = acceptExact(text, target, found.candidates, atHint);
  if (exact.match) return toMatch(exact.match, atHint && exact.match.start === atHint.start ? 'position' : 'exact');
  if (exact.ambiguous) return null;
  // The only copy of a long quote, e.g. the last line of an article after a paragraph was
  // inserted just before it (its whole prefix is new; its suffix is the text's end again).
  if (found.occurrences === 1 && length >= DISTINCT_QUOTE_CHARS && contextSupport(found.candidates[0]) >= UNIQUE_MIN_SUPPORT) {
    return toMatch(found.candidates[0], 'exact');
  }

  if (fuzzyErrors === 0) return null;
  const local: Candidate[] = [];
  for (const w of searchWindows(text, target, fuzzyErrors)) local.push(...findFuzzyCandidates(text, target, fuzzyErrors, w.start, w.end));
  const bestLocal = bestCandidate(local);
  if (bestLocal && isAcceptedFuzzy(bestLocal, target, fuzzyErrors)) return toMatch(bestLocal, 'fuzzy');
  const bestGlobal = bestCandidate(findFuzzyCandidates(text, target, fuzzyErrors));
  if (bestGlobal && isAcceptedFuzzy(bestGlobal, target, fuzzyErrors)) return toMatch(bestGlobal, 'fuzzy');
  return null;
}

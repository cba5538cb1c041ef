import { isWhitespaceCode } from './normalize-whitespace';
import { editDistance, prefixAlignDistance, suffixAlignDistance } from './text-similarity';

/** The normalised quote being anchored, with its context and where it used to be. */
export interface QuoteTarget {
  exact: string;
  prefix: string;
  suffix: string;
  /** Start offsets where the stored position / DOM hint expect the quote; may be empty. */
  hintStarts: number[];
}

/** A scored place in the text where the quote may be. */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the text at [start, end) and the quote. */
  quoteErrors: number;
  /**
   * 0–1 similarity of the text before `start` to the stored prefix. With no stored prefix (the
   * quote began the text): 0.5 at the start of the text, else null (nothing to compare).
   */
  prefixSimilarity: number | null;
  /** As prefixSimilarity, after `end` against the stored suffix (or the end of the text). */
  suffixSimilarity: number | null;
  /** Weighted sum used to pick between candidates (higher is better). */
  score: number;
}

// Weights follow the order of trust: the quote itself, then its context, then the old
// position, which only breaks ties between otherwise equal candidates.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 10;
// Distance (characters) at which the position term has fallen to a half: about a paragraph,
// the size of shift that edits above a highlight typically cause.
const POSITION_HALF_CHARS = 256;
// Context shorter than this (a quote at the very start or end of the text) proves little:
// "日" matching after a date says nothing about which date. Its similarity is scaled down.
const FULL_WEIGHT_CONTEXT_CHARS = 8;
// Being at the text's edge, as the stored quote was, is weak evidence: anything inserted at the
// top of a page is at the edge too. It counts like four matching characters of context.
const AT_EDGE_SIMILARITY = 0.5;

/** True when text[from, to) holds only spaces and line breaks; stops at the first other character. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** True when the characters on either side of an offset both belong to a word (no boundary there). */
function isInsideWord(before: string | undefined, after: string | undefined): boolean {
  return before !== undefined && after !== undefined && WORD_CHAR.test(before) && WORD_CHAR.test(after);
}

/**
 * True when the candidate starts and ends on the same kind of boundary as the stored quote: a
 * quote that began a word must not be found in the middle of another word ("a" inside "matter"),
 * which is how short quotes were most often misplaced.
 */
export function hasSameBoundaries(text: string, target: QuoteTarget, start: number, end: number): boolean {
  const storedStart = isInsideWord(target.prefix[target.prefix.length - 1], target.exact[0]);
  const storedEnd = isInsideWord(target.exact[target.exact.length - 1], target.suffix[0]);
  return (
    storedStart === isInsideWord(text[start - 1], text[start]) &&
    storedEnd === isInsideWord(text[end - 1], text[end])
  );
}

// Characters of text beyond the stored context's length that an alignment may use, so words
// inserted into the context (up to about this long) cost only their own length.
const CONTEXT_SLACK_CHARS = 16;

/**
 * 0–1 agreement of the stored prefix with the text ending at `start`: one minus the edits, per
 * stored character, of the best alignment that ends at `start` and may begin anywhere in a
 * slightly longer window (an insertion or deletion inside the context costs only itself).
 */
export function prefixSimilarityAt(text: string, start: number, prefix: string): number | null {
  // No stored prefix: the quote began the text. Being at the start again is consistent with that.
  if (prefix.length === 0) return isBlank(text, 0, start) ? AT_EDGE_SIMILARITY : null;
  const weight = Math.min(1, prefix.length / FULL_WEIGHT_CONTEXT_CHARS);
  // A short prefix that still reaches back to the text's start is also "at the edge again".
  if (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) {
    return isBlank(text, 0, start - prefix.length) ? Math.max(weight, AT_EDGE_SIMILARITY) : weight;
  }
  const window = text.slice(Math.max(0, start - prefix.length - CONTEXT_SLACK_CHARS), start);
  return weight * Math.max(0, 1 - suffixAlignDistance(prefix, window) / prefix.length);
}

/** As prefixSimilarityAt, for the stored suffix and the text starting at `end`. */
export function suffixSimilarityAt(text: string, end: number, suffix: string): number | null {
  if (suffix.length === 0) return isBlank(text, end, text.length) ? AT_EDGE_SIMILARITY : null;
  const weight = Math.min(1, suffix.length / FULL_WEIGHT_CONTEXT_CHARS);
  if (text.startsWith(suffix, end)) return isBlank(text, end + suffix.length, text.length) ? Math.max(weight, AT_EDGE_SIMILARITY) : weight;
  const window = text.slice(end, end + suffix.length + CONTEXT_SLACK_CHARS);
  return weight * Math.max(0, 1 - prefixAlignDistance(suffix, window) / suffix.length);
}

/**
 * How strongly the surrounding text confirms a candidate: the better of the two sides, so an
 * edit on one side of the quote does not disqualify it. 1 when no context was stored at all
 * (the quote was the whole text, nothing else can confirm it).
 */
export function contextSupport(candidate: Candidate): number {
  const { prefixSimilarity: p, suffixSimilarity: s } = candidate;
  if (p === null && s === null) return 1;
  return Math.max(p ?? 0, s ?? 0);
}

/** Scores the text at [start, end) as a place for `target` in `text`. */
export function scoreCandidate(text: string, target: QuoteTarget, start: number, end: number, quoteErrors?: number): Candidate {
  const errors = quoteErrors ?? editDistance(text.slice(start, end), target.exact);
  const prefixSim = prefixSimilarityAt(text, start, target.prefix);
  const suffixSim = suffixSimilarityAt(text, end, target.suffix);
  const quoteSim = target.exact.length === 0 ? 0 : Math.max(0, 1 - errors / target.exact.length);
  let nearest = Infinity;
  for (const hint of target.hintStarts) nearest = Math.min(nearest, Math.abs(start - hint));
  const positionSim = target.hintStarts.length === 0 ? 0 : 1 / (1 + nearest / POSITION_HALF_CHARS);
  const score = QUOTE_WEIGHT * quoteSim + CONTEXT_WEIGHT * ((prefixSim ?? 0) + (suffixSim ?? 0)) + POSITION_WEIGHT * positionSim;
  return { start, end, quoteErrors: errors, prefixSimilarity: prefixSim, suffixSimilarity: suffixSim, score };
}

/** The candidate with the highest score, or null for an empty list. */
export function bestCandidate(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  return best;
}

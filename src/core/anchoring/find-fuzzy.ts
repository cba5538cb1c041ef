import search from 'approx-string-match';
import { commonPrefixLength, commonSuffixLength, editDistance } from './text-similarity';
import { hasSameBoundaries, scoreCandidate, type Candidate, type QuoteTarget } from './score-candidate';

/**
 * Most edits we tolerate inside a quote: a fifth of its length, at most 24. The cap bounds
 * Myers' search cost (blocks of 32 pattern characters are only computed while the error count
 * can still stay under the bound) and keeps a long, heavily rewritten passage from matching.
 */
export function maxQuoteErrors(quoteLength: number): number {
  return Math.min(24, Math.floor(quoteLength / 5));
}

// approx-string-match reports every end position of a best match; neighbouring ends describe
// the same place, so only this many distinct places are scored.
const MAX_PLACES = 20;
// Myers' alignment may put the first or last edited character outside the match (a
// substitution and a deletion cost the same); the context decides within this slack.
const BOUNDARY_SLACK = 3;

/**
 * Moves the start to where the stored prefix ends, and the end to where the suffix begins;
 * among equally good context fits, the boundary that makes the match closest to the quote wins.
 */
function refineBoundaries(text: string, target: QuoteTarget, start: number, end: number): [number, number] {
  const pickBest = (options: number[], run: (x: number) => number, errors: (x: number) => number, origin: number): number => {
    let best = origin;
    let bestKey = [-1, Infinity, Infinity];
    for (const x of options) {
      const key = [run(x), errors(x), Math.abs(x - origin)];
      if (key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
        best = x;
        bestKey = key;
      }
    }
    return best;
  };
  const around = (x: number, low: number, high: number): number[] => {
    const out: number[] = [];
    for (let d = -BOUNDARY_SLACK; d <= BOUNDARY_SLACK; d++) if (x + d >= low && x + d <= high) out.push(x + d);
    return out;
  };
  const bestStart = pickBest(
    around(start, 0, end - 1),
    (s) => commonSuffixLength(target.prefix, text.slice(Math.max(0, s - target.prefix.length), s)),
    (s) => editDistance(text.slice(s, end), target.exact),
    start,
  );
  const bestEnd = pickBest(
    around(end, bestStart + 1, text.length),
    (e) => commonPrefixLength(target.suffix, text.slice(e, e + target.suffix.length)),
    (e) => editDistance(text.slice(bestStart, e), target.exact),
    end,
  );
  return [bestStart, bestEnd];
}

/**
 * Approximate occurrences of the quote in `text[from, to)` with at most `maxErrors` edits,
 * their boundaries aligned to the stored context, scored against the whole text.
 */
export function findFuzzyCandidates(text: string, target: QuoteTarget, maxErrors: number, from = 0, to = text.length): Candidate[] {
  if (maxErrors <= 0 || target.exact.length === 0) return [];
  const matches = search(text.slice(from, to), target.exact, maxErrors);
  const places: Candidate[] = [];
  let lastEnd = -Infinity;
  for (const m of matches) {
    // Ends one apart belong to the same place; keep the first of each run.
    if (m.end - lastEnd <= BOUNDARY_SLACK) {
      lastEnd = m.end;
      continue;
    }
    lastEnd = m.end;
    const [start, end] = refineBoundaries(text, target, from + m.start, from + m.end);
    if (!hasSameBoundaries(text, target, start, end)) continue;
    places.push(scoreCandidate(text, target, start, end, editDistance(text.slice(start, end), target.exact)));
    if (places.length >= MAX_PLACES) break;
  }
  return places;
}

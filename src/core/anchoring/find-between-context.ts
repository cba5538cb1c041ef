import { editDistance } from './text-similarity';
import { scoreCandidate, type Candidate, type QuoteTarget } from './score-candidate';

// Context shorter than this is too common to pin a place (e.g. "\n" at a paragraph start).
const MIN_CONTEXT_CHARS = 8;
// A stored prefix that occurs this often is boilerplate; give up rather than scan on.
const MAX_PREFIX_OCCURRENCES = 200;

/**
 * Short quotes (a word or two) that were edited inside are too short for a fuzzy search to
 * tell apart from chance. When both stored contexts are still intact and enclose a gap of
 * about the quote's length, the gap is the edited quote. A deleted quote leaves no gap, so it
 * is never found here.
 */
export function findBetweenContext(text: string, target: QuoteTarget, maxErrors: number): Candidate[] {
  const { prefix, suffix, exact } = target;
  if (prefix.length < MIN_CONTEXT_CHARS || suffix.length < MIN_CONTEXT_CHARS) return [];
  const maxGap = exact.length + maxErrors;
  const found: Candidate[] = [];
  let seen = 0;
  for (let at = text.indexOf(prefix); at !== -1 && seen < MAX_PREFIX_OCCURRENCES; at = text.indexOf(prefix, at + 1), seen++) {
    const gapStart = at + prefix.length;
    const suffixAt = text.indexOf(suffix, gapStart);
    if (suffixAt === -1 || suffixAt - gapStart > maxGap) continue;
    const gap = text.slice(gapStart, suffixAt);
    if (gap.trim().length === 0) continue;
    const errors = editDistance(gap, exact);
    if (errors <= maxErrors) found.push(scoreCandidate(text, target, gapStart, suffixAt, errors));
  }
  return found;
}

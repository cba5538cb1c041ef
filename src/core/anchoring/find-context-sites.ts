import { editDistance } from './text-similarity';

// Context shorter than this is too common to pin a place (e.g. "\n" at a paragraph start).
const MIN_CONTEXT_CHARS = 8;
// A stored prefix that occurs this often is boilerplate; give up rather than scan on.
const MAX_PREFIX_OCCURRENCES = 200;

/** A place where the stored prefix and suffix still stand, and what is between them now. */
export interface ContextSite {
  start: number;
  end: number;
  /** Edits between the text between the contexts and the quote. */
  errors: number;
  /** Nothing but whitespace is left between the contexts: the quote was deleted here. */
  isEmpty: boolean;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\n';

/**
 * Every place where the full stored prefix is followed, within `maxGap` characters, by the
 * full stored suffix. Such a place is the highlight's own spot even when the quote changed:
 * it tells an edited quote (a short gap near the quote) from a deleted one (no gap), and it
 * outranks copies of the quote elsewhere. Needs at least 8 characters of context on each side.
 */
export function findContextSites(text: string, prefix: string, suffix: string, exact: string, maxGap: number): ContextSite[] {
  if (prefix.length < MIN_CONTEXT_CHARS || suffix.length < MIN_CONTEXT_CHARS) return [];
  const sites: ContextSite[] = [];
  let seen = 0;
  for (let at = text.indexOf(prefix); at !== -1 && seen < MAX_PREFIX_OCCURRENCES; at = text.indexOf(prefix, at + 1), seen++) {
    const gapStart = at + prefix.length;
    // Deleting a quote between two spaces (or line breaks) leaves only one of them behind. A
    // quote that is still there whole is not deleted, even if the suffix minus its first space
    // also fits here (a quote of underscores before a line of underscores).
    const spaceJoined = isSpace(prefix[prefix.length - 1]) && isSpace(suffix[0]) && text.startsWith(suffix.slice(1), gapStart);
    if (spaceJoined && !text.startsWith(exact + suffix, gapStart)) {
      sites.push({ start: gapStart, end: gapStart, errors: exact.length, isEmpty: true });
      continue;
    }
    const suffixAt = text.indexOf(suffix, gapStart);
    if (suffixAt === -1 || suffixAt - gapStart > maxGap) continue;
    const gap = text.slice(gapStart, suffixAt);
    const isEmpty = gap.trim().length === 0;
    sites.push({ start: gapStart, end: suffixAt, errors: isEmpty ? exact.length : editDistance(gap, exact), isEmpty });
  }
  return sites;
}

/**
 * Small, exact similarity measures used to score anchoring candidates. They run on short
 * strings (contexts of about 32 characters, quotes up to a few sentences) a handful of times
 * per highlight, so a plain dynamic-programming edit distance is fast enough.
 */

/** Levenshtein distance (insert, delete, substitute cost 1) between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = previous[j] + 1;
      const insert = current[j - 1] + 1;
      current[j] = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** 1 for equal strings, falling towards 0 as the edit distance approaches the longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - editDistance(a, b) / longest;
}

/** How many characters at the end of `a` equal the characters at the end of `b`. */
export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** How many characters at the start of `a` equal the characters at the start of `b`. */
export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Fewest edits turning `pattern` into some prefix of `text` (the text may run on past it).
 * Stored context is a fixed number of characters, so an edit inside it shifts its far end: a
 * five-letter word inserted next to the quote pushes five stored characters out of the same-length
 * window. Letting the text's end float charges only the edit itself.
 */
export function prefixAlignDistance(pattern: string, text: string): number {
  if (pattern.length === 0) return 0;
  let previous = new Uint32Array(text.length + 1);
  let current = new Uint32Array(text.length + 1);
  for (let j = 0; j <= text.length; j++) previous[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const cp = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const substitute = previous[j - 1] + (cp === text.charCodeAt(j - 1) ? 0 : 1);
      const remove = previous[j] + 1;
      const insert = current[j - 1] + 1;
      current[j] = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
    }
    [previous, current] = [current, previous];
  }
  let best = previous[0];
  for (let j = 1; j <= text.length; j++) if (previous[j] < best) best = previous[j];
  return best;
}

const reverse = (s: string): string => {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
};

/** As prefixAlignDistance, but `pattern` must end where `text` ends and the text's start floats. */
export function suffixAlignDistance(pattern: string, text: string): number {
  return prefixAlignDistance(reverse(pattern), reverse(text));
}

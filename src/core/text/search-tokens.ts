/**
 * Search tokens for the multi-entry index on highlights. Chinese has no spaces, so besides the
 * words Intl.Segmenter finds we index every ideograph and every ideograph bigram: a query is
 * then reduced to bigrams (or one ideograph), which are always among the tokens of any text
 * that contains the query, whatever the segmenter made of that text (普法 inside 普法工作).
 */
import { foldFullwidth, isAsciiAlnum, isHan } from './char-class';
import { splitWords } from './segment';

interface Runs {
  han: string[];
  latin: string[];
}

/** Maximal runs of ideographs and of Latin letters/digits in `text`, after fullwidth folding and lower-casing. */
function collectRuns(text: string): Runs {
  const folded = foldFullwidth(text).toLowerCase();
  const runs: Runs = { han: [], latin: [] };
  let i = 0;
  while (i < folded.length) {
    const code = folded.charCodeAt(i);
    const start = i;
    if (isHan(code)) {
      while (i < folded.length && isHan(folded.charCodeAt(i))) i++;
      runs.han.push(folded.slice(start, i));
    } else if (isAsciiAlnum(code) || (code > 0x7f && /\p{L}/u.test(folded[i]))) {
      while (i < folded.length && !isHan(folded.charCodeAt(i)) && (isAsciiAlnum(folded.charCodeAt(i)) || (folded.charCodeAt(i) > 0x7f && /\p{L}/u.test(folded[i])))) i++;
      runs.latin.push(folded.slice(start, i));
    } else {
      i++;
    }
  }
  return runs;
}

function addNgrams(run: string, out: Set<string>): void {
  for (let i = 0; i < run.length; i++) {
    out.add(run[i]);
    if (i + 1 < run.length) out.add(run.slice(i, i + 2));
  }
}

/**
 * Deduplicated index tokens of a text: CJK words (Intl.Segmenter), every ideograph and ideograph
 * bigram, and lower-case Latin words and numbers.
 */
export function searchTokens(text: string): string[] {
  const runs = collectRuns(text);
  const out = new Set<string>();
  for (const run of runs.han) {
    addNgrams(run, out);
    if (run.length > 2) {
      for (const span of splitWords(run)) {
        if (span.end - span.start > 2) out.add(run.slice(span.start, span.end));
      }
    }
  }
  for (const word of runs.latin) out.add(word);
  return [...out];
}

/**
 * The tokens a search query must all match: ideograph bigrams of each CJK run (the ideograph
 * itself for a run of one) and lower-case Latin words. Always a subset of {@link searchTokens}
 * of any text that contains the query.
 */
export function queryTokens(query: string): string[] {
  const runs = collectRuns(query);
  const out = new Set<string>();
  for (const run of runs.han) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const word of runs.latin) out.add(word);
  return [...out];
}

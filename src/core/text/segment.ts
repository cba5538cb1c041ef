/**
 * Sentence and word spans of plain text. Sentences use a single scanner (CJK 。！？… and Latin
 * . ! ? with abbreviations) rather than Intl.Segmenter, which splits Chinese after every quote
 * mark and is several times slower on a whole page (bench/segment.bench.ts); words use
 * Intl.Segmenter where the runtime has it.
 */
import type { Span } from '../model';
import { isAsciiAlnum, isHan, isSpace } from './char-class';

/** Marks that end a CJK sentence on their own (。！？… ! ?), as code units for a fast check. */
function isEndMark(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x2026 || code === 0x21 || code === 0x3f;
}
/** Closing quotes and brackets that belong to the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', '》', '】', ')', ']', '"', "'", '〕', '〉']);
/** Lower-cased abbreviations after which a full stop does not end an English sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'rev', 'col', 'lt', 'sgt', 'capt',
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'fig', 'approx', 'dept', 'est',
]);

/**
 * Sentence spans (UTF-16, end exclusive) of `text`, whitespace trimmed. A closing quote or bracket
 * after 。！？ stays in its sentence; a line break also ends a sentence (headlines and list lines
 * carry no punctuation).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    let end = -1;
    if (code === 0x0a) {
      end = i;
    } else if (isEndMark(code) || (code === 0x2e && isLatinSentenceEnd(text, i))) {
      const ch = text[i];
      let j = i + 1;
      while (j < length && (isEndMark(text.charCodeAt(j)) || text[j] === '.')) j++;
      while (j < length && CLOSERS.has(text[j])) j++;
      // An ASCII ! or ? inside a Latin word run (e.g. "Yahoo!") only ends when space follows.
      if ((ch === '!' || ch === '?') && j < length && !isSpace(text.charCodeAt(j)) && text[j] !== '\n' && !isHan(text.charCodeAt(j))) {
        i = j;
        continue;
      }
      end = j;
    }
    if (end >= 0) {
      pushTrimmed(text, start, end, spans);
      start = end;
      i = end === i ? i + 1 : end;
      continue;
    }
    i++;
  }
  pushTrimmed(text, start, length, spans);
  return spans;
}

/** True when the full stop at `dot` ends a Latin sentence (not a decimal, initial or abbreviation). */
function isLatinSentenceEnd(text: string, dot: number): boolean {
  let next = dot + 1;
  while (next < text.length && CLOSERS.has(text[next])) next++;
  if (next < text.length && !isSpace(text.charCodeAt(next)) && text[next] !== '\n' && !isHan(text.charCodeAt(next))) return false;
  let wordStart = dot;
  while (wordStart > 0 && (isAsciiAlnum(text.charCodeAt(wordStart - 1)) || text[wordStart - 1] === '.')) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single capital is an initial ("John F. Kennedy").
  if (word.length === 1 && word >= 'A' && word <= 'Z') return false;
  // The next sentence starts with a lower-case letter: the dot was an abbreviation we do not list.
  let after = next;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  const code = text.charCodeAt(after);
  return !(code >= 0x61 && code <= 0x7a);
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && (isSpace(text.charCodeAt(start)) || text[start] === '\n')) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || text[end - 1] === '\n')) end--;
  if (end > start) spans.push({ start, end });
}

const segmenters = new Map<string, Intl.Segmenter | null>();

function wordSegmenter(locale: string): Intl.Segmenter | null {
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(locale, { granularity: 'word' }) : null;
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Word spans of `text` (punctuation and spaces are not words). Uses Intl.Segmenter for the given
 * locale (Chinese by default, which also segments Latin words); where the runtime lacks it, each
 * ideograph is a word and Latin words are runs of letters and digits.
 */
export function splitWords(text: string, locale = 'zh'): Span[] {
  const segmenter = wordSegmenter(locale);
  if (segmenter) {
    const spans: Span[] = [];
    for (const part of segmenter.segment(text)) {
      if (part.isWordLike) spans.push({ start: part.index, end: part.index + part.segment.length });
    }
    return spans;
  }
  return splitWordsFallback(text);
}

/** The word split used when Intl.Segmenter is missing: one span per ideograph, one per Latin word. */
export function splitWordsFallback(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      spans.push({ start: i, end: i + 1 });
      i++;
    } else if (isAsciiAlnum(code) || code > 0x7f && /\p{L}/u.test(text[i])) {
      const start = i;
      while (i < text.length && (isAsciiAlnum(text.charCodeAt(i)) || text[i] === "'" || (text.charCodeAt(i) > 0x7f && !isHan(text.charCodeAt(i)) && /\p{L}/u.test(text[i])))) i++;
      spans.push({ start, end: i });
    } else {
      i++;
    }
  }
  return spans;
}

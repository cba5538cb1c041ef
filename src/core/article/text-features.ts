/**
 * Cheap text features for body scoring, computed once per text block. Chinese is first
 * class: fullwidth punctuation counts like Latin commas and stops, and length is weighted
 * so that a Chinese character (about one word of information) counts more than a Latin letter.
 */

const HAN = /\p{Script=Han}/u;
const CLAUSE_PUNCTUATION = new Set([...'，。、；：！？,;!?…“”「」']);
const CJK_WEIGHT = 3;

/** Features of one block of text. */
export interface TextFeatures {
  /** Characters that are not whitespace. */
  chars: number;
  /** Han characters among them. */
  hanChars: number;
  /** Clause and sentence punctuation marks (fullwidth and Latin). */
  punctuation: number;
  /** Latin full stops followed by a space or the end: sentence ends in English text. */
  latinStops: number;
}

/** Measures a block of text in one pass. */
export function measureText(text: string): TextFeatures {
  let chars = 0;
  let hanChars = 0;
  let punctuation = 0;
  let latinStops = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code <= 32 || code === 0xa0 || code === 0x3000) continue;
    chars++;
    if (code >= 0x3400 && code <= 0x9fff) hanChars++;
    else if (code >= 0xd800 && code <= 0xdbff && HAN.test(text.slice(i, i + 2))) hanChars++;
    if (CLAUSE_PUNCTUATION.has(ch)) punctuation++;
    else if (ch === '.' && (i + 1 === text.length || text.charCodeAt(i + 1) === 32)) latinStops++;
  }
  return { chars, hanChars, punctuation, latinStops };
}

/** Information length: a Han character weighs about as much as a short Latin word. */
export function weightedLength(f: TextFeatures): number {
  return f.hanChars * CJK_WEIGHT + (f.chars - f.hanChars);
}

/**
 * Content score of a block: punctuation and length say "prose", links say "navigation".
 * Shaped after Readability's paragraph score (1 + commas + length/100, capped), with
 * fullwidth marks counted and the link share squared so a mostly-link block scores near 0.
 */
export function scoreBlock(f: TextFeatures, linkChars: number): number {
  if (f.chars === 0) return 0;
  const length = weightedLength(f);
  const marks = f.punctuation + f.latinStops;
  // A short label without any punctuation ("更多", "Share") is not prose.
  if (marks === 0 && length < 60) return 0;
  const linkShare = Math.min(1, linkChars / f.chars);
  const base = 1 + Math.min(marks, 12) + Math.min(length / 100, 4);
  return base * (1 - linkShare) * (1 - linkShare);
}

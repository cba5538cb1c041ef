/**
 * Turns paragraphs given as lists of input line spans into normalised text: lines broken in
 * mid-sentence are joined (no space between CJK, one space between Latin words, hyphenated
 * Latin words rejoined), justification spaces between ideographs dropped, fullwidth digits and
 * letters folded, and paragraphs separated by one blank line. Every output character keeps its
 * input span.
 */
import type { Span } from '../model';
import { foldFullwidthCode, isCjk, isCjkPunct, isDigit, isHan, isSpace } from './char-class';
import { OffsetMapBuilder, type NormalizedText } from './offset-map';

/** One paragraph as the input spans of its lines, in reading order. */
export interface ParagraphInput {
  lines: Span[];
}

/** Builds normalised text from paragraphs of input lines (see the module comment for the rules). */
export function composeParagraphs(input: string, paragraphs: ParagraphInput[]): NormalizedText {
  let capacity = 0;
  for (const paragraph of paragraphs) for (const line of paragraph.lines) capacity += line.end - line.start + 2;
  const out = new OffsetMapBuilder(capacity);
  for (const paragraph of paragraphs) {
    if (paragraph.lines.length === 0) continue;
    if (out.size > 0) {
      // The blank line between paragraphs maps to the (empty) input span where the next one starts.
      const gap = paragraph.lines[0].start;
      out.push('\n', gap, gap);
      out.push('\n', gap, gap);
    }
    appendParagraph(input, paragraph, out);
  }
  return out.finish();
}

const SPACE = 0x20;
/** 摄, the role mark of a photo credit. */
const PHOTO_MARK = 0x6444;

/**
 * Scratch buffers for one paragraph's code units and input offsets, reused across calls: building
 * a fresh array per paragraph was a large share of segmentPage's time in garbage collection
 * (bench/segment.bench.ts).
 */
let scratchCodes = new Uint16Array(4096);
let scratchOffsets = new Int32Array(4096);

function ensureScratch(size: number): void {
  if (size <= scratchCodes.length) return;
  const capacity = Math.max(size, scratchCodes.length * 2);
  scratchCodes = new Uint16Array(capacity);
  scratchOffsets = new Int32Array(capacity);
}

function appendParagraph(input: string, paragraph: ParagraphInput, out: OffsetMapBuilder): void {
  let needed = 0;
  for (const line of paragraph.lines) needed += line.end - line.start + 1;
  ensureScratch(needed);
  const codes = scratchCodes;
  const offsets = scratchOffsets;
  // Code units of the joined paragraph with their input offsets; spaces are resolved afterwards,
  // once both neighbours are known.
  let length = 0;
  let previousEnd = -1;
  let previousTrailingSpace = false;
  for (const line of paragraph.lines) {
    let start = line.start;
    let end = line.end;
    while (start < end && isSpace(input.charCodeAt(start))) start++;
    while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    if (length > 0) {
      const before = codes[length - 1];
      const after = input.charCodeAt(start);
      const hyphenated = before === 0x2d && length > 1 && isLatinLetter(codes[length - 2]) && after >= 0x61 && after <= 0x7a;
      // A space printed at the break (闵涛 |陈江静) still separates words; the justification rule below decides whether it stays.
      const spaceAtBreak = previousTrailingSpace || start > line.start;
      if (hyphenated) {
        length--;
      } else if ((!isCjk(before) && !isCjk(after)) || spaceAtBreak) {
        codes[length] = SPACE;
        offsets[length++] = previousEnd;
      }
    }
    previousTrailingSpace = end < line.end;
    for (let i = start; i < end; i++) {
      const code = foldFullwidthCode(input.charCodeAt(i));
      codes[length] = isSpace(code) ? SPACE : code;
      offsets[length++] = i;
    }
    previousEnd = end;
  }
  let i = 0;
  while (i < length) {
    if (codes[i] !== SPACE) {
      out.pushCode(codes[i], offsets[i], offsets[i] + 1);
      i++;
      continue;
    }
    let j = i;
    while (j < length && codes[j] === SPACE) j++;
    if (i > 0 && j < length && !isJustificationSpace(codes, length, i, j)) {
      out.pushCode(SPACE, offsets[i], offsets[j - 1] + 1);
    }
    i = j;
  }
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Number of ideographs in the space-delimited token that ends (dir -1) or starts (dir 1) at `from`. */
function tokenHanCount(codes: Uint16Array, length: number, from: number, dir: 1 | -1): number {
  let count = 0;
  // Two are enough to know a token is not a lone character.
  for (let k = from; k >= 0 && k < length && codes[k] !== SPACE && count < 2; k += dir) {
    if (isHan(codes[k])) count++;
  }
  return count;
}

/**
 * True when the spaces at [i, j) were put there by justification: between an ideograph (or CJK
 * punctuation) and a digit, or between ideographs when one side is a lone character
 * (该 工 程). Spaces between two multi-character words stay: they separate names in a byline or
 * the two halves of a headline.
 */
function isJustificationSpace(codes: Uint16Array, length: number, i: number, j: number): boolean {
  const before = codes[i - 1];
  const after = codes[j];
  const cjkBefore = isCjk(before);
  const cjkAfter = isCjk(after);
  if (cjkBefore && cjkAfter) {
    if (isCjkPunct(before) || isCjkPunct(after)) return true;
    // "罗胜华 摄": a credit's role mark is one character but is not justification.
    if (after === PHOTO_MARK && (j + 1 === length || !isHan(codes[j + 1]))) return false;
    return tokenHanCount(codes, length, i - 1, -1) <= 1 || tokenHanCount(codes, length, j, 1) <= 1;
  }
  return (cjkBefore && isDigit(after)) || (isDigit(before) && cjkAfter);
}

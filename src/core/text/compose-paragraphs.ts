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

/** How a paragraph's spaces are treated: `keep` for bylines and credits, where spaces separate names. */
export interface ParagraphInput {
  lines: Span[];
  keepSpaces?: boolean;
}

/** Builds normalised text from paragraphs of input lines (see the module comment for the rules). */
export function composeParagraphs(input: string, paragraphs: ParagraphInput[]): NormalizedText {
  const out = new OffsetMapBuilder();
  for (const paragraph of paragraphs) {
    if (paragraph.lines.length === 0) continue;
    if (out.size > 0) {
      const gap = out.size > 0 ? paragraph.lines[0].start : 0;
      out.push('\n', gap, gap);
      out.push('\n', gap, gap);
    }
    appendParagraph(input, paragraph, out);
  }
  return out.finish();
}

function appendParagraph(input: string, paragraph: ParagraphInput, out: OffsetMapBuilder): void {
  // Characters of the joined paragraph with their input offsets; spaces are resolved afterwards,
  // once both neighbours are known.
  const chars: string[] = [];
  const offsets: number[] = [];
  let previousEnd = -1;
  for (const line of paragraph.lines) {
    let start = line.start;
    let end = line.end;
    while (start < end && isSpace(input.charCodeAt(start))) start++;
    while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    if (chars.length > 0) {
      const before = chars[chars.length - 1];
      const after = input[start];
      const hyphenated = before === '-' && chars.length > 1 && /[A-Za-z]/.test(chars[chars.length - 2]) && /[a-z]/.test(after);
      if (hyphenated) {
        chars.pop();
        offsets.pop();
      } else if (!isCjk(before.charCodeAt(0)) && !isCjk(after.charCodeAt(0))) {
        chars.push(' ');
        offsets.push(previousEnd);
      }
    }
    for (let i = start; i < end; i++) {
      chars.push(String.fromCharCode(foldFullwidthCode(input.charCodeAt(i))));
      offsets.push(i);
    }
    previousEnd = end;
  }
  let i = 0;
  while (i < chars.length) {
    if (chars[i] !== ' ' && !isSpace(chars[i].charCodeAt(0))) {
      out.push(chars[i], offsets[i], offsets[i] + 1);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && (chars[j] === ' ' || isSpace(chars[j].charCodeAt(0)))) j++;
    if (i > 0 && j < chars.length && (paragraph.keepSpaces || !isJustificationSpace(chars, i, j))) {
      out.push(' ', offsets[i], offsets[j - 1] + 1);
    }
    i = j;
  }
}

/** Number of ideographs in the space-delimited token that ends (dir -1) or starts (dir 1) at `from`. */
function tokenHanCount(chars: string[], from: number, dir: 1 | -1): number {
  let count = 0;
  for (let k = from; k >= 0 && k < chars.length && !isSpace(chars[k].charCodeAt(0)); k += dir) {
    if (isHan(chars[k].charCodeAt(0))) count++;
  }
  return count;
}

/**
 * True when the spaces at [i, j) were put there by justification: between an ideograph (or CJK
 * punctuation) and a digit, or between ideographs when one side is a lone character
 * (该 工 程). Spaces between two multi-character words stay: they separate names in a byline or
 * the two halves of a headline.
 */
function isJustificationSpace(chars: string[], i: number, j: number): boolean {
  const before = chars[i - 1].charCodeAt(0);
  const after = chars[j].charCodeAt(0);
  const cjkBefore = isCjk(before);
  const cjkAfter = isCjk(after);
  if (cjkBefore && cjkAfter) {
    if (isCjkPunct(before) || isCjkPunct(after)) return true;
    // "罗胜华 摄": a credit's role mark is one character but is not justification.
    if (chars[j] === '摄' && (j + 1 === chars.length || !isHan(chars[j + 1].charCodeAt(0)))) return false;
    return tokenHanCount(chars, i - 1, -1) <= 1 || tokenHanCount(chars, j, 1) <= 1;
  }
  return (cjkBefore && isDigit(after)) || (isDigit(before) && cjkAfter);
}

/**
 * Normalisation of text taken from an e-paper or PDF layer: paragraphs are rebuilt from broken
 * lines, and every normalised character maps back to its span in the input.
 */
import type { Span } from '../model';
import { visualWidth } from './char-class';
import { composeParagraphs, type ParagraphInput } from './compose-paragraphs';
import type { NormalizedText } from './offset-map';

/** Re-exported so callers need only this module: the result type and the map back to the input. */
export type { NormalizedText, OffsetMap } from './offset-map';
export { toInputSpan } from './offset-map';

/** Marks after which a line ends its sentence (a closing quote after them is allowed). */
const TERMINAL = /[。！？…；：!?.;:]["'”’」』）)】》]*$/;

/** A line fills its column when it is at least this share of the column width (ragged last lines are shorter). */
export const FULL_LINE_RATIO = 0.75;

/** Lines wider than this (in em) are unwrapped paragraphs, not column lines. */
const UNWRAPPED_WIDTH = 60;

/** Splits text into line spans (without the line break), accepting \n, \r\n and \r. */
export function splitLines(input: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    if (ch === 0x0a || ch === 0x0d) {
      lines.push({ start, end: i });
      if (ch === 0x0d && input.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  if (start < input.length) lines.push({ start, end: input.length });
  return lines;
}

/** True when a line ends its sentence with 。！？… or Latin . ! ? (closing quotes allowed). */
export function endsSentence(line: string): boolean {
  return TERMINAL.test(line.trimEnd());
}

/** The typical column width of a set of line widths: the median (most lines of a column are full). */
export function typicalWidth(widths: number[]): number {
  const sorted = widths.filter((width) => width > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Normalises raw e-paper text: joins lines broken mid-sentence (also across a blank line that
 * falls inside a sentence, as column and page breaks do), drops justification spaces between
 * ideographs, folds fullwidth digits and letters, and separates paragraphs by one blank line.
 */
export function normalizeText(input: string): NormalizedText {
  const lines = splitLines(input);
  const texts = lines.map((line) => input.slice(line.start, line.end));
  const widths = texts.map(visualWidth);
  const column = typicalWidth(widths);
  const paragraphs: ParagraphInput[] = [];
  let current: Span[] = [];
  let blankSeen = false;
  for (let index = 0; index < lines.length; index++) {
    if (widths[index] === 0) {
      blankSeen = current.length > 0 || blankSeen;
      continue;
    }
    if (current.length > 0) {
      const previous = texts[index - 1 - countBlanksBefore(widths, index)];
      const full = isFullLine(previous, column);
      const breaks = blankSeen ? !full || endsSentence(previous) : !full && (endsSentence(previous) || isHeadingLike(previous));
      if (breaks) {
        paragraphs.push({ lines: current });
        current = [];
      }
    }
    current.push(lines[index]);
    blankSeen = false;
  }
  if (current.length > 0) paragraphs.push({ lines: current });
  return composeParagraphs(input, paragraphs);
}

/** True when a line has no sentence punctuation at all: a headline, subhead or list line. */
export function isHeadingLike(line: string): boolean {
  return !/[，。；！？,;!?]/.test(line) && !endsSentence(line);
}

/** Spaces between ideographs where one side is a lone character: the line was stretched to full width. */
const JUSTIFIED = /(^|[\s\u3000])[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff，、：；。]/;

/**
 * True when a line fills its column (so the text runs on): it is nearly as wide as the column, or
 * justification spaces show it was stretched. Unwrapped paragraph lines never count as full.
 */
export function isFullLine(line: string, columnWidth: number): boolean {
  const width = visualWidth(line);
  if (width >= UNWRAPPED_WIDTH) return false;
  return width >= FULL_LINE_RATIO * columnWidth || JUSTIFIED.test(line.trim());
}

function countBlanksBefore(widths: number[], index: number): number {
  let count = 0;
  while (index - 1 - count >= 0 && widths[index - 1 - count] === 0) count++;
  return count;
}

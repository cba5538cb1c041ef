/**
 * Line-level reading of a page: every non-empty line with its furniture mark, width, and whether
 * it reads as headline-like (H) or body (B). Lines broken in mid-sentence — also across a blank
 * line, as column and page breaks do — continue the body they belong to.
 */
import type { Span } from '../model';
import { isSpace, visualWidth } from '../text/char-class';
import { endsSentence, isFullLine, splitLines, typicalWidth } from '../text/normalize';
import { splitWords } from '../text/segment';
import { markLine, type LineMark } from './line-patterns';

/** One non-empty line of the page. */
export interface PageLine {
  /** Index of the line in the input split on line breaks. */
  index: number;
  /** The trimmed content span in the input. */
  span: Span;
  /** The whole line (spaces at its ends tell normalisation a word ended at the break). */
  raw: Span;
  text: string;
  width: number;
  mark: LineMark;
  /** Blank lines between this line and the previous non-empty one. */
  blanksBefore: number;
  /** Local column width (em) around the line. */
  column: number;
  /** Headline-like (no sentence punctuation, not continuing a sentence) rather than body. */
  heading: boolean;
}

/** Lines of sentence-free text wider than the column by this factor are headlines: body text never overflows its column. */
const WIDE_RATIO = 1.12;
/** Lines either side used to estimate the local column width. */
const COLUMN_WINDOW = 5;
/** Lines with these marks are surely body lines; lists and headlines would drag the column estimate. */
const SENTENCE_MARKS = /[，。、；！？,.]/;

/** Reads the non-empty lines of a page and decides headline-like versus body for each. */
export function readPageLines(input: string): PageLine[] {
  const lines: PageLine[] = [];
  let blanks = 0;
  splitLines(input).forEach((raw, index) => {
    let start = raw.start;
    let end = raw.end;
    while (start < end && isSpace(input.charCodeAt(start))) start++;
    while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
    if (start === end) {
      blanks++;
      return;
    }
    const text = input.slice(start, end);
    lines.push({ index, span: { start, end }, raw, text, width: visualWidth(text), mark: markLine(text), blanksBefore: blanks, column: 0, heading: false });
    blanks = 0;
  });
  demoteRunOns(lines);
  assignColumns(lines);
  assignHeadings(lines);
  return lines;
}

/**
 * Furniture-looking lines that are really the rest of the line before: a dash at the start of a
 * line is only an attribution when the text before it has ended (otherwise the line wrapped at a
 * ——), and "通讯员闵涛 陈江静）" after "本报讯（记者王子瑶" is the rest of a dateline bracket.
 */
function demoteRunOns(lines: PageLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const previous = lines[i - 1];
    if (line.mark !== 'attribution' && line.mark !== 'byline' && line.mark !== 'signature') continue;
    if (line.blanksBefore > 0 || endsSentence(previous.text)) continue;
    if (line.mark === 'attribution' && previous.mark === 'text') line.mark = 'text';
    const openBracket = count(previous.text, '（') > count(previous.text, '）') || count(previous.text, '(') > count(previous.text, ')');
    if ((line.mark === 'byline' || line.mark === 'signature') && (previous.mark === 'dateline' || previous.mark === 'text') && openBracket) line.mark = 'text';
  }
}

function assignColumns(lines: PageLine[]): void {
  const bodyish = lines.map((line) => (line.mark === 'text' || line.mark === 'dateline') && SENTENCE_MARKS.test(line.text));
  const pageColumn = typicalWidth(lines.filter((_, i) => bodyish[i]).map((line) => line.width));
  const widths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    widths.length = 0;
    if (bodyish[i]) widths.push(lines[i].width);
    // Walk out from the line but not past furniture or a dateline: neighbouring items may be set
    // in columns of another width.
    for (let k = i - 1, seen = 0; k >= 0 && seen < COLUMN_WINDOW; k--, seen++) {
      if (lines[k].mark !== 'text' || lines[k + 1].mark === 'dateline') break;
      if (bodyish[k]) widths.push(lines[k].width);
    }
    for (let k = i + 1, seen = 0; k < lines.length && seen < COLUMN_WINDOW; k++, seen++) {
      if ((lines[k].mark !== 'text' && lines[k].mark !== 'dateline') || (lines[k].mark === 'dateline' && k !== i + 1)) break;
      if (bodyish[k]) widths.push(lines[k].width);
    }
    lines[i].column = median(widths) || pageColumn || lines[i].width;
  }
}

/** Median of a small list, sorted in place (at most 2 × COLUMN_WINDOW + 1 entries). */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  // Insertion sort: the list is tiny and Array#sort's comparator calls dominated (bench/segment.bench.ts).
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    let k = i - 1;
    while (k >= 0 && values[k] > value) {
      values[k + 1] = values[k];
      k--;
    }
    values[k + 1] = value;
  }
  return values[values.length >> 1];
}

/** No sentence punctuation inside and none at the end, except a kicker's closing colon. */
function isHeadingText(text: string): boolean {
  if (/[，。；！？,;!?]/.test(text)) return false;
  // A headline line closes the quotes it opens; a body line wrapped inside a quotation does not.
  if (count(text, '“') !== count(text, '”') || count(text, '《') !== count(text, '》') || count(text, '（') !== count(text, '）')) return false;
  if (!/[\u4e00-\u9fff]/.test(text) && !isTitleCase(text)) return false;
  return !endsSentence(text) || /[：:]$/.test(text);
}

function count(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

/**
 * English headlines are set in Title Case or capitals; a wrapped body line is mostly lower case.
 * Decks (sentence-case subtitles) are caught by the share of capitalised long words, not all of them.
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[A-Za-z]{4,}/.test(word));
  if (words.length === 0) return /^[A-Z0-9]/.test(text);
  const capitalised = words.filter((word) => /^[A-Z]/.test(word)).length;
  return /^[A-Z0-9$"“]/.test(text) && capitalised / words.length >= 0.5;
}

/**
 * True when body line `line` starts a new paragraph after `previous`: the previous line ended a
 * sentence and either a blank line follows it or it stops short of the column.
 */
export function startsParagraph(previous: PageLine, line: PageLine): boolean {
  return endsSentence(previous.text) && (line.blanksBefore > 0 || !isFullLine(previous.text, previous.column));
}

/** True when `line` continues the sentence of the body line before it. */
function continuesPrevious(previous: PageLine | undefined, line: PageLine): boolean {
  if (!previous || previous.heading || previous.mark !== 'text' && previous.mark !== 'dateline') return false;
  if (line.mark !== 'text') return false;
  return isFullLine(previous.text, previous.column) && !endsSentence(previous.text);
}

function assignHeadings(lines: PageLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.mark !== 'text') continue;
    const previous = lines[i - 1];
    if (continuesPrevious(previous, line)) continue;
    if (previous && previous.mark === 'attribution' && line.blanksBefore === 0) continue;
    if (previous && (previous.mark === 'continued-from' || previous.mark === 'dateline' && !endsSentence(previous.text))) continue;
    if (!isHeadingText(line.text)) {
      // An English deck (sentence case, no final stop) printed between the title and the byline.
      const next = lines[i + 1];
      const isDeck =
        previous?.heading === true && line.blanksBefore === 0 && !/[\u4e00-\u9fff]/.test(line.text) && !endsSentence(line.text) && !/[,;]$/.test(line.text);
      if (isDeck && (!next || next.mark === 'byline' || next.blanksBefore > 0)) line.heading = true;
      continue;
    }
    if (line.width > WIDE_RATIO * line.column || isDisplayLetterSpaced(line, previous, lines[i + 1])) {
      line.heading = true;
      continue;
    }
    const next = lines[i + 1];
    // The first line of a body printed right under a headline belongs to the column below it,
    // which may be narrower than the text before the headline.
    const column = next && next.mark === 'text' && next.blanksBefore === 0 ? Math.min(line.column, next.column) : line.column;
    if (!isFullLine(line.text, column) || /[：:]$/.test(line.text)) {
      line.heading = true;
      continue;
    }
    // A full-width line without punctuation: a headline unless the next line carries its sentence on.
    if (!next || next.mark !== 'text') {
      line.heading = true;
    } else if (next.blanksBefore === 0) {
      // List and headline lines end on a word; body lines often break one (技|工). Under a
      // headline line, a next line with an enumeration comma (抓好普法队伍、宣传平台…) can still be
      // the headline's last line.
      const listComma = next.text.includes('、') && previous?.heading !== true;
      line.heading = isHeadingText(next.text) && !listComma && !wordSpansBreak(line.text, next.text);
    } else {
      line.heading = !wordSpansBreak(line.text, next.text);
    }
  }
}

/** Ideographs only, every one set apart by spaces (习 近 平 论 中 国 梦). */
const LETTER_SPACED = /^[\u4e00-\u9fff](?:[\s\u3000]+[\u4e00-\u9fff])+$/;
/** A stretched body line still fills most of its column; a letter-spaced display line is shorter. */
const DISPLAY_RATIO = 0.6;

/**
 * A short headline set letter-spaced, which a text layer prints like a justified body line (该 工
 * 程 治 理): it is one when it is much narrower than the column, or when it opens a paragraph and the
 * line after it is not stretched too (a justified body line is usually one of several, since the
 * short lines come from punctuation and digit runs that do not fit).
 */
function isDisplayLetterSpaced(line: PageLine, previous: PageLine | undefined, next: PageLine | undefined): boolean {
  if (!LETTER_SPACED.test(line.text)) return false;
  if (line.width <= DISPLAY_RATIO * line.column) return true;
  const opens = !previous || line.blanksBefore > 0 || previous.mark !== 'text' || endsSentence(previous.text);
  return opens && next !== undefined && !/[\u4e00-\u9fff，。、；：][\s\u3000]+[\u4e00-\u9fff，。、；：0-9]/.test(next.text);
}

/**
 * True when a word runs across the break between two lines ("一网|统管"): the first line goes on.
 * Without Intl.Segmenter splitWords gives one word per ideograph, so no word spans the break.
 */
function wordSpansBreak(first: string, second: string): boolean {
  // Only a break between two ideographs can fall inside a word.
  if (!/[\u4e00-\u9fff]$/.test(first) || !/^[\u4e00-\u9fff]/.test(second)) return false;
  const tail = first.slice(-4);
  return splitWords(tail + second.slice(0, 4)).some((word) => word.start < tail.length && word.end > tail.length);
}

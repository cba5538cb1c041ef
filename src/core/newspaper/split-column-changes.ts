/**
 * Splits a body where the column width changes. A text layer reads a page box by box, and the
 * typesetter sets every line of one box to the same measure; when two boxes follow each other
 * with nothing printed between them (an unsigned article, then a photo caption or another
 * article), the only trace of the seam is that the full lines change width at a paragraph start.
 */
import { visualWidth } from '../text/char-class';
import { endsSentence } from '../text/normalize';
import { cutBody, type BodyBlock, type PageBlock } from './blocks';
import { startsParagraph, type PageLine } from './page-lines';

/** Full lines looked at on each side of a possible seam. */
const SIDE_LINES = 10;
/** Full lines needed on each side before a width can be trusted. */
const MIN_SAMPLES = 3;
/**
 * Medians must differ by this many cells: one box's lines vary by a cell at most (punctuation
 * hanging past the margin, a character pulled down, a half-width digit run).
 */
const MIN_CELLS = 2;
/** …and by this share of the wider measure. */
const MIN_SHARE = 0.1;

/** Share of each side's widths that must lie within a cell of its median (one measure per side). */
const MIN_UNIFORMITY = 0.75;

/** The blocks with every body cut where its measure changes. */
export function splitColumnChanges(blocks: PageBlock[]): PageBlock[] {
  const out: PageBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'body') out.push(...splitBody(block));
    else out.push(block);
  }
  return out;
}

function splitBody(body: BodyBlock): BodyBlock[] {
  const lines = body.lines;
  if (lines.length < 2 * MIN_SAMPLES + 2) return [body];
  const widths = measureWidths(lines);
  let best = -1;
  let bestGap = 0;
  for (let c = MIN_SAMPLES + 1; c < lines.length - MIN_SAMPLES; c++) {
    if (!opensParagraph(lines[c - 1], lines[c])) continue;
    const left = sample(widths, Math.max(0, c - SIDE_LINES), c);
    const right = sample(widths, c, Math.min(lines.length, c + SIDE_LINES));
    if (left.length < MIN_SAMPLES || right.length < MIN_SAMPLES) continue;
    const gap = Math.abs(median(left) - median(right));
    if (gap < MIN_CELLS || gap < MIN_SHARE * Math.max(median(left), median(right))) continue;
    // The seam is where both sides are most uniform: a cut one paragraph early leaves lines of
    // the first box on the second side.
    const [uniformLeft, uniformRight] = [uniformity(left), uniformity(right)];
    if (uniformLeft < MIN_UNIFORMITY || uniformRight < MIN_UNIFORMITY) continue;
    const score = gap * uniformLeft * uniformRight;
    if (score > bestGap) {
      best = c;
      bestGap = score;
    }
  }
  if (best < 0) return [body];
  const [first, second] = cutBody(body, best);
  return [...splitBody(first), ...splitBody(second)];
}

/**
 * Width of each line that shows the measure: one inside a sentence on both ends (so neither a
 * paragraph's indented first line nor its ragged last line), not indented, and not stretched by
 * justification spaces (the text layer drops the stretch, so it reads short). NaN for the others.
 */
function measureWidths(lines: PageLine[]): Float64Array {
  const widths = new Float64Array(lines.length).fill(NaN);
  for (let k = 1; k + 1 < lines.length; k++) {
    const line = lines[k];
    // Lines next to a sentence end may open or close a paragraph (indented, or ragged).
    if (endsSentence(lines[k - 1].text) || endsSentence(line.text) || line.span.start > line.raw.start || /\s/.test(line.text)) continue;
    if (startsParagraph(line, lines[k + 1])) continue;
    widths[k] = visualWidth(line.text);
  }
  return widths;
}

/** A paragraph may start at `line`: the text before ended a sentence and the line is indented, follows a blank line or a short line. */
function opensParagraph(previous: PageLine, line: PageLine): boolean {
  return startsParagraph(previous, line) || (endsSentence(previous.text) && line.span.start > line.raw.start);
}

function sample(widths: Float64Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) if (!Number.isNaN(widths[k])) out.push(widths[k]);
  return out;
}

/** Share of the widths within a cell of their median. */
function uniformity(values: number[]): number {
  const middle = median(values);
  return values.filter((value) => Math.abs(value - middle) <= 1).length / values.length;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

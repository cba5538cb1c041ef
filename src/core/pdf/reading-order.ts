/**
 * Reading order of a PDF page's text layer: pdf.js gives text items in content-stream order,
 * which on a newspaper page is whatever order the typesetter drew the boxes in (or glyph by
 * glyph). This module rebuilds what a reader follows:
 *
 * 1. lines: glyph runs on one baseline, split where the gap is wider than a word space could
 *    be (`COLUMN_GAP` em) — two columns side by side share baselines but not a line — unless
 *    a line of the same column nearby runs across the gap (a justified line stretched wide);
 * 2. blocks: a line joins the block whose last line is the nearest line above it that it
 *    overlaps, when the type size matches and at most one blank line lies between (a column of
 *    one article; a headline in a bigger size or a box under a wider gap starts a new block);
 * 3. order: recursive X-Y cut on the blocks (Nagy's): the widest empty band across the whole
 *    region, vertical or horizontal, splits it first; left before right, top before bottom. On
 *    a page of boxes (Manhattan layout, what newspapers print) the gutter between two articles
 *    is wider than any gap that happens to line up across them, and a headline spanning its
 *    columns stops the vertical cut until it has been cut off above them.
 *
 * The text is the blocks in that order, lines joined by a line break, a blank line between
 * blocks and where a block has a blank line: the same shape as a text layer copied from an
 * e-paper (../shared/fixtures/seed-page.txt), so `segmentPage` reads it unchanged.
 */
import { glyphRuns, type GlyphRun, type PdfTextItem } from './text-items';

/** A box in PDF units, y going up. */
export interface Box {
  x0: number;
  x1: number;
  bottom: number;
  top: number;
}

/** A piece of a placed line: which pdf.js item, from which character of its `str`, to which text offsets. */
export interface RunSpan {
  item: number;
  /** Offset in the item's `str` of the first character of this run. */
  from: number;
  start: number;
  end: number;
}

/** A line of the page text with where it is printed. `start`/`end` are offsets into `text`. */
export interface PlacedLine {
  start: number;
  end: number;
  box: Box;
  size: number;
  runs: RunSpan[];
}

/** The page's text in reading order. */
export interface PageReadingOrder {
  text: string;
  lines: PlacedLine[];
  /** Lines of the text, grouped as read (a column of an article, a headline…), as line index ranges. */
  blocks: { first: number; last: number; box: Box }[];
}

/** Internal line while building. */
interface Line {
  runs: GlyphRun[];
  box: Box;
  base: number;
  size: number;
}

interface Block {
  lines: Line[];
  box: Box;
}

/** A gap wider than this many ems between runs on a baseline is a gutter, not a space (justified Latin stretches to ~0.6 em). */
const COLUMN_GAP = 0.9;
/** A gap wider than this many ems between runs is a space. */
const SPACE_GAP = 0.15;
/** Baselines closer than this many ems are one baseline. */
const BASELINE_TOLERANCE = 0.3;
/** At most this many ems from one baseline to the next inside a block (1.45 line pitch + one blank line ≈ 2.9). */
const MAX_BLOCK_STEP = 3.2;

const union = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  x1: Math.max(a.x1, b.x1),
  bottom: Math.min(a.bottom, b.bottom),
  top: Math.max(a.top, b.top),
});
const runBox = (run: GlyphRun): Box => ({ x0: run.x0, x1: run.x1, bottom: run.base - 0.15 * run.size, top: run.base + 0.85 * run.size });
const overlapX = (a: Box, b: Box): number => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/**
 * Glyph runs → lines: one baseline, runs closer than a gutter. A wider gap is still a word
 * space when a line of the same column a few lines away runs across it (a justified line
 * stretched around a long word); a gutter stays empty in the lines of both columns.
 */
export function buildLines(runs: readonly GlyphRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.base - a.base || a.x0 - b.x0);
  const rows: GlyphRun[][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].base - run.base) <= BASELINE_TOLERANCE * Math.min(row[0].size, run.size)) row.push(run);
    else rows.push([run]);
  }
  const lineRows: Line[][] = rows.map((row) => {
    row.sort((a, b) => a.x0 - b.x0);
    const out: Line[] = [];
    let current: Line | undefined;
    for (const run of row) {
      const gap = current ? run.x0 - current.box.x1 : Infinity;
      if (current && gap <= COLUMN_GAP * Math.max(run.size, current.size) && Math.abs(run.size - current.size) <= 0.25 * current.size) {
        current.runs.push(run);
        current.box = union(current.box, runBox(run));
      } else {
        current = { runs: [run], box: runBox(run), base: run.base, size: run.size };
        out.push(current);
      }
    }
    return out;
  });
  // Two passes, so that two stretched lines in a row can vouch for each other once one is mended.
  for (let pass = 0; pass < 2; pass++) {
    const all = lineRows.flat();
    lineRows.forEach((row) => {
      for (let i = 0; i + 1 < row.length; ) {
        const left = row[i];
        const right = row[i + 1];
        const em = left.size;
        // A line of the same column (same type, same left edge give or take an indent) within a
        // few lines runs across the gap: then the gap is a stretched word space, not a gutter.
        const mend =
          Math.abs(right.size - em) <= 0.1 * em &&
          all.some(
            (line) =>
              line !== left &&
              line !== right &&
              Math.abs(line.base - left.base) <= 6 * em &&
              Math.abs(line.size - em) <= 0.1 * em &&
              line.box.x0 >= left.box.x0 - 2 * em &&
              line.box.x0 <= left.box.x0 + 0.6 * em &&
              line.box.x1 >= right.box.x0 + 0.5 * em,
          );
        if (mend) {
          left.runs.push(...right.runs);
          left.box = union(left.box, right.box);
          row.splice(i + 1, 1);
        } else i++;
      }
    });
  }
  const lines = lineRows.flat();
  for (const line of lines) line.size = Math.max(...line.runs.map((run) => run.size));
  return lines;
}

/** Lines → blocks (see the module comment, step 2). */
export function buildBlocks(lines: readonly Line[]): Block[] {
  const sorted = [...lines].sort((a, b) => b.base - a.base || a.box.x0 - b.box.x0);
  const blocks: Block[] = [];
  for (const line of sorted) {
    let nearest: Block | undefined;
    for (const block of blocks) {
      const last = block.lines[block.lines.length - 1];
      if (last.base <= line.base) continue;
      if (overlapX(last.box, line.box) <= 0.3 * Math.min(last.box.x1 - last.box.x0, line.box.x1 - line.box.x0)) continue;
      if (!nearest || last.base < nearest.lines[nearest.lines.length - 1].base) nearest = block;
    }
    const last = nearest?.lines[nearest.lines.length - 1];
    const fits =
      nearest &&
      last &&
      Math.abs(last.size - line.size) <= 0.15 * Math.max(last.size, line.size) &&
      last.base - line.base <= MAX_BLOCK_STEP * line.size &&
      // A line much wider than the block's measure is set across columns (a headline, a box below).
      line.box.x1 <= nearest.box.x1 + 2 * line.size &&
      line.box.x0 >= nearest.box.x0 - 2 * line.size;
    if (fits && nearest) {
      nearest.lines.push(line);
      nearest.box = union(nearest.box, line.box);
    } else blocks.push({ lines: [line], box: { ...line.box } });
  }
  return blocks;
}

/** The widest empty band across `blocks` along one axis: [gap width, position of the cut]. */
function widestGap(blocks: readonly Block[], axis: 'x' | 'y'): { width: number; at: number } | undefined {
  const spans = blocks
    .map((block) => (axis === 'x' ? [block.box.x0, block.box.x1] : [block.box.bottom, block.box.top]))
    .sort((a, b) => a[0] - b[0]);
  let best: { width: number; at: number } | undefined;
  let reach = spans[0][1];
  for (const [start, end] of spans.slice(1)) {
    if (start > reach && (!best || start - reach > best.width)) best = { width: start - reach, at: (start + reach) / 2 };
    reach = Math.max(reach, end);
  }
  return best;
}

/** X-Y cut: blocks in reading order (see the module comment, step 3). */
export function orderBlocks(blocks: readonly Block[]): Block[] {
  if (blocks.length <= 1) return [...blocks];
  const sizes = blocks.map((block) => block.lines[0].size).sort((a, b) => a - b);
  const em = sizes[sizes.length >> 1];
  const vertical = widestGap(blocks, 'x');
  const horizontal = widestGap(blocks, 'y');
  const useVertical = vertical && vertical.width >= 0.5 * em && (!horizontal || vertical.width >= horizontal.width);
  if (useVertical && vertical) {
    const left = blocks.filter((block) => block.box.x1 <= vertical.at);
    const right = blocks.filter((block) => block.box.x1 > vertical.at);
    return [...orderBlocks(left), ...orderBlocks(right)];
  }
  if (horizontal) {
    const above = blocks.filter((block) => block.box.bottom >= horizontal.at);
    const below = blocks.filter((block) => block.box.bottom < horizontal.at);
    return [...orderBlocks(above), ...orderBlocks(below)];
  }
  // Overlapping boxes (not a Manhattan layout): top to bottom, then left to right.
  return [...blocks].sort((a, b) => b.box.top - a.box.top || a.box.x0 - b.box.x0);
}

/** The text of one line: runs joined, a space where the gap is a word space. Returns the pieces with their offsets. */
function lineText(line: Line, offset: number): { text: string; runs: RunSpan[] } {
  let text = '';
  const runs: RunSpan[] = [];
  let previous: GlyphRun | undefined;
  for (const run of line.runs) {
    if (previous && run.x0 - previous.x1 > SPACE_GAP * Math.max(run.size, previous.size)) text += ' ';
    runs.push({ item: run.item, from: run.from, start: offset + text.length, end: offset + text.length + run.str.length });
    text += run.str;
    previous = run;
  }
  return { text, runs };
}

/** The text of a built line as it will read (for the running-head rule). */
export function lineString(line: Line): string {
  return lineText(line, 0).text;
}

/** The page text in reading order from pdf.js text items. */
export function readingOrder(items: readonly PdfTextItem[]): PageReadingOrder {
  return orderLines(buildLines(glyphRuns(items)));
}

/** Same as readingOrder, from lines already built (the page-header reader takes its lines out first). */
export function orderLines(lines: readonly Line[]): PageReadingOrder {
  const blocks = orderBlocks(buildBlocks(lines));
  let text = '';
  const placed: PlacedLine[] = [];
  const blockRanges: PageReadingOrder['blocks'] = [];
  blocks.forEach((block, b) => {
    if (b > 0) text += '\n\n';
    const first = placed.length;
    const steps = block.lines.slice(1).map((line, i) => block.lines[i].base - line.base);
    // The line pitch: the smallest step, but no more than 1.6 em (a block of two lines with a
    // blank line between has only the one, wide step).
    const pitch = Math.min(Math.max(block.lines[0].size, Math.min(...steps, Infinity)), 1.6 * block.lines[0].size);
    block.lines.forEach((line, i) => {
      if (i > 0) text += steps[i - 1] > 1.6 * pitch ? '\n\n' : '\n';
      const piece = lineText(line, text.length);
      placed.push({ start: text.length, end: text.length + piece.text.length, box: line.box, size: line.size, runs: piece.runs });
      text += piece.text;
    });
    blockRanges.push({ first, last: placed.length - 1, box: block.box });
  });
  return { text, lines: placed, blocks: blockRanges };
}

export type { Line as BuiltLine };

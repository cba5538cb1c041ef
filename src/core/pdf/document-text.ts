/**
 * The whole document's text of a PDF, as highlights point into it: each page's text in reading
 * order (segmentPdfPage), pages joined by a blank line. TextPositionSelector offsets are into
 * this text, so they survive the PDF being opened from another address; a point of pdf.js's
 * text layer (the item's span, a character in it) maps to an offset and back, through the runs
 * each placed line keeps.
 */
import type { Span } from '../model';
import type { RunSpan } from './reading-order';

/** Between two pages' texts. */
export const PAGE_SEPARATOR = '\n\n';

/** What the document text needs of each page: its text and its lines' runs. */
export interface PageText {
  text: string;
  lines: { runs: RunSpan[] }[];
}

/** The document text and where each page starts in it. */
export interface DocumentText {
  text: string;
  starts: number[];
  /** Per page: the runs in text order. */
  runs: RunSpan[][];
}

/** A character range of one pdf.js text item on one page (0-based page). */
export interface ItemRange {
  page: number;
  item: number;
  /** Offsets in the item's own `str`. */
  from: number;
  to: number;
}

export function documentText(pages: readonly PageText[]): DocumentText {
  const starts: number[] = [];
  let text = '';
  pages.forEach((page, index) => {
    if (index > 0) text += PAGE_SEPARATOR;
    starts.push(text.length);
    text += page.text;
  });
  return { text, starts, runs: pages.map((page) => page.lines.flatMap((line) => line.runs)) };
}

/** The page (0-based) a document offset is on. */
export function pageOf(doc: DocumentText, offset: number): number {
  let page = 0;
  while (page + 1 < doc.starts.length && doc.starts[page + 1] <= offset) page++;
  return page;
}

/**
 * The document offset of a text-layer point: character `char` of item `item` on `page`. A point
 * on an item the text leaves out (spaces, rotated text) moves to the next kept character for a
 * start, the previous one for an end.
 */
export function offsetAt(doc: DocumentText, page: number, item: number, char: number, side: 'start' | 'end'): number | undefined {
  const runs = doc.runs[page];
  if (!runs?.length) return undefined;
  const base = doc.starts[page];
  const own = runs.filter((run) => run.item === item);
  for (const run of own) {
    const length = run.end - run.start;
    const local = char - run.from;
    if (local >= 0 && local <= length) return base + run.start + local;
  }
  if (own.length) {
    const first = own[0];
    const last = own[own.length - 1];
    return base + (char < first.from ? first.start : last.end);
  }
  // The item has no kept text: the nearest run in item order, forwards for a start, backwards for an end.
  const candidates = runs.filter((run) => (side === 'start' ? run.item > item : run.item < item));
  if (!candidates.length) return undefined;
  const pick = side === 'start' ? candidates.reduce((a, b) => (b.item < a.item ? b : a)) : candidates.reduce((a, b) => (b.item > a.item ? b : a));
  return base + (side === 'start' ? pick.start : pick.end);
}

/** The item character ranges a document span covers, page by page (what the painter marks). */
export function itemRanges(doc: DocumentText, span: Span): ItemRange[] {
  const out: ItemRange[] = [];
  doc.runs.forEach((runs, page) => {
    const base = doc.starts[page];
    for (const run of runs) {
      const start = Math.max(span.start, base + run.start);
      const end = Math.min(span.end, base + run.end);
      if (end > start) out.push({ page, item: run.item, from: run.from + (start - base - run.start), to: run.from + (end - base - run.start) });
    }
  });
  return out;
}

/**
 * One PDF page through the newspaper pipeline: pdf.js text items → lines → running head apart
 * → reading order → segmentPage. The result carries the page text the item spans point into,
 * and where each line is printed (the reader page outlines an item by its lines' boxes).
 */
import { segmentPage } from '../newspaper/segment-page';
import type { PageItem } from '../newspaper/types';
import { buildLines, lineString, orderLines, type PageReadingOrder } from './reading-order';
import { splitRunningHead } from './running-head';
import { glyphRuns, type PdfTextItem } from './text-items';

/** A segmented PDF page. */
export interface PdfPageSegmentation extends PageReadingOrder {
  /** The running head's lines, left to right (paper, date, 版次, 版名), not part of `text`. */
  head: string[];
  /** False when the page has no text layer (a scan): `text` is empty and there are no items. */
  hasText: boolean;
  items: PageItem[];
}

/** Segments one page from its pdf.js text items. */
export function segmentPdfPage(textItems: readonly PdfTextItem[]): PdfPageSegmentation {
  const lines = buildLines(glyphRuns(textItems)).map((line) => ({ line, text: lineString(line), box: line.box, size: line.size }));
  const { head, rest } = splitRunningHead(lines);
  const order = orderLines(rest.map((entry) => entry.line));
  const hasText = order.text.trim().length > 0;
  return { ...order, head: head.map((entry) => entry.text), hasText, items: hasText ? segmentPage(order.text).items : [] };
}

/**
 * The articles of each page for the sidebar: the page's text items through the same pipeline as
 * the command line (src/core/pdf), and where each item is printed (one box per block of lines
 * it covers, in PDF units) so the reader page can outline it.
 */
import type { PageItem } from '../src/core/newspaper/types';
import type { Box } from '../src/core/pdf/reading-order';
import { segmentPdfPage, type PdfPageSegmentation } from '../src/core/pdf/segment-pdf-page';
import type { PdfTextItem } from '../src/core/pdf/text-items';

/** One sidebar entry. */
export interface PageArticle {
  /** 1-based page number. */
  page: number;
  index: number;
  item: PageItem;
  /** Headline, or the start of the body for an item without one. */
  label: string;
  byline: string;
  boxes: Box[];
}

/** The segmentation of a page and its sidebar entries. */
export interface PageArticles {
  page: number;
  segmentation: PdfPageSegmentation;
  articles: PageArticle[];
}

const spanText = (text: string, spans: { start: number; end: number }[]) => spans.map((span) => text.slice(span.start, span.end).trim()).join(' ');

/** Boxes of the blocks an item's spans touch (each block clipped to the item's lines). */
export function itemBoxes(segmentation: PdfPageSegmentation, item: PageItem): Box[] {
  const spans = [...item.headline, ...item.byline, ...item.body, ...item.other];
  const boxes: Box[] = [];
  for (const block of segmentation.blocks) {
    let box: Box | undefined;
    for (let i = block.first; i <= block.last; i++) {
      const line = segmentation.lines[i];
      if (!spans.some((span) => span.start < line.end && span.end > line.start)) continue;
      box = box
        ? { x0: Math.min(box.x0, line.box.x0), x1: Math.max(box.x1, line.box.x1), bottom: Math.min(box.bottom, line.box.bottom), top: Math.max(box.top, line.box.top) }
        : { ...line.box };
    }
    if (box) boxes.push(box);
  }
  return boxes;
}

/** Segments one page's text items and makes its sidebar entries. */
export function pageArticles(page: number, items: readonly PdfTextItem[]): PageArticles {
  const segmentation = segmentPdfPage(items);
  const articles = segmentation.items.map((item, index) => {
    const headline = [item.kicker, item.title, item.subtitle].filter(Boolean).join(' ') || spanText(segmentation.text, item.headline);
    const label = headline || item.bodyText.replace(/\s+/g, ' ').slice(0, 40);
    const byline = spanText(segmentation.text, item.byline) || item.people.map((person) => person.name).join('、');
    return { page, index, item, label, byline, boxes: itemBoxes(segmentation, item) };
  });
  return { page, segmentation, articles };
}

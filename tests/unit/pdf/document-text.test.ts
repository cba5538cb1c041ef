import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../src/core/pdf/reading-order';
import { documentText, itemRanges, offsetAt, pageOf } from '../../../src/core/pdf/document-text';
import type { PdfTextItem } from '../../../src/core/pdf/text-items';

const item = (str: string, x: number, y: number): PdfTextItem => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 10, height: 10 });
// Page 1: two lines, the second drawn first; page 2: one line after a space-only item.
const page1Items = [item('第二行文字', 0, 485), item('第一行', 0, 500), item('文字', 30, 500)];
const page2Items = [item('   ', 0, 600), item('第二页', 0, 500)];
const pages = [readingOrder(page1Items), readingOrder(page2Items)];
const doc = documentText(pages);

describe('documentText', () => {
  it('joins the pages in reading order with a blank line', () => {
    expect(doc.text).toBe('第一行文字\n第二行文字\n\n第二页');
    expect(doc.starts).toEqual([0, 13]);
    expect(pageOf(doc, 12)).toBe(0);
    expect(pageOf(doc, 13)).toBe(1);
  });

  it('maps a text-layer point to a document offset and back to the item characters', () => {
    // '行' of '第一行' (item 1, char 2) and the end of '文字' on line 2 (item 0, char 5).
    const start = offsetAt(doc, 0, 1, 2, 'start')!;
    const end = offsetAt(doc, 0, 0, 5, 'end')!;
    expect(doc.text.slice(start, end)).toBe('行文字\n第二行文字');
    expect(itemRanges(doc, { start, end })).toEqual([
      { page: 0, item: 1, from: 2, to: 3 },
      { page: 0, item: 2, from: 0, to: 2 },
      { page: 0, item: 0, from: 0, to: 5 },
    ]);
  });

  it('moves a point on an item the text leaves out to the next kept character', () => {
    expect(offsetAt(doc, 1, 0, 1, 'start')).toBe(13);
    expect(offsetAt(doc, 1, 0, 1, 'end')).toBeUndefined();
  });

  it('spans pages: a range from page 1 into page 2 marks items on both', () => {
    const ranges = itemRanges(doc, { start: 8, end: 15 });
    expect(ranges.map((r) => [r.page, r.item, r.from, r.to])).toEqual([[0, 0, 2, 5], [1, 1, 0, 2]]);
  });
});

import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../src/core/pdf/reading-order';
import { foldCompatibilityIdeographs, glyphRuns, type PdfTextItem } from '../../../src/core/pdf/text-items';

/** A pdf.js-like text item: one run of CJK text (1 em per character) at x, baseline y. */
const cjk = (str: string, x: number, y: number, size = 10): PdfTextItem => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size, height: size, hasEOL: false });
/** One item per glyph, as Chromium's PDF writer emits CJK text. */
const glyphs = (str: string, x: number, y: number, size = 10): PdfTextItem[] => [...str].map((c, i) => cjk(c, x + i * size, y, size));
/** A column of lines, 14.5 units apart, starting at baseline y. */
const column = (lines: string[], x: number, y: number): PdfTextItem[] => lines.flatMap((line, i) => (line ? glyphs(line, x, y - i * 14.5) : []));

describe('readingOrder', () => {
  it('reads a headline across two columns, then the left column, then the right one', () => {
    const items = [
      // Drawn in a scrambled order (right column first, headline last), as typesetters do.
      ...column(['右栏第一行文字', '右栏第二行文字'], 100, 500),
      ...column(['左栏第一行文字', '左栏第二行文字'], 0, 500),
      ...glyphs('通栏标题', 0, 530, 20),
    ];
    expect(readingOrder(items).text).toBe('通栏标题\n\n左栏第一行文字\n左栏第二行文字\n\n右栏第一行文字\n右栏第二行文字');
  });

  it('keeps a blank line inside a column and puts one between two articles of a row', () => {
    const items = [
      ...column(['甲文第一段', '', '甲文第二段'], 0, 500),
      ...column(['乙文只有一段', '乙文第二行'], 150, 500),
    ];
    expect(readingOrder(items).text).toBe('甲文第一段\n\n甲文第二段\n\n乙文只有一段\n乙文第二行');
  });

  it('reads rows of boxes top to bottom: an article under two others comes after both', () => {
    const items = [
      ...column(['下方文章第一行', '下方文章第二行'], 0, 300),
      ...column(['右上文章一行'], 100, 500),
      ...column(['左上文章一行'], 0, 500),
    ];
    expect(readingOrder(items).text.split('\n\n')).toEqual(['左上文章一行', '右上文章一行', '下方文章第一行\n下方文章第二行']);
  });

  it('joins a justified Latin line stretched around a wide gap, but not two columns across a gutter', () => {
    const latin = (str: string, x: number, y: number, width: number): PdfTextItem => ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10 });
    const items = [
      latin('The council voted on Wednesday to', 0, 500, 200),
      latin('debate', 0, 486, 30),
      latin('that', 60, 486, 20),
      latin('divided', 110, 486, 35),
      latin('the city for years.', 160, 486, 40),
      latin('Opponents said the plan costs', 0, 472, 200),
      // The next column, 25 units (2.5 em) to the right.
      latin('Second column text line', 225, 500, 200),
      latin('and its second line', 225, 486, 150),
    ];
    expect(readingOrder(items).text).toBe(
      'The council voted on Wednesday to\ndebate that divided the city for years.\nOpponents said the plan costs\n\nSecond column text line\nand its second line',
    );
  });

  it('puts a space where the gap between runs is a word space, none between glyphs set solid', () => {
    const items = [...glyphs('党建业务', 0, 500), ...glyphs('打造新标杆', 44, 500)];
    expect(readingOrder(items).text).toBe('党建业务 打造新标杆');
  });

  it('maps every character of the text back to its pdf.js item', () => {
    const items = [...column(['第一行', '第二行'], 0, 500)];
    const { text, lines } = readingOrder(items);
    for (const line of lines) {
      for (const run of line.runs) expect(text.slice(run.start, run.end)).toBe(items[run.item].str.slice(run.from, run.from + (run.end - run.start)));
    }
    expect(lines.map((line) => text.slice(line.start, line.end))).toEqual(['第一行', '第二行']);
  });

  it('drops empty and space-only items and rotated text', () => {
    const items: PdfTextItem[] = [cjk('正文', 0, 500), { str: ' ', transform: [10, 0, 0, 10, 20, 500], width: 400, height: 0 }, { str: '', transform: [1, 0, 0, 1, 0, 0], width: 0, height: 0, hasEOL: true }, { str: '竖排', transform: [0, 10, -10, 0, 300, 300], width: 20, height: 10 }];
    expect(glyphRuns(items).map((run) => run.str)).toEqual(['正文']);
  });
});

describe('foldCompatibilityIdeographs', () => {
  it('folds Kangxi and simplified radicals that stand for ideographs, one unit for one', () => {
    expect(foldCompatibilityIdeographs('⽇报 ⼀⽹统管 ⻛险 部⻔ ⺠族 ⻢克思')).toBe('日报 一网统管 风险 部门 民族 马克思');
    expect(foldCompatibilityIdeographs('⻈')).toBe('⻈');
    expect(foldCompatibilityIdeographs('plain text, 普通文字')).toBe('plain text, 普通文字');
  });
});

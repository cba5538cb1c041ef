/**
 * The seed page printed as a PDF (tests/fixtures/pdf/jzrb-20220331-02.pdf, made by
 * scripts/make-test-pdfs.mjs) read back through pdf.js in Node, reading order and segmentPage:
 * the same ground truth as the .txt (../shared/fixtures/seed-page.expected.json), its line
 * numbers carried over to the PDF text by each line's text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdf } from '../../../src/cli/read-pdf';
import { scoreSegmentation, type ExpectedItem } from '../../../src/core/newspaper/score-segmentation';
import { readIssueInfo } from '../../../src/core/pdf/issue-info';
import { segmentPdfPage, type PdfPageSegmentation } from '../../../src/core/pdf/segment-pdf-page';
import { splitLines } from '../../../src/core/text/normalize';

const fixtures = path.join(process.cwd(), '../shared/fixtures');
const seedLines = readFileSync(path.join(fixtures, 'seed-page.txt'), 'utf8').split('\n');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'seed-page.expected.json'), 'utf8')).items as ExpectedItem[];
const pdfFile = path.join(process.cwd(), 'tests/fixtures/pdf/jzrb-20220331-02.pdf');

let page: PdfPageSegmentation;
let info: Record<string, unknown>;
/** Seed line number → line number in the PDF text (lines matched by their text without spaces, in order). */
const seedToPdf = new Map<number, number>();

beforeAll(async () => {
  const pdf = await loadPdf(new Uint8Array(readFileSync(pdfFile)));
  info = pdf.info;
  page = segmentPdfPage(pdf.pages[0].items);
  const key = (line: string) => line.replace(/\s+/g, '');
  const waiting = new Map<string, number[]>();
  seedLines.forEach((line, n) => {
    if (key(line)) waiting.set(key(line), [...(waiting.get(key(line)) ?? []), n]);
  });
  splitLines(page.text).forEach((span, n) => {
    const queue = waiting.get(key(page.text.slice(span.start, span.end)));
    const seed = queue?.shift();
    if (seed !== undefined) seedToPdf.set(seed, n);
  });
});

const carried = (): ExpectedItem[] =>
  expected.map((item) => {
    const map = (lines: number[]) => lines.map((n) => seedToPdf.get(n) ?? -1);
    return { ...item, headline: map(item.headline), byline: map(item.byline), body: map(item.body), other: map(item.other) };
  });

describe('the seed page as a PDF', () => {
  it('gives back every line of the seed page, the running head apart', () => {
    const seedCount = seedLines.filter((line) => line.trim()).length;
    expect(seedToPdf.size).toBe(seedCount);
    expect(splitLines(page.text).filter((span) => page.text.slice(span.start, span.end).trim()).length).toBe(seedCount);
    expect(page.head).toEqual(['荆州日报', '2022年3月31日 星期四 第02版', '要闻', '责任编辑：李明']);
  });

  it('segments into the ten items of the page with their kinds', () => {
    // The PDF is read in its layout's order (headlines above their bodies), not the .txt's.
    expect(page.items.map((item) => item.kind).sort()).toEqual(expected.map((item) => item.kind).sort());
    expect(page.items).toHaveLength(10);
  });

  it('attaches all seven headlines and assigns every line to its item', () => {
    const score = scoreSegmentation(page.text, { items: page.items }, carried());
    expect([score.headlinesAttached, score.headlinesExpected]).toEqual([7, 7]);
    expect(score.bcubedF1).toBe(1);
    expect([score.peopleFound, score.peopleExpected]).toEqual([16, 16]);
  });

  it('reads the ideographs the PDF writer mapped to radicals as the ideographs (日, 风, 门)', () => {
    expect(page.text).toContain('风险防控能力');
    expect(page.text).toContain('18个市级部门');
    expect(page.text).not.toMatch(/[\u2e80-\u2fdf]/u);
  });

  it('reads the paper, date, 版次 and 版名 from the running head and the document info', () => {
    const issue = readIssueInfo({ head: page.head, infoTitle: String(info.Title), address: path.basename(pdfFile) });
    expect(issue).toEqual({
      publication: '荆州日报',
      date: '2022-03-31',
      page: '02',
      section: '要闻',
      sources: { publication: 'pdf-head', date: 'pdf-head', page: 'pdf-head', section: 'pdf-head' },
    });
  });
});

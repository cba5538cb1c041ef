/** The reader page's sidebar entries, from the seed page PDF's text items (pure: no DOM). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../../src/cli/read-pdf';
import { pageArticles } from '../../../viewer/page-articles';

const pdf = await loadPdf(new Uint8Array(readFileSync(path.join(process.cwd(), 'tests/fixtures/pdf/jzrb-20220331-02.pdf'))));
const page = pageArticles(1, pdf.pages[0].items);

describe('pageArticles', () => {
  it('labels each item by its headline, or by the start of its body', () => {
    const labels = page.articles.map((article) => article.label);
    expect(labels).toContain('市政务服务和大数据管理局党组书记、局长施金方： 党建业务相融合 打造政务服务新标杆');
    const photo = page.articles.find((article) => article.item.kind === 'photo');
    expect(photo?.label.startsWith('3月28日，荆州区弥市镇')).toBe(true);
    const official = page.articles.find((article) => article.label.includes('施金方'));
    expect(official?.byline).toBe('□ 记者 王大玲 通讯员 刘天华');
  });

  it('gives each item the boxes of the blocks it is printed in, inside the page, not overlapping another item', () => {
    const [, , width, height] = [0, 0, pdf.pages[0].width, pdf.pages[0].height];
    for (const article of page.articles) {
      expect(article.boxes.length).toBeGreaterThan(0);
      for (const box of article.boxes) {
        expect(box.x0).toBeGreaterThanOrEqual(0);
        expect(box.x1).toBeLessThanOrEqual(width);
        expect(box.bottom).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeLessThanOrEqual(height);
      }
    }
    const overlap = (a: { x0: number; x1: number; bottom: number; top: number }, b: typeof a) =>
      Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom) > 1;
    page.articles.forEach((a, i) =>
      page.articles.slice(i + 1).forEach((b) => {
        for (const boxA of a.boxes) for (const boxB of b.boxes) expect(overlap(boxA, boxB), `${a.label} / ${b.label}`).toBe(false);
      }),
    );
    // The four-column article is printed in (at least) its headline and four column blocks.
    expect(page.articles.find((article) => article.label.includes('施金方'))!.boxes.length).toBeGreaterThanOrEqual(5);
  });
});

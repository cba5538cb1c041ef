import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../src/core/newspaper/segment-page';

const pieces = ['本报讯（记者刘洁）', '市政协专题调研', '□ 记者 王大玲', '（张致远 王丹）', '（上接第1版）', '——习近平', '。', '，', '\n', '\n\n', ' ', '该 工 程', 'By Jane Doe', 'Continued on Page A6', '工作推进会', 'The council met.', '“', '”'];

describe('segmentPage on arbitrary text', () => {
  it('never throws and returns spans inside the input that do not overlap between items', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const { items } = segmentPage(text);
        const covered: Array<[number, number]> = [];
        for (const item of items) {
          for (const span of [...item.headline, ...item.byline, ...item.body, ...item.other]) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(span.end).toBeGreaterThan(span.start);
            covered.push([span.start, span.end]);
          }
          for (const sentence of item.sentences) expect(sentence.end).toBeLessThanOrEqual(text.length);
        }
        covered.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < covered.length; i++) expect(covered[i][0]).toBeGreaterThanOrEqual(covered[i - 1][1]);
      }),
      { numRuns: 200 },
    );
  });

  it('returns no items for blank input', () => {
    expect(segmentPage('\n \n\u3000\n').items).toEqual([]);
  });
});

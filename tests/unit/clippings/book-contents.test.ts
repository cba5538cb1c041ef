import { describe, expect, it } from 'vitest';
import { comparePages, contentsByMonth, contentsByPaper, contentsByTag, editionDay, pageKey, pageLabel } from '../../../src/core/clippings/book-contents';
import type { Heading } from '../../../src/core/clippings/book-contents';

const T = Date.UTC(2024, 0, 1);
let n = 0;
function h(extra: Partial<Heading>): Heading {
  n++;
  return { id: `c${n}`, title: `t${n}`, tags: [], createdAt: T + n, ...extra };
}

describe('book contents', () => {
  it('groups by paper, then edition date (newest first), then page in print order', () => {
    const a = h({ publication: '荆州日报', date: '2022-03-31', page: '02' });
    const b = h({ publication: '荆州日报', date: '2022-03-31T08:00:00+08:00', page: '01' });
    const c = h({ publication: '荆州日报', date: '2022-04-01', page: '10' });
    const d = h({ publication: 'The Guardian', date: '2022-03-31', page: 'A3' });
    const e = h({ publication: '荆州日报', date: '2022-03-31', page: '02' });
    const f = h({}); // no paper, no date, no page
    const tree = contentsByPaper([a, b, c, d, e, f]);
    expect(tree.map((p) => p.paper)).toEqual(['荆州日报', 'The Guardian', '']);
    const jz = tree[0];
    expect(jz.count).toBe(4);
    expect(jz.dates.map((x) => x.date)).toEqual(['2022-04-01', '2022-03-31']);
    expect(jz.dates[1].pages.map((p) => p.page)).toEqual(['01', '02']);
    // Articles of one page in the order they were clipped.
    expect(jz.dates[1].pages[1].clippings.map((x) => x.id)).toEqual([a.id, e.id]);
    expect(tree[2].dates[0]).toMatchObject({ date: '', pages: [{ page: '' }] });
  });

  it('orders pages by section letter, then number; unknown last', () => {
    const pages = ['A10', 'B1', 'A2', '', '02', '1', 'A01'];
    expect([...pages].sort(comparePages)).toEqual(['1', '02', 'A01', 'A2', 'A10', 'B1', '']);
  });

  it('lists a clipping under each of its tags, and by month of the edition (clip date when undated)', () => {
    const a = h({ tags: ['法治', 'energy'], date: '2022-03-31' });
    const b = h({ tags: ['energy'], date: '2021-12-05' });
    const c = h({ createdAt: Date.UTC(2023, 6, 9) });
    expect(contentsByTag([a, b, c]).map((g) => [g.key, g.clippings.map((x) => x.id)])).toEqual([
      ['法治', [a.id]],
      ['energy', [a.id, b.id]],
    ]);
    expect(contentsByMonth([a, b, c]).map((g) => g.key)).toEqual(['2023-07', '2022-03', '2021-12']);
  });

  it('puts one page spelt "2", "02", "第2版" and "第02版" in one group, and A3 with a03', () => {
    const spellings = [h({ publication: 'P', date: '2022-03-31', page: '02' }), h({ publication: 'P', date: '2022-03-31', page: '2' }), h({ publication: 'P', date: '2022-03-31', page: '第2版' }), h({ publication: 'P', date: '2022-03-31', page: ' 第02版 ' }), h({ publication: 'P', date: '2022-03-31', page: 'A3' }), h({ publication: 'P', date: '2022-03-31', page: 'a03' }), h({ publication: 'P', date: '2022-03-31', page: '12' })];
    const pages = contentsByPaper(spellings)[0].dates[0].pages;
    expect(pages.map((p) => [p.page, p.clippings.length])).toEqual([['02', 4], ['12', 1], ['A3', 2]]);
    expect(pages.map((p) => pageKey(p.page))).toEqual(['2', '12', 'A3']);
  });

  it('labels pages as the paper prints them', () => {
    expect(pageLabel('02', true)).toBe('第02版');
    expect(pageLabel('第3版', true)).toBe('第3版');
    expect(pageLabel('A3', false)).toBe('Page A3');
    // An e-paper's two-digit page number loses its zero in English; words stay as printed.
    expect(pageLabel('02', false)).toBe('Page 2');
    expect(pageLabel('a03', false)).toBe('Page A3');
    expect(pageLabel('10', false)).toBe('Page 10');
    expect(pageLabel('Page B4', false)).toBe('Page B4');
    expect(pageLabel('Metro', false)).toBe('Page Metro');
    expect(pageLabel('', true)).toBe('');
    expect(pageLabel('2', true)).toBe('第02版');
    expect(pageLabel('a12', true)).toBe('第A12版');
    expect(editionDay('2019-11-18T10:00:00Z')).toBe('2019-11-18');
    expect(editionDay('November 2019')).toBe('');
  });
});

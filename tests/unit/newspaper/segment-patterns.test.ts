/**
 * One test per layout pattern segmentPage handles beyond the seed page (issue 11): each builds a
 * small page showing the pattern, in the way e-paper text layers print it.
 */
import { describe, expect, it } from 'vitest';
import { markLine } from '../../../src/core/newspaper/line-patterns';
import { segmentPage, type PageItem } from '../../../src/core/newspaper/segment-page';

/** Breaks pure-CJK text into lines of `width` characters. */
function wrapAt(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let k = 0; k < text.length; k += width) lines.push(text.slice(k, k + width));
  return lines;
}

const slice = (page: string, item: PageItem, role: 'headline' | 'body' | 'other' | 'byline'): string[] =>
  item[role].map((span) => page.slice(span.start, span.end));

const ARTICLE =
  '市图书馆昨日起延长开放时间，工作日晚间开放至九点，周末全天开放，方便上班族和学生利用业余时间借阅图书。' +
  '馆方表示，此次调整是根据读者问卷意见作出的，今后还将增加自助借还设备，开通夜间还书通道。';
const ARTICLE_2 = '据介绍，图书馆还将在各社区设立分馆，推动通借通还，让市民在家门口就能借到想看的书。';
const CAPTION = '4月2日，市民在江边公园观赏盛开的郁金香，园内二十多个品种竞相开放，吸引众多游客前来拍照打卡。';

describe('segmentPage: layout patterns of e-paper text layers', () => {
  it('cuts two bodies printed one after the other where the column width changes (no headline, credit or signature between)', () => {
    const page = [...wrapAt(ARTICLE, 16), '', ...wrapAt(ARTICLE_2, 16), '', ...wrapAt(CAPTION, 11), '（李明 摄）', ''].join('\n');
    const { items } = segmentPage(page);
    expect(items).toHaveLength(2);
    expect(slice(page, items[0], 'body').join('')).toBe(ARTICLE + ARTICLE_2);
    expect(items[1].kind).toBe('photo');
    expect(slice(page, items[1], 'body').join('')).toBe(CAPTION);
  });

  it('keeps one body whole when only its last lines are shorter (same measure, ragged paragraph ends)', () => {
    const page = [...wrapAt(ARTICLE, 14), '', ...wrapAt(ARTICLE_2, 14), ''].join('\n');
    expect(segmentPage(page).items).toHaveLength(1);
  });

  it('reads a signature or byline whose two-character name is spaced out to the width of three', () => {
    expect(markLine('（张致远、王　丹）')).toBe('signature');
    expect(markLine('(裴蜀华 庞  坚)')).toBe('signature');
    expect(markLine('记者 刘　洁')).toBe('byline');
    const page = ['市民夜读', '记者 刘　洁', ...wrapAt(ARTICLE, 15), ''].join('\n');
    const [item] = segmentPage(page).items;
    expect(item.title).toBe('市民夜读');
    expect(item.people).toEqual([{ name: '刘洁', role: 'reporter' }]);
  });
});

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

  it('reads a short headline set letter-spaced (习 近 平 论 中 国 梦) as a headline, and a stretched body line as body', () => {
    const page = ['图 书 馆 夜 读', ...wrapAt(ARTICLE, 15), '', '社 区 分 馆 通 借 通 还', ...wrapAt(ARTICLE_2, 15), ''].join('\n');
    const { items } = segmentPage(page);
    expect(items[0].title).toBe('图 书 馆 夜 读');
    expect(slice(page, items[0], 'body')[0]).toBe(ARTICLE.slice(0, 15));
    // The seed's own stretched line opens a paragraph and is followed by another stretched line: body.
    const seedLike = [' 3月28日，荆州区弥市镇刘', '家桥村弥市灌区续建工程施工', '紧锣密鼓。', '', '该 工 程 治 理 渠 道 总 长', '34.42 公 里 ，渠 底 清 淤 总 长', '34.42公里，并将新建大兴闸泵', '站，扩建竹林子泵站，对工程范围', '内其余进水闸、节制闸进行重建', '或加固。', ''].join('\n');
    expect(segmentPage(seedLike).items.map((item) => item.headline.length)).toEqual([0]);
  });

  it('keeps a headline on four short lines (two-line title, two-line subtitle) a headline, not a list or ad', () => {
    const page = ['我市启动', '“2022夜读行动”', '延长图书馆', '开放时间', ...wrapAt(ARTICLE, 15), ''].join('\n');
    const [item] = segmentPage(page).items;
    expect(item.kind).toBe('article');
    expect(slice(page, item, 'headline')).toEqual(['我市启动', '“2022夜读行动”', '延长图书馆', '开放时间']);
    // Parallel lines (same ending) still make a list.
    const list = ['开展夜读推广行动', '开展图书漂流行动', '开展亲子阅读行动', '开展读书分享行动', '', '全市全民阅读公益广告', ''].join('\n');
    expect(segmentPage(list).items.map((entry) => entry.kind)).toEqual(['ad']);
  });

  it('gives a title part between two headlines to the kicker before it (a kicker leads into its title), even when the next headline is attached', () => {
    const page = [
      ...wrapAt(ARTICLE, 15),
      '',
      '市图书馆馆长：',
      '',
      '夜间开放方便上班族借阅',
      '',
      '社区分馆通借通还',
      ...wrapAt(ARTICLE_2, 15),
      '',
    ].join('\n');
    const { items } = segmentPage(page);
    expect(items[0].kicker).toBe('市图书馆馆长：');
    expect(items[0].title).toBe('夜间开放方便上班族借阅');
    expect(items[1].title).toBe('社区分馆通借通还');
  });

  it('reads a headline line that fills the column below it, not the wider text before it, by the column below (the body starts under it)', () => {
    const wide = wrapAt(ARTICLE, 30);
    const reading = '希望广大读者走进图书馆享受阅读的乐趣，热爱生活，让书香飘满城市的每一个角落。';
    const page = [...wide, '', '市民夜读', ...wrapAt(reading, 13), ''].join('\n');
    const { items } = segmentPage(page);
    const last = items[items.length - 1];
    expect(last.title).toBe('市民夜读');
    expect(slice(page, last, 'body').join('')).toBe(reading);
  });

  it('cuts a body where a headline printed away from it finds its words, when its body ran on from another body of the same measure', () => {
    const other = '江边公园的郁金香进入盛花期，二十多个品种竞相开放，市民纷纷前来观赏拍照，园方增派人员维持秩序。' + '园方提醒游客文明赏花，不要踩踏花坛，不要采摘花朵。';
    const signed = '市文化馆举办春季书画展，展出本地作者作品一百余幅，展期至本月底，市民可免费参观。';
    const page = [
      '郁金香进入盛花期',
      ...wrapAt(other, 15),
      '',
      ...wrapAt(ARTICLE, 15),
      '',
      '春季书画展开幕',
      ...wrapAt(signed, 15),
      '（李明）',
      '',
      '市图书馆延长开放时间',
      '',
    ].join('\n');
    const { items } = segmentPage(page);
    const library = items.find((item) => item.title === '市图书馆延长开放时间');
    expect(library && slice(page, library, 'body').join('')).toBe(ARTICLE);
    const garden = items.find((item) => item.title === '郁金香进入盛花期');
    expect(garden && slice(page, garden, 'body').join('')).toBe(other);
  });

  it('keeps a kicker with the title printed after it when the title sits right above another body (a kicker never stands alone)', () => {
    const caption = '4月2日，市民在江边公园观赏盛开的郁金香，园内二十多个品种竞相开放。';
    const page = [
      '市图书馆馆长：',
      '',
      '夜间开放方便借阅',
      ...wrapAt(caption, 18),
      '（李明 摄）',
      '',
      ...wrapAt(ARTICLE, 15),
      '',
    ].join('\n');
    const { items } = segmentPage(page);
    const library = items.find((item) => item.kicker === '市图书馆馆长：');
    expect(library?.title).toBe('夜间开放方便借阅');
    expect(library && slice(page, library, 'body').join('')).toBe(ARTICLE);
    expect(items.find((item) => item.kind === 'photo')?.headline).toEqual([]);
  });

  it('gives a column without a headline the wordless headline printed apart before another item\'s headline', () => {
    const column = '读书使人充实，讨论使人机智，笔记使人准确。愿每个人都能在书页之间找到属于自己的一片天地。';
    const page = [
      '书香里的春天',
      '',
      '市图书馆延长开放时间',
      ...wrapAt(ARTICLE, 15),
      '',
      ...wrapAt(column, 10),
      '——摘自读者来信',
      '',
    ].join('\n');
    const { items } = segmentPage(page);
    const library = items.find((item) => slice(page, item, 'body').join('') === ARTICLE);
    expect(library?.title).toBe('市图书馆延长开放时间');
    const columnItem = items.find((item) => item.kind === 'column');
    expect(columnItem?.title).toBe('书香里的春天');
  });

  it('reads a byline whose names are separated by an enumeration comma after a spaced role word (通讯员　石建芬、寇涛)', () => {
    expect(markLine('通讯员　石建芬、寇涛')).toBe('byline');
  });
});

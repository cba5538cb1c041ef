import { describe, expect, it } from 'vitest';
import {
  applyCorrection,
  mergeDetection,
  shownValue,
  undoCorrection,
  type MergedFields,
} from '../../../src/core/article/article-corrections';
import type { ArticleFields } from '../../../src/core/model';

const detected: ArticleFields = {
  title: '高标准优化营商环境工作',
  kicker: '市政协专题调研',
  authors: [{ name: '刘洁', role: 'reporter' }],
  date: '2022-03-31',
  publication: '荆州日报',
  page: '02',
};

describe('mergeDetection', () => {
  it('takes every field of a first detection as it is, with no bookkeeping', () => {
    const merged = mergeDetection(undefined, { fields: detected });
    expect(merged).toEqual(detected);
    expect(merged).not.toHaveProperty('readerFields');
    expect(merged).not.toHaveProperty('detected');
  });

  it('keeps the reader’s fields over a new detection and updates the others', () => {
    const corrected = applyCorrection(mergeDetection(undefined, { fields: detected }), { set: { authors: [{ name: '刘 洁', role: 'author' }] } }, 10);
    const again = mergeDetection(corrected, {
      fields: { ...detected, title: '市政协调研营商环境', authors: [{ name: '网易', role: 'author' }], page: 'A02' },
    });
    expect(again.authors).toEqual([{ name: '刘 洁', role: 'author' }]);
    expect(again.title).toBe('市政协调研营商环境');
    expect(again.page).toBe('A02');
    expect(again.readerFields).toEqual({ authors: 10 });
    // The newest detection is remembered for the reader's field, so "back to detected" uses it.
    expect(again.detected).toEqual({ authors: [{ name: '网易', role: 'author' }] });
  });

  it('keeps a field the reader emptied empty, even when detection finds it again', () => {
    const emptied = applyCorrection(mergeDetection(undefined, { fields: detected }), { set: { kicker: '' } }, 10);
    expect(emptied).not.toHaveProperty('kicker');
    const again = mergeDetection(emptied, { fields: detected });
    expect(again).not.toHaveProperty('kicker');
    expect(again.detected?.kicker).toBe('市政协专题调研');
  });

  it('holds a low-confidence field back as a suggestion, never the headline', () => {
    const merged = mergeDetection(undefined, { fields: detected, confidence: { authors: 0.3, date: 0.9, title: 0.2 } });
    expect(merged.authors).toEqual([]);
    expect(merged.suggested).toEqual(['authors']);
    expect(merged.detected?.authors).toEqual(detected.authors);
    expect(shownValue(merged, 'authors')).toEqual(detected.authors);
    expect(merged.title).toBe(detected.title);
    expect(merged.date).toBe('2022-03-31');
  });

  it('lets a confident later detection replace a suggestion', () => {
    const unsure = mergeDetection(undefined, { fields: detected, confidence: { authors: 0.3 } });
    const sure = mergeDetection(unsure, { fields: detected, confidence: { authors: 0.95 } });
    expect(sure.authors).toEqual(detected.authors);
    expect(sure).not.toHaveProperty('suggested');
  });
});

describe('applyCorrection', () => {
  const base = (): MergedFields => mergeDetection(undefined, { fields: detected, confidence: { authors: 0.3 } });

  it('marks each set field as the reader’s with its time and cleans the value', () => {
    const next = applyCorrection(base(), { set: { title: '  新  标题 ', page: ' A3 ' } }, 7);
    expect(next.title).toBe('新 标题');
    expect(next.page).toBe('A3');
    expect(next.readerFields).toEqual({ title: 7, page: 7 });
    expect(next.detected).toMatchObject({ title: detected.title, page: '02' });
  });

  it('confirming a suggestion puts it in the record as the reader’s', () => {
    const next = applyCorrection(base(), { confirm: ['authors'] }, 8);
    expect(next.authors).toEqual(detected.authors);
    expect(next.readerFields).toEqual({ authors: 8 });
    expect(next).not.toHaveProperty('suggested');
  });

  it('drops empty and repeated people', () => {
    const next = applyCorrection(base(), {
      set: { authors: [{ name: ' 张三 ', role: 'reporter' }, { name: '张三', role: 'reporter' }, { name: '  ', role: 'author' }, { name: '张三', role: 'photographer' }] },
    }, 1);
    expect(next.authors).toEqual([{ name: '张三', role: 'reporter' }, { name: '张三', role: 'photographer' }]);
  });

  it('reverting goes back to the detection, held back again when it was unsure', () => {
    const corrected = applyCorrection(base(), { set: { authors: [{ name: '张三', role: 'reporter' }], title: '新标题' } }, 1);
    const reverted = applyCorrection(corrected, { revert: ['authors', 'title'] }, 2);
    expect(reverted.title).toBe(detected.title);
    expect(reverted.authors).toEqual([]);
    expect(reverted.suggested).toEqual(['authors']);
    expect(reverted).not.toHaveProperty('readerFields');
  });

  it('undo restores exactly what the reader saw before, whether the field was the reader’s or not', () => {
    const first = applyCorrection(base(), { set: { page: 'A1' } }, 1);
    const second = applyCorrection(first, { set: { page: 'A9', section: '要闻', authors: [{ name: '李四', role: 'author' }] } }, 2);
    const undone = applyCorrection(second, undoCorrection(first, ['page', 'section', 'authors']), 3);
    expect(undone.page).toBe('A1');
    expect(undone).not.toHaveProperty('section');
    expect(undone.authors).toEqual([]);
    expect(undone.suggested).toEqual(['authors']);
    expect(Object.keys(undone.readerFields ?? {})).toEqual(['page']);
  });

  it('undo of a cleared reader field clears it again', () => {
    const cleared = applyCorrection(base(), { set: { kicker: '' } }, 1);
    const set = applyCorrection(cleared, { set: { kicker: '另一个' } }, 2);
    const undone = applyCorrection(set, undoCorrection(cleared, ['kicker']), 3);
    expect(undone).not.toHaveProperty('kicker');
    expect(undone.readerFields?.kicker).toBe(3);
  });

  it('never changes the record it was given', () => {
    const record = base();
    const copy = structuredClone(record);
    applyCorrection(record, { set: { authors: [{ name: '王五', role: 'author' }] }, confirm: ['date'] }, 1);
    expect(record).toEqual(copy);
  });
});

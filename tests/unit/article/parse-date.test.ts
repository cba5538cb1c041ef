import { describe, expect, it } from 'vitest';
import { findDate, parseDate, parseYearMonth } from '../../../src/core/article/parse-date';

describe('parseDate', () => {
  it('reads Chinese dates with and without a time', () => {
    expect(parseDate('2022年3月31日')).toBe('2022-03-31');
    expect(parseDate('发布时间：2022年03月31日 10:20')).toBe('2022-03-31T10:20:00');
  });

  it('reads numeric dates with dashes, slashes and dots', () => {
    expect(parseDate('2022-03-31 10:20')).toBe('2022-03-31T10:20:00');
    expect(parseDate('2005/03/15 22:36:13')).toBe('2005-03-15T22:36:13');
    expect(parseDate('2021.1.29')).toBe('2021-01-29');
  });

  it('keeps an ISO date-time with a zone as written', () => {
    expect(parseDate('2019-11-19T13:03:00.000Z')).toBe('2019-11-19T13:03:00.000Z');
    expect(parseDate(' 2022-03-31T10:20:00+08:00 ')).toBe('2022-03-31T10:20:00+08:00');
  });

  it('reads English month names in both orders', () => {
    expect(parseDate('Updated March 31, 2022')).toBe('2022-03-31');
    expect(parseDate('31 Mar 2022')).toBe('2022-03-31');
  });

  it('reads US numeric dates with a 12-hour clock', () => {
    expect(parseDate('发布日期： 9/17/2004 5:54:13 AM')).toBe('2004-09-17T05:54:13');
    expect(parseDate('12/1/2004 12:05 PM')).toBe('2004-12-01T12:05:00');
    expect(parseDate('12/1/2004 12:05 AM')).toBe('2004-12-01T00:05:00');
  });

  it('reads compact e-paper stamps', () => {
    expect(parseDate('renmrb_20220331_2-03')).toBe('2022-03-31');
  });

  it('rejects impossible months and implausible years', () => {
    expect(parseDate('2022-13-01')).toBeUndefined();
    expect(parseDate('电话 1234-05-06')).toBeUndefined();
  });

  it('returns the earliest date in the text with its position', () => {
    const text = '更新于 2022-04-01，原载 2022年3月31日';
    const found = findDate(text);
    expect(found?.iso).toBe('2022-04-01');
    expect(text.slice(found!.index, found!.index + found!.length)).toBe('2022-04-01');
  });

  it('reads month-only editions', () => {
    expect(parseYearMonth('——《北京之春》1998年3月号')).toBe('1998-03');
    expect(parseYearMonth('1996-6')).toBe('1996-06');
  });
});

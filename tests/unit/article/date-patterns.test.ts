/**
 * The date patterns of issue 11, one test per general pattern: numeric dates in the US dash and
 * European dot orders, update stamps that are not the publication date, dates in the address.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/article/parse-date';
import { readCreditLine } from '../../../src/core/article/read-credit-line';
import { parseEpaperUrl } from '../../../src/core/article/parse-epaper-url';

describe('numeric date orders', () => {
  it('reads a US month-day-year with dashes (as some CMSs fill article:published_time)', () => {
    expect(parseDate('12-15-2016')).toBe('2016-12-15');
    expect(parseDate('5-4-2021')).toBe('2021-05-04');
  });

  it('reads a European day.month.year, with a time', () => {
    expect(parseDate('19.07.2022')).toBe('2022-07-19');
    expect(parseDate('1.6.2019, 14:30')).toBe('2019-06-01T14:30:00');
  });

  it('still reads year-first dotted dates as year, month, day', () => {
    expect(parseDate('2021.1.29')).toBe('2021-01-29');
  });
});

describe('update stamps', () => {
  it('marks a line that dates a change, in Chinese, Japanese and English', () => {
    expect(readCreditLine('2019年12月17日更新').isUpdate).toBe(true);
    expect(readCreditLine('最終更新日：2020年1月5日').isUpdate).toBe(true);
    expect(readCreditLine('Updated: March 5, 2020 10:00').isUpdate).toBe(true);
  });

  it('keeps a line that gives the publication date first', () => {
    const line = readCreditLine('发布时间：2020-03-03 10:00 更新时间：2020-03-05 12:00');
    expect(line.isUpdate).toBeFalsy();
    expect(line.date).toBe('2020-03-03T10:00:00');
  });

  it('leaves a plain date line alone', () => {
    expect(readCreditLine('2022-02-13 09:57 光明网').isUpdate).toBeFalsy();
  });
});

describe('dates in the address', () => {
  it('reads /YYYY/MM/DD/ and /YYYY-MM-DD/ paths', () => {
    expect(parseEpaperUrl('https://news.example/2005/07/18/story.html').date).toBe('2005-07-18');
    expect(parseEpaperUrl('https://news.example/world/2005-03-31/story').date).toBe('2005-03-31');
  });
});

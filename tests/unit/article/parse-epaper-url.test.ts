import { describe, expect, it } from 'vitest';
import { parseEpaperUrl } from '../../../src/core/article/parse-epaper-url';

describe('parseEpaperUrl', () => {
  it('reads date and page from People’s Daily article URLs', () => {
    expect(parseEpaperUrl('http://paper.people.com.cn/rmrb/html/2022-03/31/nw.D110000renmrb_20220331_2-03.htm')).toEqual({
      date: '2022-03-31',
      page: '03',
      isEpaperArticle: true,
    });
  });

  it('reads the date of classic Founder content URLs', () => {
    const info = parseEpaperUrl('http://epaper.example.cn/html/2022-03/31/content_123456.htm');
    expect(info.date).toBe('2022-03-31');
    expect(info.isEpaperArticle).toBe(true);
  });

  it('reads the date of Founder "pc" content URLs', () => {
    const info = parseEpaperUrl('https://epaper.example.cn/pc/content/202203/31/content_98765.html');
    expect(info.date).toBe('2022-03-31');
    expect(info.isEpaperArticle).toBe(true);
  });

  it('reads a dated news path without calling it an e-paper', () => {
    expect(parseEpaperUrl('https://news.example.com/2019/11/19/story.html')).toEqual({ date: '2019-11-19', isEpaperArticle: false });
  });

  it('returns nothing for undated or invalid URLs', () => {
    expect(parseEpaperUrl('https://example.com/about')).toEqual({ isEpaperArticle: false });
    expect(parseEpaperUrl('not a url')).toEqual({ isEpaperArticle: false });
    expect(parseEpaperUrl(undefined)).toEqual({ isEpaperArticle: false });
  });
});

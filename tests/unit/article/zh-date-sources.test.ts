/**
 * Date sources of Chinese pages that the detector used to miss (issue 11, group 6): addresses of
 * government and portal CMSs, BBS ctime stamps, a line printing the update stamp before the
 * publication stamp, and the headings after which dates are readers' or other stories'.
 */
import { describe, expect, it } from 'vitest';
import { parseEpaperUrl } from '../../../src/core/article/parse-epaper-url';
import { findDate, parseDate } from '../../../src/core/article/parse-date';
import { readCreditLine } from '../../../src/core/article/read-credit-line';
import { followOnKind, isFollowOnHeading } from '../../../src/core/article/follow-on-heading';

describe('dates in addresses', () => {
  it('reads the day a TRS-style file name carries (t + YYYYMMDD + _id)', () => {
    expect(parseEpaperUrl('https://www.example.gov.cn/zwgk/201807/t20180718_3456.html').date).toBe('2018-07-18');
    expect(parseEpaperUrl('http://city.example.cn/xwzx/t19991231_12.htm').date).toBe('1999-12-31');
  });

  it('reads paths with unpadded month and day', () => {
    expect(parseEpaperUrl('https://www.example.gov.cn/art/2005/7/18/art_123_456.html').date).toBe('2005-07-18');
    expect(parseEpaperUrl('https://news.example.cn/2011/12/3/88.html').date).toBe('2011-12-03');
  });

  it('still reads the padded and mixed forms, and no day from a bare month folder or an id', () => {
    expect(parseEpaperUrl('https://news.example.cn/gn/2005/07-18/123.shtml').date).toBe('2005-07-18');
    expect(parseEpaperUrl('https://news.example.cn/20050718/n226343.shtml').date).toBe('2005-07-18');
    expect(parseEpaperUrl('https://www.example.gov.cn/zwgk/201807/list_2.html').date).toBeUndefined();
    expect(parseEpaperUrl('https://bbs.example.cn/thread-20180718-1-1.html').date).toBeUndefined();
    expect(parseEpaperUrl('https://news.example.cn/2005/13/40/a.html').date).toBeUndefined();
  });
});

describe('dates in text', () => {
  it('reads a ctime stamp (BBS post headers, mail)', () => {
    expect(parseDate('发信站: 水木社区 (Sat Oct  4 12:30:07 2008), 站内')).toBe('2008-10-04T12:30:07');
    expect(findDate('Sat Oct  4 12:30:07 2008')?.index).toBe(0);
  });

  it('keeps the publication date of a line that prints the update stamp first', () => {
    const line = readCreditLine('更新：2010-03-09 10:00 | 发布：2010-03-05 08:00');
    expect(line.date).toBe('2010-03-05T08:00:00');
    expect(line.isUpdate).toBeFalsy();
    // Only an update stamp: flagged, kept for pages that print nothing else.
    expect(readCreditLine('更新时间：2010-03-09 10:00').isUpdate).toBe(true);
  });
});

describe('isFollowOnHeading', () => {
  it('knows comment and related-story headings with brackets, colons and counts', () => {
    for (const h of ['网友评论', '【相关阅读】', '相关新闻：', '发表评论（12）', '猜你喜欢', '相关文章', 'Related Articles', 'Comments (3)', '►推荐阅读']) {
      expect(isFollowOnHeading(h), h).toBe(true);
    }
  });

  it('does not take prose or a headline that mentions them', () => {
    for (const t of ['网友评论这条新闻时说，河水清了', '相关阅读材料已经发给了每位代表', '关于网友评论的管理规定出台', '评论', 'Comment']) {
      expect(isFollowOnHeading(t), t).toBe(false);
    }
  });

  it('tells comment headings from related-stories headings', () => {
    expect(followOnKind('网友评论（3）')).toBe('comments');
    expect(followOnKind('Leave a Reply')).toBe('comments');
    expect(followOnKind('【推荐阅读】')).toBe('related');
    expect(followOnKind('湖边')).toBeUndefined();
  });
});

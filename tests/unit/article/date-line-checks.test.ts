/** What a date's own line says about it (issue 11: the article's own publication line). */
import { describe, expect, it } from 'vitest';
import { dateLineChecks } from '../../../src/core/article/date-line-checks';

describe('dateLineChecks', () => {
  it('marks a post stamp', () => {
    expect(dateLineChecks('发表于 2008-10-02 | 阅读(8) | 评论(1)', false)).toContain('post-stamp');
    expect(dateLineChecks('提交日期：2006-5-1 9:00:00', false)).toContain('post-stamp');
    expect(dateLineChecks('Posted by lin at 2009-01-02 10:00', false)).toContain('post-stamp');
    expect(dateLineChecks('2008-10-02 来源：晨报', false)).toEqual([]);
  });

  it('marks a publication stamp signed by a user as a post stamp, and an unsigned one not (group 9)', () => {
    expect(dateLineChecks('〓 娱乐 明星话题 发布时间 2005/03/15 22:36:13 by river_2008 〓', false)).toContain('post-stamp');
    expect(dateLineChecks('发布日期：2006-05-01 09:00 by 海边的风', false)).toContain('post-stamp');
    expect(dateLineChecks('发布时间：2005-03-15 22:36 来源：晨报', false)).toEqual([]);
  });

  it('marks a closing line that is only a date, with a place or a "written" word', () => {
    expect(dateLineChecks('2012年11月3日于杭州', true)).toEqual(['signature-date']);
    expect(dateLineChecks('——写于1999.4.2', true)).toEqual(['signature-date']);
    expect(dateLineChecks('二〇一二年 市教育局 2012年11月3日', true)).toEqual([]);
    // Not at the end of the text: a date line among others.
    expect(dateLineChecks('2012年11月3日', false)).toEqual([]);
  });

  it('marks a magazine month issue cited under a reprint', () => {
    expect(dateLineChecks('（原载《江南》1987年9月号）', true)).toContain('issue-label');
    expect(dateLineChecks('《江南》1987年第9期', true)).not.toContain('issue-label');
  });
});

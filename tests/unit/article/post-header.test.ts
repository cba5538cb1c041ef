/**
 * Forum and blog post headers (issue 11: "no author found where the page prints one in … a forum
 * post header"): the poster label or the post stamp says who posted, whatever the handle looks like.
 */
import { describe, expect, it } from 'vitest';
import { readPostHeader } from '../../../src/core/article/read-post-header';

describe('readPostHeader', () => {
  it('reads the poster after a thread-starter or poster label', () => {
    expect(readPostHeader('楼主：风之谷 发表于 2006-1-9 08:05')).toEqual({ name: '风之谷', date: '2006-01-09T08:05:00' });
    expect(readPostHeader('发表者: moonriver')).toEqual({ name: 'moonriver', date: undefined });
    expect(readPostHeader('【楼主】 老城南 2010-02-03 21:00:45')).toEqual({ name: '老城南', date: '2010-02-03T21:00:45' });
    expect(readPostHeader('发帖人：小河流水  时间：2008/7/4')).toEqual({ name: '小河流水', date: '2008-07-04' });
  });

  it('reads a lone name followed by a post stamp', () => {
    expect(readPostHeader('江南布衣 发表于 2007-11-30 17:42:08')).toEqual({ name: '江南布衣', date: '2007-11-30T17:42:08' });
    expect(readPostHeader('tom_lee 发表时间: 2004-06-01')).toEqual({ name: 'tom_lee', date: '2004-06-01' });
  });

  it('takes 作者 as a post header only with a post stamp or floor number beside it', () => {
    expect(readPostHeader('作者：北国之春 提交日期：2005-8-28 20:56:20')?.name).toBe('北国之春');
    expect(readPostHeader('第 1 楼 时间：2005-08-28 分数：100 作者： 蓝色海洋 骁骑尉')?.name).toBe('蓝色海洋');
    // A news meta line: read-credit-line's business.
    expect(readPostHeader('作者：王明 来源：晨报 2021-05-06')).toBeUndefined();
  });

  it('never takes a control, a placeholder or a date for the poster', () => {
    expect(readPostHeader('楼主：只看该作者 倒序浏览')).toBeUndefined();
    expect(readPostHeader('发表者：游客 发表于 2009-01-01')).toBeUndefined();
    expect(readPostHeader('2009-01-01 发表于 论坛')).toBeUndefined();
  });

  it('leaves blog footers ("由X张贴 @ date") and lines without a stamp alone', () => {
    expect(readPostHeader('由山间明月张贴 @ 2005-03-18 01:58:01')).toBeUndefined();
    expect(readPostHeader('江南布衣 2007-11-30')).toBeUndefined();
    expect(readPostHeader('今天的会议发表了声明，2007-11-30 发表于人民日报')).toBeUndefined();
  });
});

describe('BBS post headers (group 7)', () => {
  it('reads the poster id of a 发信人 line, without the nickname or the board', () => {
    expect(readPostHeader('发信人: bluesky07 (蓝天), 信区: Reading')).toEqual({ name: 'bluesky07', date: undefined });
    expect(readPostHeader('发信人: bluesky07, 信区: Reading')?.name).toBe('bluesky07');
  });
});

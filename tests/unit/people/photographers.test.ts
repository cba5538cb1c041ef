/**
 * Photographers are credited for a picture, not the text (issue 11, group 9): a trailing 摄 makes the
 * names before it photographers, and postfix credits (X/文 Y/摄) give each name its own role.
 */
import { describe, expect, it } from 'vitest';
import { parsePeople } from '../../../src/core/people/parse-people';

describe('photographers in Chinese credits', () => {
  it('reads 记者 X 摄 as a photo credit, not a reporter', () => {
    expect(parsePeople('本报记者 王海涛 摄')).toEqual([{ name: '王海涛', role: 'photographer' }]);
    expect(parsePeople('（新华社记者 王海涛 摄）')).toEqual([{ name: '王海涛', role: 'photographer' }]);
    expect(parsePeople('记者 陈思雨 王海涛 摄')).toEqual([{ name: '陈思雨', role: 'photographer' }, { name: '王海涛', role: 'photographer' }]);
  });

  it('keeps the writer a text label names beside a trailing 摄', () => {
    expect(parsePeople('文/陈思雨 王海涛/摄')).toEqual([{ name: '陈思雨', role: 'author' }, { name: '王海涛', role: 'photographer' }]);
  });

  it('gives each name of a postfix credit its own role (X/文 Y/摄, X 文 Y 摄)', () => {
    const both = [{ name: '陈思雨', role: 'author' }, { name: '王海涛', role: 'photographer' }];
    expect(parsePeople('陈思雨/文 王海涛/摄')).toEqual(both);
    expect(parsePeople('陈思雨 文 王海涛 摄')).toEqual(both);
    expect(parsePeople('陈思雨 王丽/文 王海涛/摄影')).toEqual([{ name: '陈思雨', role: 'author' }, { name: '王丽', role: 'author' }, { name: '王海涛', role: 'photographer' }]);
  });

  it('leaves text credits as they were', () => {
    expect(parsePeople('本报记者 陈思雨 通讯员 王海涛')).toEqual([{ name: '陈思雨', role: 'reporter' }, { name: '王海涛', role: 'correspondent' }]);
    expect(parsePeople('文/陈思雨 图/王海涛')).toEqual([{ name: '陈思雨', role: 'author' }, { name: '王海涛', role: 'photographer' }]);
  });
});

/**
 * The common Chinese byline forms, one small portal-style page each (issue 11, group 9): a wider check
 * than the benchmark's 40 pages. Each row is what a reader sees printed and what a citation may name;
 * precision first — where the page names no author of the text, no one is a fact.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';
import type { Person } from '../../../src/core/model';

const para = (i: number): string => `老街区改造的第${i}段：周末前来散步的居民越来越多，街道办介绍说，今年新修的步道和口袋公园最受欢迎，许多老人在这里一坐就是一下午。`;
const prose = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => `<p>${para(i + from)}</p>`).join('');
const detect = (inner: string) =>
  detectArticle(
    new DOMParser().parseFromString(`<html><head><title>老街区换新颜_新闻中心</title></head><body><div class="wrap"><div class="article"><h1>老街区换新颜</h1>${inner}</div></div></body></html>`, 'text/html'),
    'https://news.example.cn/2023/0411/c1.html',
  );
const facts = (inner: string): Person[] => detectedFacts(detect(inner)).authors;
const R = (name: string): Person => ({ name, role: 'reporter' });
const C = (name: string): Person => ({ name, role: 'correspondent' });
const A = (name: string): Person => ({ name, role: 'author' });
const P = (name: string): Person => ({ name, role: 'photographer' });

describe('Chinese byline forms under the headline', () => {
  const rows: Array<[string, string, Person[]]> = [
    ['本报记者 X、Y', '<p>本报记者 陈思雨、王海涛</p>', [R('陈思雨'), R('王海涛')]],
    ['本报记者 X 通讯员 Y', '<p>本报记者 陈思雨 通讯员 王海涛</p>', [R('陈思雨'), C('王海涛')]],
    ['通讯员 Y 记者 X', '<p>通讯员 王海涛 记者 陈思雨</p>', [C('王海涛'), R('陈思雨')]],
    ['□ 记者 X 实习生 Y', '<p>□ 记者 陈思雨 实习生 王海涛</p>', [R('陈思雨'), R('王海涛')]],
    ['融媒体记者 X Y (the qualifier is no name)', '<p>融媒体记者 陈思雨 王海涛</p>', [R('陈思雨'), R('王海涛')]],
    ['本报首席记者 X', '<p>本报首席记者 陈思雨</p>', [R('陈思雨')]],
    ['文/X', '<p>文/陈思雨</p>', [A('陈思雨')]],
    ['文 | X', '<p>文 | 陈思雨</p>', [A('陈思雨')]],
    ['文·图/X (text and pictures)', '<p>文·图/陈思雨</p>', [A('陈思雨')]],
    ['文/图 X', '<p>文/图 陈思雨</p>', [A('陈思雨')]],
    ['作者：X', '<p>作者：陈思雨</p>', [A('陈思雨')]],
    ['作者：X（单位）', '<p>作者：陈思雨（复旦大学教授）</p>', [A('陈思雨')]],
    ['作者：赵 培 (justification spaces)', '<p>作者：赵 培</p>', [A('赵培')]],
    ['文/X 图/Y', '<p>文/陈思雨 图/王海涛</p>', [A('陈思雨'), P('王海涛')]],
    ['X/文 Y/摄 (postfix credits)', '<p>陈思雨/文 王海涛/摄</p>', [A('陈思雨'), P('王海涛')]],
    ['本报讯（记者 X 通讯员 Y）dateline', `<p>本报讯（记者 陈思雨 通讯员 王海涛）${para(0)}</p>`, [R('陈思雨'), C('王海涛')]],
    ['本报讯 记者X 通讯员Y (no bracket)', `<p>本报讯 记者陈思雨 通讯员王海涛 ${para(0)}</p>`, [R('陈思雨'), C('王海涛')]],
    ['新华社电（记者 X、Y）', `<p>新华社北京4月10日电（记者陈思雨、王海涛）${para(0)}</p>`, [R('陈思雨'), R('王海涛')]],
    ['央视网消息（记者 X）', `<p>央视网消息（记者 陈思雨）：${para(0)}</p>`, [R('陈思雨')]],
    ['meta line 来源 作者 编辑 (glued spans)', '<div class="info"><span>2023-04-11 08:30</span><span>来源：都市晚报</span><span>作者：陈思雨</span><span>编辑：赵婷</span></div>', [A('陈思雨')]],
  ];
  it.each(rows)('%s', (_, credit, expected) => {
    expect(facts(`${credit}${prose(4)}`)).toEqual(expected);
  });
});

describe('Chinese byline forms in the tail', () => {
  const rows: Array<[string, string, Person[]]> = [
    ['（X）', '<p>（陈思雨）</p>', [A('陈思雨')]],
    ['（记者 X 实习生 Y）', '<p>（记者 陈思雨 实习生 王海涛）</p>', [R('陈思雨'), R('王海涛')]],
    ['本报记者 X', '<p>本报记者 陈思雨</p>', [R('陈思雨')]],
    ['（记者 X）责任编辑：Z', '<p>（记者 陈思雨）</p><p>责任编辑：赵婷</p>', [R('陈思雨')]],
  ];
  it.each(rows)('%s', (_, credit, expected) => {
    expect(facts(`${prose(5)}${credit}`)).toEqual(expected);
  });
});

describe('credits that name no author of the text are never facts', () => {
  const rows: Array<[string, string]> = [
    ['来源：某报 alone', '<div class="info">2023-04-11 08:30 来源：都市晚报</div>'],
    ['来源：东方网 (a portal that starts with a surname character)', '<div class="info">来源：东方网 2023-04-11</div>'],
    ['来源：成都 (a place)', '<div class="info">来源：成都</div>'],
    ['责任编辑：Z only', `${prose(1, 9)}<p>责任编辑：赵婷</p>`],
    ['（责任编辑：Z）', `${prose(1, 9)}<p>（责任编辑：赵婷）</p>`],
    ['作者：网易', '<div>作者：网易 2023-04-11</div>'],
    ['作者：本报评论员', '<div>作者：本报评论员</div>'],
    ['作者：佚名', '<div>来源：都市晚报 作者：佚名 发布时间：2023-04-11</div>'],
    ['文/受访者', '<p>文/受访者</p>'],
    ['a +关注 button beside a name', '<p>作者：<a class="follow">+关注</a></p>'],
    ['（作者系…教授）', `${prose(1, 9)}<p>（作者系复旦大学教授）</p>`],
  ];
  it.each(rows)('%s', (_, credit) => {
    expect(facts(`${credit}${prose(4)}`)).toEqual([]);
  });
});

describe('a photo caption is no byline', () => {
  it('holds a caption credit below the text back, with role photographer', () => {
    const a = detect(`${prose(5)}<p>图为居民在步道上散步。新华社记者 王海涛 摄</p>`);
    expect(a.authors).toEqual([P('王海涛')]);
    expect(detectedFacts(a).authors).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { insertPassage, keepPassages, planCover } from '../../../src/core/article/cover-passage';

const lead = '摘要：我市全面推进营商环境优化，政务服务事项实现一网通办。';
const body = '本报讯 3月29日，市政协调研组来到市政务服务中心。\n\n调研组指出，要持续深化改革。';

describe('insertPassage', () => {
  it('puts a passage at a paragraph edge as a paragraph of its own', () => {
    expect(insertPassage(body, 0, lead)).toBe(`${lead}\n\n${body}`);
    expect(insertPassage(body, body.length, '（完）')).toBe(`${body}\n\n（完）`);
    const at = body.indexOf('调研组指出');
    expect(insertPassage(body, at, '图片说明文字。')).toBe('本报讯 3月29日，市政协调研组来到市政务服务中心。\n\n图片说明文字。\n\n调研组指出，要持续深化改革。');
  });

  it('joins a quote that runs into the body without a gap, so the body holds it whole', () => {
    const quote = '一网通办。本报讯 3月29日';
    const result = insertPassage(body, 0, quote);
    expect(result.includes(quote)).toBe(true);
    expect(result.endsWith(body.slice('本报讯 3月29日'.length))).toBe(true);
  });

  it('puts a Latin passage inside a sentence with spaces, a Chinese one without', () => {
    expect(insertPassage('The council met today.', 11, 'finally')).toBe('The council finally met today.');
    expect(insertPassage('我市今天召开会议。', 2, '昨天和')).toBe('我市昨天和今天召开会议。');
  });
});

describe('planCover', () => {
  const targets = [
    { id: 'p#item-0', title: '市政协专题调研营商环境', bodyText: body },
    { id: 'p#item-1', title: '清风行动启动', bodyText: '我市启动清风行动，严厉打击破坏野生动物资源违法犯罪。\n\n行动为期一年。' },
  ];

  it('a lead printed between headline and body goes to the top of the body that follows it (suffix)', () => {
    const plan = planCover(targets, lead, { prefix: '市政协专题调研营商环境\n', suffix: '本报讯 3月29日，市政协调研组来到' });
    expect(plan).toEqual({ kind: 'extend', id: 'p#item-0', bodyText: `${lead}\n\n${body}` });
  });

  it('a lead whose following text is elsewhere goes under the headline its prefix ends with', () => {
    const plan = planCover(targets, '行动由市林业局牵头。', { prefix: '清风行动启动 记者 王小明 ', suffix: '更多精彩内容请关注' });
    expect(plan).toMatchObject({ kind: 'extend', id: 'p#item-1' });
  });

  it('a tail paragraph left out goes after the text before it (prefix)', () => {
    const plan = planCover(targets, '（记者 李华）', { prefix: '行动为期一年。', suffix: '' });
    expect(plan).toEqual({ kind: 'extend', id: 'p#item-1', bodyText: `${targets[1].bodyText}\n\n（记者 李华）` });
  });

  it('a passage next to no body becomes an item of its own', () => {
    expect(planCover(targets, '广告：招聘启事', { prefix: '联系电话 12345', suffix: '地址：人民路1号' })).toEqual({ kind: 'own' });
    expect(planCover(targets, '短', {})).toEqual({ kind: 'own' });
  });

  it('the longer match wins when two bodies could take the passage', () => {
    const plan = planCover(targets, '插入的段落。', { prefix: '严厉打击破坏野生动物资源违法犯罪。', suffix: '调研组指出' });
    expect(plan).toMatchObject({ kind: 'extend', id: 'p#item-1' });
  });
});

describe('keepPassages', () => {
  it('brings back a highlighted paragraph a new detection left out, in its old place', () => {
    const old = `${lead}\n\n${body}`;
    expect(keepPassages(old, body, ['政务服务事项实现一网通办'])).toBe(old);
    const mid = '本报讯 3月29日，市政协调研组来到市政务服务中心。\n\n图片说明。\n\n调研组指出，要持续深化改革。';
    expect(keepPassages(mid, body, ['图片说明'])).toBe(mid);
  });

  it('changes nothing when the new body still holds the quote, or the old one never did', () => {
    expect(keepPassages(body, body, ['市政协调研组'])).toBe(body);
    expect(keepPassages(body, body, ['不在正文里'])).toBe(body);
  });
});

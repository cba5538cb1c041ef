import { describe, expect, it } from 'vitest';
import { readCreditLine } from '../../../src/core/article/read-credit-line';

describe('readCreditLine', () => {
  it('reads a □ byline line as reporters and correspondents, not body text', () => {
    const line = readCreditLine('□ 记者 王大玲 通讯员 刘天华');
    expect(line.kind).toBe('byline');
    expect(line.isBodyText).toBe(false);
    expect(line.people).toEqual([
      { name: '王大玲', role: 'reporter' },
      { name: '刘天华', role: 'correspondent' },
    ]);
  });

  it('reads the people of a 本报讯 dateline and keeps the line as body text', () => {
    const line = readCreditLine('本报讯（记者刘洁）昨日，全市召开会议。');
    expect(line.kind).toBe('dateline');
    expect(line.isBodyText).toBe(true);
    expect(line.people.map((p) => p.name)).toEqual(['刘洁']);
  });

  it('reads trainee reporters of a dateline as reporters', () => {
    const line = readCreditLine('本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁，正是花季的年龄。');
    expect(line.people).toEqual([
      { name: '樊亮', role: 'reporter' },
      { name: '张明超', role: 'reporter' },
      { name: '惠禾', role: 'reporter' },
    ]);
  });

  it('reads interns of a dateline as reporters', () => {
    expect(readCreditLine('本报讯（实习记者王五 实习生赵六）昨日，全市召开会议。').people).toEqual([
      { name: '王五', role: 'reporter' },
      { name: '赵六', role: 'reporter' },
    ]);
  });

  it('reads a 本报…电 dateline', () => {
    const line = readCreditLine('本报北京3月30日电（记者李明、赵欣）记者从有关部门获悉。');
    expect(line.kind).toBe('dateline');
    expect(line.people.map((p) => p.name)).toEqual(['李明', '赵欣']);
  });

  it('reads a newspaper-prefixed byline with the filing place removed', () => {
    expect(readCreditLine('新京报记者 彭冲 山东冠县报道').people.map((p) => p.name)).toEqual(['彭冲']);
    expect(readCreditLine('本报记者罗科苏盈发自北京').people).toEqual([{ name: '罗科苏盈', role: 'reporter' }]);
  });

  it('reads date and author from a meta line', () => {
    const line = readCreditLine('2005-03-21 11:21 来源：某某晚报 作者：尹娟');
    expect(line.kind).toBe('meta');
    expect(line.isBodyText).toBe(false);
    expect(line.date).toBe('2005-03-21T11:21:00');
    expect(line.people).toEqual([{ name: '尹娟', role: 'author' }]);
  });

  it('reads the poster of a blog or forum "由X张贴" line', () => {
    const line = readCreditLine('由海姑娘张贴 @ 2005-03-21 01:20:44 (359) 共 3 篇评论 发表评论 >>>');
    expect(line.people).toEqual([{ name: '海姑娘', role: 'author' }]);
    expect(line.date).toBe('2005-03-21T01:20:44');
  });

  it('treats 责任编辑 lines as editor furniture that names no author', () => {
    const line = readCreditLine('责任编辑：孙重远');
    expect(line.kind).toBe('editor');
    expect(line.people).toEqual([]);
    expect(line.isBodyText).toBe(false);
  });

  it('reads a trailing credit after a sentence and a photo credit', () => {
    expect(readCreditLine('推动云南工业高质量发展。（记者 胡晓蓉）').people).toEqual([{ name: '胡晓蓉', role: 'reporter' }]);
    const photo = readCreditLine('（梅闻 孙杨 摄）');
    expect(photo.people.every((p) => p.role === 'photographer')).toBe(true);
    expect(photo.people.map((p) => p.name)).toEqual(['梅闻', '孙杨']);
  });

  it('does not take a gloss or a label in brackets for a person', () => {
    expect(readCreditLine('会谈在平壤（朝鲜）举行').people).toEqual([]);
    expect(readCreditLine('13岁女孩辍学后生下女婴（附图）').people).toEqual([]);
  });

  it('reads an English byline', () => {
    const line = readCreditLine('By Jane Doe and John Roe');
    expect(line.kind).toBe('byline');
    expect(line.people.map((p) => p.name)).toEqual(['Jane Doe', 'John Roe']);
  });

  it('calls an ordinary sentence nothing', () => {
    expect(readCreditLine('记者从有关部门获悉，沿江省市今年将继续实施长江保护修复攻坚行动，重点推进污水处理。').kind).toBe('none');
  });

  it('marks 成文日期 as the document date and 发布日期 as an ordinary meta date', () => {
    const written = readCreditLine('成文日期：2022年01月27日');
    expect(written).toMatchObject({ kind: 'meta', date: '2022-01-27', isDocumentDate: true, isBodyText: false });
    const posted = readCreditLine('发布日期：2022年01月28日');
    expect(posted.date).toBe('2022-01-28');
    expect(posted.isDocumentDate).toBeFalsy();
  });
});

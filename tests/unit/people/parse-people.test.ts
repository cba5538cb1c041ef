import { describe, expect, it } from 'vitest';
import { isEditorLine, parsePeople } from '../../../src/core/people/parse-people';

describe('parsePeople', () => {
  it.each([
    ['记者王子瑶 通讯员闵涛 陈江静', [['王子瑶', 'reporter'], ['闵涛', 'correspondent'], ['陈江静', 'correspondent']]],
    ['□ 记者 王大玲 通讯员 刘天华', [['王大玲', 'reporter'], ['刘天华', 'correspondent']]],
    ['本报讯（记者刘洁）', [['刘洁', 'reporter']]],
    ['（梅闻 孙杨 罗胜华 摄）', [['梅闻', 'photographer'], ['孙杨', 'photographer'], ['罗胜华', 'photographer']]],
    ['（张致远 王丹）', [['张致远', 'author'], ['王丹', 'author']]],
    ['本报记者 张三 李四', [['张三', 'reporter'], ['李四', 'reporter']]],
    ['新华社北京3月30日电（记者刘明、王伟）', [['刘明', 'reporter'], ['王伟', 'reporter']]],
    ['责任编辑：李明', [['李明', 'editor']]],
    ['本报讯（记者王子瑶 通讯员闵涛 陈江静）近日，市政府办公室出', [['王子瑶', 'reporter'], ['闵涛', 'correspondent'], ['陈江静', 'correspondent']]],
    ['By Jane Doe and John Roe, Associated Press', [['Jane Doe', 'reporter'], ['John Roe', 'reporter']]],
    ['Photographs by Kim Lee', [['Kim Lee', 'photographer']]],
    // Two-character names spaced out to the width of three (justified name lists).
    ['（张致远、王　丹）', [['张致远', 'author'], ['王丹', 'author']]],
    ['□ 记者 刘  洁 通讯员 赵 培', [['刘洁', 'reporter'], ['赵培', 'correspondent']]],
    ['（梅　闻 孙杨 罗胜华 摄）', [['梅闻', 'photographer'], ['孙杨', 'photographer'], ['罗胜华', 'photographer']]],
    ['Edited by Ann Marie Cole', [['Ann Marie Cole', 'editor']]],
  ])('reads the people and roles of %s', (text, expected) => {
    expect(parsePeople(text).map((p) => [p.name, p.role])).toEqual(expected);
  });

  it('ignores brackets that do not name people', () => {
    expect(parsePeople('工作方案》（以下简称《方案》），加快')).toEqual([]);
  });

  it('returns nothing for ordinary English text', () => {
    expect(parsePeople('The council met on Tuesday.')).toEqual([]);
  });
});

describe('isEditorLine', () => {
  it('recognises editor and proofreader lines', () => {
    expect(['责任编辑：李明', '编辑 王五', '（校对：赵六）', '美编：孙七', 'Edited by Ann Cole'].map(isEditorLine)).toEqual([true, true, true, true, true]);
  });

  it('does not take a byline or body text for an editor line', () => {
    expect(['□ 记者 王大玲', '编辑部的同事们说', 'By Jane Doe'].map(isEditorLine)).toEqual([false, false, false]);
  });
});

describe('parsePeople with a space lost at a line break', () => {
  it('still separates a name from the role word that follows it', () => {
    expect(parsePeople('本报讯（记者王子瑶通讯员闵涛 陈江静）').map((p) => [p.name, p.role])).toEqual([
      ['王子瑶', 'reporter'],
      ['闵涛', 'correspondent'],
      ['陈江静', 'correspondent'],
    ]);
  });
});

describe('parsePeople with trainee and writer roles', () => {
  it('reads 实习记者 and 实习生 as reporters instead of taking 实习 for a name', () => {
    expect(parsePeople('本报讯（实习记者王五 通讯员李四）').map((p) => [p.name, p.role])).toEqual([
      ['王五', 'reporter'],
      ['李四', 'correspondent'],
    ]);
    expect(parsePeople('本报讯（实习记者王五 实习生赵六）').map((p) => [p.name, p.role])).toEqual([
      ['王五', 'reporter'],
      ['赵六', 'reporter'],
    ]);
    expect(parsePeople('记者王五实习生赵六').map((p) => [p.name, p.role])).toEqual([
      ['王五', 'reporter'],
      ['赵六', 'reporter'],
    ]);
  });

  it('reads the people named after 执笔 as the authors', () => {
    expect(parsePeople('执笔 张三 李四').map((p) => [p.name, p.role])).toEqual([
      ['张三', 'author'],
      ['李四', 'author'],
    ]);
  });
});

/**
 * The author-name patterns of issue 11, one test per general pattern: what byline heuristics
 * find in an author slot is sorted into a person, an organisation or no name at all.
 */
import { describe, expect, it } from 'vitest';
import { isLikelyChineseName, isLikelyJapaneseName, screenAuthorName } from '../../../src/core/article/is-plausible-name';
import { namesAfterLabel, readCreditLine, spaceGluedFields } from '../../../src/core/article/read-credit-line';
import { parseEnglishPeople } from '../../../src/core/people/parse-english-people';
import { nameChecks } from '../../../src/core/article/field-checks';

describe('screenAuthorName', () => {
  it('sorts English organisations in an author slot as organisations (issue 11)', () => {
    for (const n of ['The Editorial Board', 'Metro Desk', 'Herald Staff', 'Reuters', 'The Associated Press', 'Northern Tribune', 'The Conversation']) {
      expect(screenAuthorName(n)).toBe('organisation');
    }
    for (const n of ['Omar Haddad', 'Theo Walsh', 'Mary Ann de la Cruz']) expect(screenAuthorName(n)).toBe('person');
  });

  it('a job title alone in an author slot is no name; a name before the title keeps the string a person (issue 11)', () => {
    for (const n of ['Software Engineer', 'Senior Data Analyst', 'AP National Political Writer', 'CNN Editor-at-large', 'BBC Science Correspondent', 'Chief Product Designer']) {
      expect(screenAuthorName(n)).toBe('not-a-name');
    }
    for (const n of ['Tom Writer', 'Ann Producer', 'Lee Chief']) expect(screenAuthorName(n)).toBe('person');
  });

  it('a news agency acronym alone is an organisation, a short given name is not one (issue 11)', () => {
    for (const n of ['PTI', 'AFP', 'IANS', 'UPI', 'AP']) expect(screenAuthorName(n)).toBe('organisation');
    for (const n of ['Al', 'Regan', 'Ana Li', 'JOHN SMITH']) expect(screenAuthorName(n)).toBe('person');
  });

  it('keeps personal names', () => {
    for (const name of ['王大玲', '欧阳修文', 'Jane Doe', 'Cécile Ducourtieux', 'duscha']) expect(screenAuthorName(name)).toBe('person');
  });

  it('rejects role and credit words printed where a name goes', () => {
    for (const name of ['采写', '整合', '文受访者', '受访者', '出自', '编译']) expect(screenAuthorName(name)).toBe('not-a-name');
  });

  it('rejects page controls and labels next to a byline', () => {
    for (const name of ['关注', '在线荐稿', '博客联系', '加关注', 'Follow Author', 'Andrew Husband Twitter', 'Share']) expect(screenAuthorName(name)).toBe('not-a-name');
  });

  it('rejects template placeholders and "no author" words', () => {
    for (const name of ['name', 'Name', '未知', 'admin', 'Unknown', '佚名']) expect(screenAuthorName(name)).toBe('not-a-name');
  });

  it('rejects a staff title in the name slot (the paper speaking, not a person)', () => {
    for (const name of ['本报评论员', '特约评论员', '本刊编辑部', '新华社记者', '本网通讯员']) expect(screenAuthorName(name)).not.toBe('person');
  });

  it('sorts research groups and offices as organisations', () => {
    for (const name of ['城市发展课题组', '市政府办公室', '摄影家协会']) expect(screenAuthorName(name)).toBe('organisation');
  });

  it('sorts portals, sites and newspapers as organisations', () => {
    for (const name of ['网易', '新华日报·交汇点', '新浪财经-自媒体综合', '人民网', 'Reuters Media']) expect(screenAuthorName(name)).toBe('organisation');
  });
});

describe('isLikelyChineseName (bare names without a role word)', () => {
  it('keeps names after a common surname', () => {
    for (const name of ['林芳', '周建国', '欧阳娜娜']) expect(isLikelyChineseName(name)).toBe(true);
  });

  it('does not take a channel label that starts with a surname character for a name', () => {
    for (const word of ['国内', '时政', '文化', '房产', '高考']) expect(isLikelyChineseName(word)).toBe(false);
  });
});

describe('namesAfterLabel (the value of 作者：/记者：in a meta line)', () => {
  it('stops at the first word after the name that is not a name', () => {
    expect(namesAfterLabel('赵婕 出自')).toEqual(['赵婕']);
  });

  it('joins a two-character name spaced out by justification', () => {
    expect(namesAfterLabel('赵 培')).toEqual(['赵培']);
  });

  it('reads several Chinese names', () => {
    expect(namesAfterLabel('张明 李华')).toEqual(['张明', '李华']);
  });

  it('reads a Latin name as its run of capitalised words', () => {
    expect(namesAfterLabel('Diogo Carleto 翻訳者 中村 真子')).toEqual(['Diogo Carleto']);
  });

  it('gives nothing for a placeholder', () => {
    expect(namesAfterLabel('未知')).toEqual([]);
  });

  it('is what readCreditLine uses for a meta line', () => {
    expect(readCreditLine('2005-03-02 来源：新浪 作者：赵婕 出自：专栏').people).toEqual([{ name: '赵婕', role: 'author' }]);
    expect(readCreditLine('发布时间：2020-01-02 作者：赵 培').people).toEqual([{ name: '赵培', role: 'author' }]);
  });
});

describe('English bylines in the headline zone', () => {
  it('a name ends where a technical job title starts (issue 11)', () => {
    for (const [line, names] of [
      ['By Andrew Hale, Software Engineer', ['Andrew Hale']],
      ['By Ruth Obi, Senior Developer, and Sam Kay, Designer', ['Ruth Obi', 'Sam Kay']],
      ['Posted by Li Wen, Developer Evangelist', ['Li Wen']],
    ] as const) {
      expect(parseEnglishPeople(line).map((p) => p.name)).toEqual(names);
    }
  });

  it('reads "Written by X in Section on date" with the date', () => {
    const line = readCreditLine('Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments');
    expect(line.kind).toBe('byline');
    expect(line.people.map((p) => p.name)).toEqual(['Michael Larabel']);
    expect(line.date).toBe('2019-06-01');
  });

  it('reads "By:" with several names and an agency after them', () => {
    expect(readCreditLine('By:  Paul Wiseman, Fatima Hussein, The Associated Press').people.map((p) => p.name)).toEqual(['Paul Wiseman', 'Fatima Hussein']);
  });

  it('reads the byline word of other languages (Par, Von)', () => {
    expect(readCreditLine('Par Cécile Ducourtieux').people.map((p) => p.name)).toEqual(['Cécile Ducourtieux']);
    expect(readCreditLine('Von Christie Wilcox').people.map((p) => p.name)).toEqual(['Christie Wilcox']);
  });

  it('cuts a job title run on after the name', () => {
    expect(parseEnglishPeople('By Howard Blume Staff Writer').map((p) => p.name)).toEqual(['Howard Blume']);
  });

  it('never takes a printed date for a name', () => {
    expect(parseEnglishPeople('By Wednesday January 18, 2017')).toEqual([]);
  });
});

describe('name checks', () => {
  it('accepts a Japanese name after a common Japanese surname', () => {
    expect(isLikelyJapaneseName('松村太郎')).toBe(true);
    expect(isLikelyJapaneseName('中村 真子')).toBe(true);
    expect(isLikelyJapaneseName('王大玲')).toBe(false);
    expect(nameChecks([{ name: '松村太郎', role: 'author' }])).toEqual(['surname']);
  });

  it('weighs a one-word Latin name down but leaves two lower-case words neutral', () => {
    expect(nameChecks([{ name: 'duscha', role: 'author' }])).toEqual(['single-word']);
    expect(nameChecks([{ name: 'cindy mangomini', role: 'author' }])).toEqual([]);
    expect(nameChecks([{ name: 'Jane Doe', role: 'author' }])).toEqual(['full-name']);
  });
});

describe('editors and production staff in an author slot (group 7)', () => {
  it('are no name, and neither is a whole meta line', () => {
    for (const slot of ['责任编辑', '值班编辑', '主编', '校对组', '监制', '策划人', '责任编辑：王二', '来源：新华网']) {
      expect(screenAuthorName(slot), slot).toBe('not-a-name');
    }
    expect(screenAuthorName('王二')).toBe('person');
  });

  it('make a staff line an editor line that credits nobody', () => {
    for (const line of ['出品：城市记忆工作室　策划：韩梅', '统筹 | 李雷', '监制：周全']) {
      expect(readCreditLine(line), line).toMatchObject({ kind: 'editor', people: [], isBodyText: false });
    }
    // A byline that also names the editor keeps its author.
    expect(readCreditLine('作者：张三 编辑：刘六').people.map((p) => p.name)).toEqual(['张三']);
  });
});

describe('glued header fields and byline marks (group 7)', () => {
  it('ends a name where the next label or the date is glued to it', () => {
    expect(readCreditLine('来源：中国新闻网作者：张三2010-03-05 08:00').people.map((p) => p.name)).toEqual(['张三']);
    expect(readCreditLine('2010-03-05 08:00作者：张三来源：中国新闻网浏览：12').people.map((p) => p.name)).toEqual(['张三']);
    expect(readCreditLine('作者：张三2010-03-05').date).toBe('2010-03-05');
    // What still holds a glued date or label is no name.
    expect(screenAuthorName('张三2010-03-05')).toBe('not-a-name');
    expect(screenAuthorName('张三来源')).toBe('not-a-name');
  });

  it('reads bracketed and combined labels and the ◎ mark', () => {
    for (const line of ['【作者】张三', '作者/张三', '文图/张三', '文并摄/张三', '撰文 ／ 张三', '◎张三']) {
      expect(readCreditLine(line).people.map((p) => p.name), line).toEqual(['张三']);
    }
    // ◎ also bullets list items: only a likely personal name after it is a byline.
    expect(readCreditLine('◎小结').people).toEqual([]);
  });

  it('reads a Chinese name after "posted by" in a post stamp', () => {
    expect(readCreditLine('posted by 张三 @ 2008-10-02 12:00').people.map((p) => p.name)).toEqual(['张三']);
  });
});

describe('spaceGluedFields', () => {
  it('never splits a compound label or a dateline', () => {
    expect(spaceGluedFields('责任编辑：孙重远')).toBe('责任编辑：孙重远');
    expect(spaceGluedFields('成文日期：2022年01月27日')).toBe('成文日期：2022年01月27日');
    expect(spaceGluedFields('本报北京2010年3月5日电')).toBe('本报北京2010年3月5日电');
    expect(spaceGluedFields('来源：晨报作者：张三2010-03-05')).toBe('来源：晨报 作者：张三 2010-03-05');
  });
});

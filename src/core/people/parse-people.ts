/**
 * People named in a byline or credit fragment, Chinese or English, with the role the fragment
 * gives them. Shared by newspaper segmentation and article detection, so the signature is kept
 * stable: `parsePeople(text): Person[]`.
 */
import type { Person, PersonRole } from '../model';
import { parseEnglishPeople } from './parse-english-people';

/** Role keywords in the order they are tried; longer keywords first so 责任编辑 wins over 编辑. */
const ZH_ROLES: Array<[string, PersonRole]> = [
  ['特约通讯员', 'correspondent'],
  ['通讯员', 'correspondent'],
  ['特约记者', 'reporter'],
  ['见习记者', 'reporter'],
  // 实习记者 is a 见习记者 by another name; 实习生 (an intern) signs as a junior reporter.
  ['实习记者', 'reporter'],
  ['实习生', 'reporter'],
  ['本报记者', 'reporter'],
  ['新华社记者', 'reporter'],
  ['记者', 'reporter'],
  // 采写 credits who reported and wrote the story: the paper's reporter.
  ['采写', 'reporter'],
  ['责任编辑', 'editor'],
  ['责编', 'editor'],
  ['美编', 'editor'],
  ['编辑', 'editor'],
  ['校对', 'editor'],
  ['摄影记者', 'photographer'],
  ['摄影', 'photographer'],
  ['图', 'photographer'],
  // 执笔 / 撰稿 name who wrote the text, not necessarily a reporter of the paper.
  ['执笔人', 'author'],
  ['执笔', 'author'],
  ['撰稿人', 'author'],
  ['撰稿', 'author'],
  ['文', 'author'],
];

/** Splits before a multi-character role word inside a token. */
const INNER_ROLE = new RegExp(ZH_ROLES.filter(([word]) => word.length > 1).map(([word]) => word).join('|'));

/** 2–4 ideographs, or a transliterated name joined by a middle dot (阿卜杜·热合曼). */
const ZH_NAME = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,8}$/;

const EDITOR_LINE = /^[\s（(【\[]*(责任编辑|责编|编辑|校对|美编|组版|审读|审校|终审)\s*[:：\s]/;
const EDITOR_LINE_EN = /^\s*(edited by|editor:|copy editor)/i;

/** True for a 责任编辑 / 编辑 / 校对 / 美编 line (or an English "Edited by" line): page furniture, not article text. */
export function isEditorLine(text: string): boolean {
  return EDITOR_LINE.test(text) || EDITOR_LINE_EN.test(text);
}

/**
 * Every person a byline or credit fragment names, each with a role. Understands
 * "□ 记者 王大玲 通讯员 刘天华", "本报讯（记者刘洁）", "（梅闻 孙杨 罗胜华 摄）", "（张致远 王丹）",
 * "新华社北京3月30日电（记者X、Y）" and English "By Jane Doe and John Roe, Associated Press",
 * "Photographs by X". A name list with no role word is taken as the authors.
 */
export function parsePeople(text: string): Person[] {
  if (!/[\u4e00-\u9fff]/.test(text)) return parseEnglishPeople(text);
  const inner = innerFragment(text.replace(TEXT_AND_PICTURES, '文'));
  // Without a role word, only a clean list of names (a trailing signature) names people.
  if (!hasRoleWord(inner) && !/[摄文图]\s*$/.test(inner) && !isNameList(inner)) return [];
  return dedupe(parseChinese(inner));
}

/** The part of the fragment that names people: the bracket after a dateline, or the whole line. */
function innerFragment(text: string): string {
  const trimmed = text.trim();
  const bracket = /[（(]([^（）()]*)[）)]/g;
  let match: RegExpExecArray | null;
  let best: string | null = null;
  while ((match = bracket.exec(trimmed)) !== null) {
    const content = match[1];
    // A dateline's bracket (本报讯（记者…）) or a credit bracket is the one that names people;
    // brackets such as （以下简称《方案》） do not.
    if (hasRoleWord(content) || /摄\s*$/.test(content) || isNameList(content)) {
      best = content;
      break;
    }
  }
  if (best !== null) return best;
  return trimmed
    .replace(/^[□■◇◆●○\s]+/, '')
    .replace(/^(本报讯|本报[\u4e00-\u9fff]{0,8}?\d{0,2}月?\d{0,2}日?电|新华社[\u4e00-\u9fff]{0,8}?\d{0,2}月?\d{0,2}日?电)/, '');
}

function hasRoleWord(text: string): boolean {
  return ZH_ROLES.some(([word]) => word.length > 1 && text.includes(word)) || /(^|[\s/／])[文图]([\s/／]|$)/.test(text);
}

function isNameList(text: string): boolean {
  const parts = joinSpacedNames(text.split(/[\s、，,]+/).filter(Boolean));
  return parts.length > 0 && parts.every((part) => ZH_NAME.test(part));
}

/** One-character tokens that are role marks, never half of a name. */
const ROLE_MARKS = new Set(['文', '图', '摄']);

/**
 * Joins the halves of two-character names that a name list spaced out to the width of three
 * (王　丹, 赵 培): a lone ideograph followed by another lone ideograph is one name, since no
 * Chinese name is a single character.
 */
export function joinSpacedNames(tokens: string[]): string[] {
  const lone = (token: string | undefined): boolean => token !== undefined && /^[\u4e00-\u9fff]$/.test(token) && !ROLE_MARKS.has(token);
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (lone(tokens[k]) && lone(tokens[k + 1])) {
      out.push(tokens[k] + tokens[k + 1]);
      k++;
    } else out.push(tokens[k]);
  }
  return out;
}

// "陈思雨/文 王海涛/摄", "陈思雨 文  王海涛 摄": each role mark after its names (postfix credits).
const POSTFIX_PAIR = /^([\u4e00-\u9fff·、，,\s]+?)\s*[/／]?\s*(文|摄影|摄|图)\s+([\u4e00-\u9fff·、，,\s]+?)\s*[/／]?\s*(文|摄影|摄|图)$/u;

// Words that qualify a role word ("融媒体记者", "首席记者", "驻京记者", "本台记者", "资深编辑"), never a name.
const ROLE_QUALIFIER = /媒体$|^(?:首席|特派|资深|高级|主任|驻|本[报台网刊站]|前方|跑口|视频|文字|摄像|新媒体|全媒体|融媒)/u;
// "文/图 X", "文·图/X", "图文/X": text and pictures by the same people — they are the authors.
const TEXT_AND_PICTURES = /(?:^|(?<=[\s□■]))(?:文\s*[/／·・•、]\s*图|图\s*[/／·・•、]\s*文|文图|图文)(?=\s*[/／:：|｜\s])/gu;

function parseChinese(fragment: string): Person[] {
  const pair = POSTFIX_PAIR.exec(fragment.trim());
  if (pair && pair[2] !== pair[4]) {
    const roleOf = (mark: string): PersonRole => (mark === '文' ? 'author' : 'photographer');
    const namesOf = (list: string): string[] => joinSpacedNames(list.split(/[\s、，,]+/u).filter(Boolean)).filter((n) => ZH_NAME.test(n));
    const first = namesOf(pair[1]);
    const second = namesOf(pair[3]);
    if (first.length && second.length) return [...first.map((name) => ({ name, role: roleOf(pair[2]) })), ...second.map((name) => ({ name, role: roleOf(pair[4]) }))];
  }
  let body = fragment.trim();
  let trailingRole: PersonRole | null = null;
  // "梅闻 孙杨 罗胜华 摄" / "张三/摄": the role comes after the names.
  const trailing = /[\s/／]*(摄影|摄|供图|文)\s*$/.exec(body);
  if (trailing && body.length > trailing[0].length) {
    trailingRole = trailing[1] === '文' ? 'author' : 'photographer';
    body = body.slice(0, trailing.index);
  }
  const tokens = joinSpacedNames(body.split(/[\s、，,;；/／|｜:：]+/).filter(Boolean));
  const people: Person[] = [];
  let role: PersonRole | null = trailingRole;
  while (tokens.length > 0) {
    const [roleHere, rest] = splitRoleWord(tokens.shift()!);
    if (roleHere !== null) role = roleHere;
    // A line break can swallow the space before a role word (记者王子瑶|通讯员闵涛 → 王子瑶通讯员闵涛).
    const inner = INNER_ROLE.exec(rest);
    if (inner && inner.index >= 2) {
      tokens.unshift(rest.slice(inner.index));
      const name = rest.slice(0, inner.index);
      // "融媒体记者", "首席记者", "驻京记者": a qualifier of the role word, not a name glued to it.
      if (ZH_NAME.test(name) && !ROLE_QUALIFIER.test(name)) people.push({ name, role: role ?? 'author' });
      continue;
    }
    if (rest && ZH_NAME.test(rest)) people.push({ name: rest, role: role ?? 'author' });
  }
  // "本报记者 王海涛 摄": a trailing 摄 says the named reporters took the picture. Names a text label
  // credits (文/, 撰稿, 执笔) keep it: "文/张三 李四/摄" is a writer and a photographer.
  if (trailingRole === 'photographer') {
    const writers = textWriters(fragment);
    return people.map((p) => (p.role === 'reporter' || p.role === 'correspondent' || (p.role === 'author' && !writers.has(p.name)) ? { ...p, role: 'photographer' as const } : p));
  }
  return people;
}

/** Names right after a text label (文/, 撰文, 撰稿, 执笔) in a fragment. */
function textWriters(fragment: string): Set<string> {
  const out = new Set<string>();
  for (const m of fragment.matchAll(/(?:^|[\s/／|｜])(?:文|撰文|撰稿人?|执笔人?)\s*[/／:：|｜\s]\s*([\u4e00-\u9fff·]{2,8})/gu)) out.add(m[1]);
  return out;
}

/** Splits "记者王子瑶" into its role and name; a bare name comes back with a null role. */
function splitRoleWord(token: string): [PersonRole | null, string] {
  for (const [word, role] of ZH_ROLES) {
    if (token.startsWith(word)) {
      const rest = token.slice(word.length);
      // 图/文 are only role words when used as "图 张三" or "文/图"; 文明 is a name start.
      if (word.length === 1 && rest.length > 0) continue;
      return [role, rest];
    }
  }
  return [null, token];
}

/** Drops repeated names, keeping the first role given to each. */
export function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    if (seen.has(person.name)) return false;
    seen.add(person.name);
    return true;
  });
}

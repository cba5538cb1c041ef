/**
 * Forum and blog post headers: the line that says who posted and when ("楼主：大漠孤烟 发表于
 * 2005-8-20 12:30", "发表者：飞翔的鱼", "大漠孤烟 发表于 2005-8-20", "作者：海边的风 提交日期：…").
 * The poster is the author of a post even though the name is a handle (no surname, one Latin
 * word), which a byline's name checks would hold back: the header's label says it is the poster.
 * Pure; where such lines sit is the dom layer's job (find-credits).
 */
import { findDate } from './parse-date';
import { screenAuthorName } from './is-plausible-name';

/** Who posted and when, as a post header prints it. */
export interface PostHeader {
  name: string;
  date?: string;
}

// Labels that name the poster of a thread or a reply: 楼主, 发表者, 发帖人, 帖主, 博主. (发布人 is
// left out: on portals and government sites it names the office or clerk who put the page up.)
// 发信人 is a BBS post header's ("发信人: river (河边的人), 信区: Travel").
const POSTER_LABEL = /(?:^|[\s[【(（|｜])(?:楼\s*主|发表者|发表人|发帖人|发帖者|发信人|帖主|贴主|博主|作\s*者)\s*[\]】)）]?\s*[:：]?\s*/u;
// A post stamp after the name: "发表于", "发表时间", "提交日期", "发帖时间", "于 2005-…".
const STAMP = /^(?:发表于|发表在|发布于|发表时间|发表日期|发帖时间|提交日期|提交时间)\s*[:：]?/u;
// A name is one token: a handle may hold letters, digits and a few marks, not spaces or labels.
const NAME = /^[^\s:：|｜[\]【】()（）<>,，]{2,20}/u;
// Words after a label that are controls, not the poster's name.
const CONTROL_AFTER_LABEL = /^(?:只看|查看|发表于|发表时间|回复|引用|举报|私信|加为好友|电梯直达|倒序|正序)/u;

/**
 * Reads a post header line; undefined when the line is not one. A header has a poster label
 * (楼主, 发表者, 作者 …) or a post stamp right after a lone name ("X 发表于 date"), and — for
 * 作者, which a news meta line also uses — a post stamp or a floor number (第 1 楼) as well.
 */
export function readPostHeader(line: string): PostHeader | undefined {
  const text = line.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
  if (!text || text.length > 120) return undefined;
  const found = findDate(text);
  const date = found?.iso;
  const label = POSTER_LABEL.exec(text);
  if (label) {
    const isAuthorLabel = /作\s*者/u.test(label[0]);
    // 作者：is the news meta line's label too; only a post stamp or floor number makes it a post header.
    if (isAuthorLabel && !/发表于|发表时间|发帖|提交日期|提交时间|回复|第\s*\d+\s*楼|楼层/u.test(text)) return undefined;
    const rest = text.slice(label.index + label[0].length);
    if (CONTROL_AFTER_LABEL.test(rest)) return undefined;
    const name = NAME.exec(rest)?.[0];
    return name && screenAuthorName(name) === 'person' ? { name, date } : undefined;
  }
  // "大漠孤烟 发表于 2005-8-20 12:30": a lone name opening the line, then the stamp and the date.
  // ("由X张贴 @ …", a blog footer, is a credit line's business: read-credit-line reads it.)
  const lead = /^(?:[[【(（]\s*\d+\s*楼\s*[\]】)）]\s*)?([^\s:：|｜]{2,20})\s+(.*)$/u.exec(text);
  if (lead && found && STAMP.test(lead[2]) && !/^由/u.test(lead[1])) {
    const name = lead[1];
    return screenAuthorName(name) === 'person' && !findDate(name) ? { name, date } : undefined;
  }
  return undefined;
}

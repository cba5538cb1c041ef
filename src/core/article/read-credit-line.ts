/**
 * Classifies one line of page text as a byline, a dateline, a credit, a meta line
 * ("2005-03-21 11:21 来源：新浪 作者：尹娟") or an editor line, and reads the people and date
 * it gives. Where lines are in the DOM is the dom layer's job; turning a fragment into people
 * is parsePeople's.
 */
import type { Person } from '../model';
import { isEditorLine, joinSpacedNames, parsePeople } from '../people/parse-people';
import { parseReportingCredit } from '../people/parse-english-people';
import { findDate, parseYearMonth } from './parse-date';
import { isLikelyChineseName, isPlausibleName } from './is-plausible-name';
import { readJapaneseByline } from './read-japanese-byline';
import { sourceOfLine } from './read-source-line';

/** What a line is, as far as credits go. */
export type CreditKind = 'byline' | 'dateline' | 'credit' | 'meta' | 'editor' | 'none';

/** The reading of one line. */
export interface CreditLine {
  kind: CreditKind;
  people: Person[];
  date?: string;
  /** True when the line belongs to the article text (datelines and inline credits do; bylines, meta and editor lines do not). */
  isBodyText: boolean;
  /** The date an official document bears (成文日期), which outranks the portal's posting date. */
  isDocumentDate?: boolean;
  /** The line's date says when the article was changed (Updated, 更新, 修改), not when it was published. */
  isUpdate?: boolean;
  /** The newspaper or portal the line names as the text's source (来源：南方都市报): the publication, never an author. */
  source?: string;
}

// An update or modification stamp: "Updated March 3", "2019年12月17日更新", "最終更新日", "Last modified".
const UPDATE_WORDS = /updated|modified|last\s+edited|更新|修改|修订|最終|編集/iu;
// A line that states both: "Published 3 March, updated 5 March" keeps its first (publication) date.
const PUBLISH_WORDS = /published|posted|发布|發佈|发表|公開|掲載|配信|投稿/iu;

/**
 * Marks a dated reading as an update stamp when its words say so. A line that prints both
 * stamps keeps the publication date in either order: "发布时间：… 更新时间：…" reads its first
 * date, "更新：… | 发布：…" the date after the publication word.
 */
function withUpdateFlag(line: CreditLine, text: string): CreditLine {
  if (!line.date || !UPDATE_WORDS.test(text)) return line;
  const publish = PUBLISH_WORDS.exec(text);
  const update = UPDATE_WORDS.exec(text)!;
  if (publish && publish.index < update.index) return line;
  const published = publish ? findDate(text.slice(publish.index))?.iso : undefined;
  return published ? { ...line, date: published } : { ...line, isUpdate: true };
}

// Production credits of portal features and self-media posts ("出品：X工作室 策划：Y", "统筹 | Z",
// "监制：…"): staff of the page, not its authors, and not article text.
const STAFF_LINE = /^[\s（(【\[]*(?:出品|策划|统筹|监制|制作|设计|审核|主编|值班编辑|编审|视觉|运营)\s*[:：|｜/／]/u;

const NONE: CreditLine = { kind: 'none', people: [], isBodyText: true };

const ZH_DATELINE = /^[\s□■]*((?:本报讯|本报[^\s（(，。]{0,14}电|新华社[^\s（(，。]{0,14}电|中新[社网][^\s（(，。]{0,14}电|[^\s（(，。]{2,8}(?:(?:网|社|报)讯|消息))\s*[（(][^）)]{1,40}[）)])/u;
// The same credits without a bracket, each name set off by a space: "本报讯 记者 陈思雨 通讯员 王海涛 周末…".
const ZH_DATELINE_BARE = /^[\s□■]*(?:本报讯|本报[^\s（(，。]{0,14}电|[^\s（(，。]{2,8}(?:网|社|报)讯)\s+((?:(?:本报)?(?:见习|实习|特约|首席)?(?:记者|通讯员|实习生)\s*[\p{Script=Han}]{2,3}(?:[、，][\p{Script=Han}]{2,3})*\s+)+)/u;
const EN_DATELINE = /^[A-Z][A-Z .,'-]{2,40}\s*(?:\([A-Za-z .]{2,20}\))?\s*[—–]\s/u;
// Portals print the label and the name apart with a bar as often as a slash or colon: "文 | 李明",
// "作者｜王大力"; 采写 (reported and written by) labels the reporter.
// Bracketed labels and combined labels too: "【作者】张三", "文图/张三", "文并摄/张三".
const ZH_BYLINE_START = /^[\s□■◇◆●◎]*(?:(?:本报|特约|见习|实习)?记者|本报通讯员|通讯员|文\s*[/／:：|｜]|文\s*\|?\s*图|文\s*[·・•、]\s*图|文并摄|撰文|撰稿|采写|作者|作\s+者|[【[]\s*作\s*者\s*[】\]]|图\s*[/／]|摄影|□|■)/u;
// "◎张三": the mark alone before a bare name, as newspapers print a byline; ◎ also bullets list
// items ("◎小结"), so only a likely personal name after it counts.
const MARKED_NAME = /^◎\s*([\p{Script=Han}]{2,4})$/u;
const POSTFIX_PART = String.raw`[\p{Script=Han}·、，,\s]{2,20}?\s*[/／\s]\s*(?:文|摄影|摄|图)`;
const POSTFIX_CREDIT = new RegExp(String.raw`^${POSTFIX_PART}(?:\s+${POSTFIX_PART})?$`, 'u');
const EN_BYLINE = /^(?:By|BY|(?:Written|Words|Story|Text|Posted|Reported|Authored|Compiled|Opinion|Analysis|Commentary|Perspective)(?: and (?:photos?|photographs|pictures|images|video))? [Bb][Yy]|Authors?\s*:)\s*:?\s+\p{Lu}|^(?:Par|Von|Por|Door)\s+\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u;
// A blog's "Posted on March 3, 2016 by Jane Doe": the date first, the names after the last "by".
const EN_DATE_FIRST_BYLINE = /^(?:Posted|Published|Written)\b.{0,60}?\bby\s+(?=\p{Lu})/iu;
const META_WORDS = /来源|作者|发布|时间|日期|编辑|浏览|点击|字号|阅读|评论|打印|Posted|Updated|Published|Source/u;
const AUTHOR_IN_META = /(?:作者|记者|撰稿|采写|执笔人?|文)\s*[:：|｜]\s*((?:[\p{Script=Han}](?:[ \u3000]{1,3}[\p{Script=Han}]){1,2}(?![\p{Script=Han}])|[\p{Script=Han}\w·&.-]{2,16})(?:\s+(?:[\p{Script=Han}]{1,4}|\p{Lu}[\p{L}'.-]+))*)|[[【]\s*([\p{Script=Han}]{2,4})\s*[\]】]|\bby\s+([\p{Script=Han}\w&.-]{2,30}?)(?=\s*(?:[^\p{Script=Han}\w\s]|$))|由\s*([\p{Script=Han}\w&·-]{2,12}?)\s*(?:张贴|发表|发布|发帖)/u;
// A role word anywhere in a short line: "光明日报记者 王建宏 张文攀", "新京报记者 彭冲 山东冠县报道".
const ROLE_ANYWHERE = /记者|通讯员|实习生|采写|撰稿人?|执笔人?|特约评论员/u;
// Where the reporter filed from is not part of the name: "罗科苏盈发自北京", "彭冲 山东冠县报道".
const FILED_FROM = /\s*(?:发自\S{2,8}|\S{0,8}报道|综合报道)\s*$/u;
const AUTHOR_LABEL = /^\s*(?:[【[]\s*作\s*者\s*[】\]]\s*[:：]?|(?:作\s*者|执笔人?|撰\s*稿|撰\s*文|采\s*写|文\s*图|文并摄|图\s*文)\s*[:：|｜/／])\s*/u;
const DOCUMENT_DATE = /^(?:成文|签发)(?:日期|时间)\s*[:：]?\s*/u;
const TRAILING_BRACKET = /[（(]([^（）()]{2,40})[）)]\s*$/u;

/** Reads a line of text (normally one block); `none` when it credits nobody. */
export function readCreditLine(line: string): CreditLine {
  const text = spaceGluedFields(line.trim());
  const reading = withUpdateFlag(readLine(text), text);
  const source = /\p{Script=Han}/u.test(text) ? sourceOfLine(text) : undefined;
  return source ? { ...reading, source } : reading;
}

// Portals print a header line's fields as adjacent spans with no space between them
// ("来源：中国新闻网作者：张三2010-03-05 08:00"): the name would run into the next label or the date.
// Compound labels are listed whole so that a label is never split inside (责任编辑, 成文日期).
const FIELD_LABELS = new RegExp(
  `(?:${['责任编辑', '责编', '编辑', '文章来源', '稿件来源', '信息来源', '新闻来源', '本文来源', '来源', '出处', '作者', '记者', '成文日期', '发布日期', '发布时间',
    '发表日期', '发表时间', '更新时间', '更新日期', '时间', '日期', '发布', '发表', '更新', '浏览次数', '点击数', '浏览', '点击', '阅读', '字号', '评论', '分类', '标签', '栏目'].join('|')})\\s*[:：]`,
  'gu',
);
const GLUED_DATE = /(?<=[\p{Script=Han}])(?=(?:19|20)\d{2}\s*[-/.年])/gu;

/**
 * Puts a space where a field label or a date is glued to the previous field's value: a label
 * right after a digit, or after a value that an earlier label on the line introduced.
 */
export function spaceGluedFields(text: string): string {
  const spaced = text.replace(FIELD_LABELS, (label: string, at: number) => {
    const before = text[at - 1];
    if (!before || /[\s:：|｜/／【\[(（]/u.test(before)) return label;
    return /\d/u.test(before) || /[:：]/u.test(text.slice(0, at)) ? ` ${label}` : label;
  });
  // A date glued to a labelled value ("作者：张三2010-03-05"); a dateline's 本报北京2010年…电 stays whole.
  return /[:：]/u.test(spaced) ? spaced.replace(GLUED_DATE, (_: string, at: number) => (/[:：]/u.test(spaced.slice(0, at)) ? ' ' : '')) : spaced;
}

// A portal's clock bar ("今天是2026年12月2日 星期三", "欢迎光临 …"): today's date where the page
// was served, not the article's.
const CLOCK_LINE = /今天是|今日是|今天[:：]|欢迎(?:光临|访问|您)|现在(?:时间|是)|当前时间/u;

function readLine(text: string): CreditLine {
  if (!text || CLOCK_LINE.test(text)) return NONE;
  if (isEditorLine(text) || STAFF_LINE.test(text)) return { kind: 'editor', people: [], isBodyText: false };

  // Postfix credits: the role mark after the names ("陈思雨/文 王海涛/摄", "王海涛 摄", "张三/文").
  if (text.length <= 40 && POSTFIX_CREDIT.test(text)) {
    const people = withoutEditors(parsePeople(text));
    if (people.length && people.every((p) => isLikelyChineseName(p.name))) return { kind: 'byline', people, isBodyText: false };
  }

  const marked = MARKED_NAME.exec(text);
  if (marked) return isLikelyChineseName(marked[1]) ? { kind: 'byline', people: [{ name: marked[1], role: 'author' }], isBodyText: false } : NONE;

  const dateline = ZH_DATELINE.exec(text);
  if (dateline) return { kind: 'dateline', people: withoutEditors(parsePeople(dateline[1])), isBodyText: true };
  const bare = ZH_DATELINE_BARE.exec(text);
  if (bare) return { kind: 'dateline', people: withoutEditors(parsePeople(bare[1])).filter((p) => isLikelyChineseName(p.name)), isBodyText: true };
  if (EN_DATELINE.test(text) && text.length > 80) return { kind: 'dateline', people: [], isBodyText: true };

  // A wire story's "(Reporting by …; Editing by …)": its reporters and writers, not its editors. Article
  // text, as a dateline is (the wire prints it as the story's last line).
  const reporting = text.length <= 300 ? parseReportingCredit(text) : undefined;
  if (reporting) return reporting.length ? { kind: 'credit', people: reporting, isBodyText: true } : NONE;

  // An English byline may carry the section and time after the name ("Written by X in Y on 1 June 2019 at 08:34 PM").
  const dateFirst = text.length <= 120 ? EN_DATE_FIRST_BYLINE.exec(text) : null;
  if (dateFirst && !EN_BYLINE.test(text)) {
    const people = peopleOfByline(`By ${text.slice(dateFirst[0].length)}`);
    if (people.length) return { kind: 'byline', people, date: findDate(text)?.iso, isBodyText: false };
  }
  if ((text.length <= 60 && (ZH_BYLINE_START.test(text) || (text.length <= 40 && ROLE_ANYWHERE.test(text)))) || (text.length <= 120 && EN_BYLINE.test(text))) {
    const found = findDate(text);
    const people = peopleOfByline(found ? text.slice(0, found.index) + text.slice(found.index + found.length) : text);
    if (people.length || found) return { kind: 'byline', people, date: found?.iso, isBodyText: false };
  }

  // Japanese labels (文＝, 取材・文／, 記者：, 執筆：): their own reader, after the Chinese one found nobody.
  const japanese = readJapaneseByline(text);
  if (japanese) return { kind: 'byline', people: japanese, isBodyText: false };

  if (text.length <= 160) {
    const found = findDate(text);
    // A date with a few words around it ("2022-02-13 09:57 光明网") or with meta words around it.
    const isDateLine = found && text.length - found.length <= 24;
    // Month-only editions: "2003年5月", "——《北京之春》1998年3月号".
    const month = !found && text.length <= 24 ? parseYearMonth(text) : undefined;
    if (month) return { kind: 'meta', people: [], date: month, isBodyText: false };
    // 成文日期 is the date printed on a government document; 发布日期 is only when the portal posted it.
    if (found && DOCUMENT_DATE.test(text)) return { kind: 'meta', people: [], date: found.iso, isBodyText: false, isDocumentDate: true };
    if ((found && META_WORDS.test(text)) || isDateLine || (text.length <= 80 && /作\s*者\s*[:：]/u.test(text))) {
      const m = AUTHOR_IN_META.exec(text);
      const author = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4])?.trim();
      const role = /记者/u.test(text) ? ('reporter' as const) : ('author' as const);
      const people = author ? namesAfterLabel(author).map((name) => ({ name, role })) : [];
      return { kind: 'meta', people, date: found?.iso ?? parseYearMonth(text), isBodyText: false };
    }
  }

  // "来源：尹娟": when the source is a person, that person wrote it.
  const source = /^(?:稿件)?来源\s*[:：]\s*(\S{2,4})$/u.exec(text);
  if (source && isLikelyChineseName(source[1])) return { kind: 'meta', people: [{ name: source[1], role: 'author' }], isBodyText: false };
  // 发文机关 of a government notice is its author, even though it is an organisation.
  const issuer = /发文机关\s*[:：]?\s*([\p{Script=Han}]{2,20})/u.exec(text);
  if (issuer && text.length <= 160) return { kind: 'meta', people: [{ name: issuer[1], role: 'author' }], date: findDate(text)?.iso, isBodyText: false };

  const bracket = TRAILING_BRACKET.exec(text);
  // A bracket right after a word is a gloss ("平壤（朝鲜）"); a credit follows a sentence end or stands alone.
  if (bracket && (bracket.index === 0 || /[。！？!?.”"…]\s*$/u.test(text.slice(0, bracket.index)) || ROLE_ANYWHERE.test(bracket[1]) || /摄/u.test(bracket[1]))) {
    const hasRole = ROLE_ANYWHERE.test(bracket[1]) || /摄|文|图/u.test(bracket[1]);
    const people = withoutEditors(parsePeople(`（${bracket[1]}）`)).filter((p) => hasRole || isLikelyChineseName(p.name));
    if (people.length) return { kind: 'credit', people, isBodyText: true };
  }
  return NONE;
}

/**
 * The names in what follows an author label of a meta line. The label is followed by the name
 * and then whatever the line says next ("赵婕 出自：…", "Diogo Carleto 翻訳者 中村 真子"), so
 * only the first name, and further Chinese names after it, count: a Latin name is its run of
 * capitalised words; the halves of a name spaced out by justification (赵 培) are one name.
 */
export function namesAfterLabel(text: string): string[] {
  const tokens = joinSpacedNames(text.trim().split(/[\s\u3000]+/u).filter(Boolean));
  if (!tokens.length) return [];
  if (/^\p{Lu}/u.test(tokens[0]) && !/\p{Script=Han}/u.test(tokens[0])) {
    let n = 1;
    while (n < tokens.length && n < 4 && /^\p{Lu}[\p{L}'.-]*$/u.test(tokens[n])) n++;
    const name = tokens.slice(0, n).join(' ');
    return isPlausibleName(name) ? [name] : [];
  }
  if (!isPlausibleName(tokens[0])) return [];
  const names = [tokens[0]];
  for (const token of tokens.slice(1)) {
    if (!isLikelyChineseName(token) || NEXT_FIELD.test(` ${token}`)) break;
    names.push(token);
  }
  return names;
}

// Where another field of a header line starts: "作者：清风徐来 时间：…", "来源：晨报 采写：王晓明".
const FIELD_START = /[\s\u3000]+(?=(?:时间|日期|来源|出处|发表|发布|提交|点击|阅读|浏览|字号|评论|分类|标签|栏目)\s*[:：于]?)/u;
const NEXT_FIELD = new RegExp(`${FIELD_START.source}.*$`, 'u');
const CREDIT_FIELD = /记者|通讯员|实习生|采写|撰稿|执笔|撰文|作\s*者|^[\s□■◇◆●]*文\s*[/／:：|｜]|^[\s□■◇◆●]*[□■]/u;

/**
 * People of a byline line, with the filing place and author labels taken off first. A line of
 * several fields is cut at the field labels and read from the field that credits someone.
 */
function peopleOfByline(text: string): Person[] {
  const fields = text.split(FIELD_START).filter((f) => f.trim());
  const field = fields.find((f) => CREDIT_FIELD.test(f)) ?? fields[0] ?? '';
  return withoutEditors(parsePeople(field.replace(FILED_FROM, '').replace(AUTHOR_LABEL, '')));
}

function withoutEditors(people: Person[]): Person[] {
  return people.filter((p) => p.role !== 'editor' && isPlausibleName(p.name));
}

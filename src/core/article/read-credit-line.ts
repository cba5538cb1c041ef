/**
 * Classifies one line of page text as a byline, a dateline, a credit, a meta line
 * ("2005-03-21 11:21 来源：新浪 作者：尹娟") or an editor line, and reads the people and date
 * it gives. Where lines are in the DOM is the dom layer's job; turning a fragment into people
 * is parsePeople's.
 */
import type { Person } from '../model';
import { isEditorLine, parsePeople } from '../people/parse-people';
import { findDate } from './parse-date';

/** What a line is, as far as credits go. */
export type CreditKind = 'byline' | 'dateline' | 'credit' | 'meta' | 'editor' | 'none';

/** The reading of one line. */
export interface CreditLine {
  kind: CreditKind;
  people: Person[];
  date?: string;
  /** True when the line belongs to the article text (datelines and inline credits do; bylines, meta and editor lines do not). */
  isBodyText: boolean;
}

const NONE: CreditLine = { kind: 'none', people: [], isBodyText: true };

const ZH_DATELINE = /^[\s□■]*((?:本报讯|本报[^\s（(，。]{0,14}电|新华社[^\s（(，。]{0,14}电|中新[社网][^\s（(，。]{0,14}电|[^\s（(，。]{2,8}(?:网|社|报)讯)\s*[（(][^）)]{1,40}[）)])/u;
const EN_DATELINE = /^[A-Z][A-Z .,'-]{2,40}\s*(?:\([A-Za-z .]{2,20}\))?\s*[—–]\s/u;
const ZH_BYLINE_START = /^[\s□■◇◆●]*(?:(?:本报|特约|见习|实习)?记者|本报通讯员|通讯员|文\s*[/／:：]|文\s*\|?\s*图|撰文|撰稿|作者|作\s+者|图\s*[/／]|摄影|□|■)/u;
const EN_BYLINE = /^(?:By|BY|Words by|Story by)\s+\p{Lu}/u;
const META_WORDS = /来源|作者|发布|时间|日期|编辑|浏览|点击|字号|阅读|评论|打印|Posted|Updated|Published|Source/u;
const AUTHOR_IN_META = /(?:作者|记者|撰稿|文)\s*[:：]\s*([\p{Script=Han}A-Za-z·&]{2,16}(?:\s+[\p{Script=Han}]{2,4})*)/u;
const TRAILING_BRACKET = /[（(]([^（）()]{2,40})[）)]\s*$/u;

/** Reads a line of text (normally one block); `none` when it credits nobody. */
export function readCreditLine(line: string): CreditLine {
  const text = line.trim();
  if (!text) return NONE;
  if (isEditorLine(text)) return { kind: 'editor', people: [], isBodyText: false };

  const dateline = ZH_DATELINE.exec(text);
  if (dateline) return { kind: 'dateline', people: withoutEditors(parsePeople(dateline[1])), isBodyText: true };
  if (EN_DATELINE.test(text) && text.length > 80) return { kind: 'dateline', people: [], isBodyText: true };

  if (text.length <= 60 && (ZH_BYLINE_START.test(text) || EN_BYLINE.test(text))) {
    const found = findDate(text);
    const people = withoutEditors(parsePeople(text));
    if (people.length || found) return { kind: 'byline', people, date: found?.iso, isBodyText: false };
  }

  if (text.length <= 160) {
    const found = findDate(text);
    if (found && META_WORDS.test(text)) {
      const author = AUTHOR_IN_META.exec(text)?.[1];
      const people = author ? [{ name: author.trim(), role: /记者/u.test(text) ? ('reporter' as const) : ('author' as const) }] : [];
      return { kind: 'meta', people, date: found.iso, isBodyText: false };
    }
  }

  const bracket = TRAILING_BRACKET.exec(text);
  if (bracket) {
    const people = withoutEditors(parsePeople(`（${bracket[1]}）`));
    if (people.length) return { kind: 'credit', people, isBodyText: true };
  }
  return NONE;
}

function withoutEditors(people: Person[]): Person[] {
  return people.filter((p) => p.role !== 'editor');
}

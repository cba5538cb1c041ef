/**
 * Finds where bylines, datelines, meta lines and trailing credits sit around the body and
 * reads them: the lines between the headline and the body, the first and last body blocks,
 * the lines just after the body, and elements marked as author/byline.
 */
import type { Person } from '../../core/model';
import { readCreditLine, type CreditLine } from '../../core/article/read-credit-line';
import { parsePeople, dedupe } from '../../core/people/parse-people';
import { collapseSpace } from '../../core/article/clean-text';
import { isLikelyChineseName } from '../../core/article/is-plausible-name';
import type { TextBlock } from './collect-blocks';

/** People and date read from the text around the body, with their sources. */
export interface TextCredits {
  people: Person[];
  peopleSource?: string;
  /** Checks the byline passed: "role-word", "near-headline", "far-from-headline" (see core/article/field-confidence). */
  peopleChecks: string[];
  date?: string;
  /** Where the date was read: "text-byline" (between headline and body), "text-credit" (body tail), "text-meta" (above). */
  dateSource?: string;
  /** The date an official document bears (成文日期), when the page states one. */
  documentDate?: string;
  /** Blocks that are credits and not body text (bylines, meta lines, editor lines). */
  nonBody: Set<TextBlock>;
}

// Blocks looked at above the body when no headline bounds the search (toolbars, date lines).
const HEAD_WINDOW = 25;
const TAIL_WINDOW = 4;
const HEAD_INTO_BODY = 12;
// A cell that is only a field label: "发文机关：", "作　者：", "发布时间:".
const FIELD_LABEL = /^[\p{Script=Han}\s]{2,8}[:：]$/u;

/** Reads credit lines around the body; `firstBody`/`lastBody` index into `blocks`. */
export function findCredits(doc: Document, blocks: TextBlock[], headIndex: number, firstBody: number, lastBody: number): TextCredits {
  const nonBody = new Set<TextBlock>();
  const readings: Array<[TextBlock, CreditLine, string]> = [];
  const visit = (i: number, where: string): void => {
    const block = blocks[i];
    if (!block || block.features.chars > 200) return;
    // Government notices and forums lay metadata out as label and value cells
    // ("发文机关：" | "吉林省人民政府"): the label alone credits nobody, so read it with its value.
    const value = FIELD_LABEL.test(block.text) ? blocks[i + 1] : undefined;
    const line = value && value.features.chars <= 40 ? block.text + value.text : block.text;
    const reading = readCreditLine(line);
    if (reading.kind === 'none') return;
    readings.push([block, reading, where]);
    if (!reading.isBodyText) nonBody.add(block);
  };
  // Nearest first: the lines between the headline and the first prose, then the tail of the
  // body, then further up the page (toolbars with dates above a headline that sits in the body).
  const bodyTop = Math.max(firstBody, headIndex + 1);
  let i = Math.max(headIndex + 1, bodyTop - HEAD_WINDOW);
  for (; i < bodyTop; i++) visit(i, 'text-byline');
  // Bylines sit above the prose: stop after the second real paragraph.
  for (let prose = 0; i < bodyTop + HEAD_INTO_BODY && i <= lastBody && prose < 2; i++) {
    visit(i, 'text-byline');
    if (blocks[i].score > 3) prose++;
  }
  for (i = Math.max(i, lastBody - TAIL_WINDOW + 1); i <= lastBody + TAIL_WINDOW && i < blocks.length; i++) visit(i, 'text-credit');
  const above = headIndex >= 0 ? Math.min(headIndex, firstBody) : firstBody;
  for (i = above - 1; i >= Math.max(0, above - HEAD_WINDOW); i--) visit(i, 'text-meta');
  // Editor lines anywhere in the body are furniture, not text; so are index tables of
  // label and value cells (索引号 | 发文字号 | 发布日期) that a notice's container takes in.
  for (i = firstBody; i <= lastBody; i++) {
    const b = blocks[i];
    if (b.features.chars <= 40 && readCreditLine(b.text).kind === 'editor') nonBody.add(b);
    const value = blocks[i + 1];
    if (isLabelCell(b) && value && value.features.chars <= 80 && value.owner.parentElement === b.owner.parentElement) {
      nonBody.add(b).add(value);
    } else if (isLabelCell(b)) nonBody.add(b);
  }
  const bareName = bareNameAfterHeadline(blocks, headIndex >= 0 ? headIndex : firstBody - 1, lastBody);
  if (bareName) {
    nonBody.add(bareName.block);
    readings.unshift([bareName.block, { kind: 'byline', people: bareName.people, isBodyText: false }, 'text-byline']);
  }

  let people: Person[] = [];
  let peopleSource: string | undefined;
  let firstByline = -1;
  const peopleChecks: string[] = [];
  for (const [block, reading, where] of readings) {
    if (!people.length && reading.people.length) {
      people = reading.people;
      peopleSource = reading.kind === 'meta' ? 'text-meta' : where;
      firstByline = block.index;
      // A role word or label (记者, 作者：, By) names the people; a bare name line or a bracket of names does not.
      if ((reading.kind === 'byline' && block !== bareName?.block) || reading.kind === 'dateline' || reading.kind === 'meta' || reading.people.some((p) => p.role !== 'author')) peopleChecks.push('role-word');
      peopleChecks.push(where === 'text-byline' && block.index <= bodyTop + HEAD_INTO_BODY ? 'near-headline' : 'far-from-headline');
    } else if (reading.kind === 'byline' && reading.people.length && Math.abs(block.index - firstByline) <= 2) {
      // Bylines split over adjacent lines: "本报实习生 刘国栋 周炜" / "本报记者 王燕平".
      people = dedupe([...people, ...reading.people]);
      firstByline = block.index;
    }
  }
  // A full date beats a month-only one wherever it is.
  const dated = readings.filter(([, r]) => !!r.date);
  const dateReading = dated.find(([, r]) => r.date!.length >= 10) ?? dated[0];
  const date = dateReading?.[1].date;
  const dateSource = dateReading?.[2];
  const documentDate = readings.find(([, r]) => r.isDocumentDate)?.[1].date;
  if (!people.length) {
    const marked = markedAuthors(doc);
    if (marked.length) {
      people = marked;
      peopleSource = 'byline-element';
    }
  }
  return { people, peopleSource, peopleChecks, date, dateSource, documentDate, nonBody };
}

/** A table cell holding only a field label ("发文字号："). */
function isLabelCell(block: TextBlock): boolean {
  return (block.owner.localName === 'td' || block.owner.localName === 'th') && FIELD_LABEL.test(block.text);
}

/** A line of only names ("胡平") between the headline and the first prose block. */
function bareNameAfterHeadline(blocks: TextBlock[], headIndex: number, lastBody: number): { block: TextBlock; people: Person[] } | undefined {
  for (let i = headIndex + 1; i <= Math.min(lastBody, headIndex + 4); i++) {
    const b = blocks[i];
    if (b.score > 2) return undefined;
    if (b.features.chars > 12 || b.features.punctuation > 0 || b.linkChars > 0) continue;
    const names = b.text.split(/[\s、，,]+/u).filter(Boolean);
    if (names.length && names.every(isLikelyChineseName)) return { block: b, people: names.map((name) => ({ name, role: 'author' as const })) };
  }
  return undefined;
}

/** Names in elements the page marks as author or byline (itemprop, rel, class). */
function markedAuthors(doc: Document): Person[] {
  const els = doc.querySelectorAll('[itemprop="author"], [rel="author"], .byline, .author, .author-name');
  const people: Person[] = [];
  for (const el of Array.from(els).slice(0, 4)) {
    const text = collapseSpace(el.textContent ?? '');
    if (!text || text.length > 80) continue;
    const parsed = parsePeople(text).filter((p) => p.role !== 'editor');
    people.push(...(parsed.length ? parsed : /^[\p{L} .'-]{3,40}$/u.test(text) ? [{ name: text, role: 'author' as const }] : []));
  }
  return dedupe(people);
}

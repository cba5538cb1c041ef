/**
 * Turns one body (with its headline group, if any) or a lone block into the PageItem the
 * caller sees: spans per role, headline parts, people, paragraphs and sentences.
 */
import type { Person, Span } from '../model';
import { dedupe, parsePeople } from '../people/parse-people';
import { composeParagraphs, type ParagraphInput } from '../text/compose-paragraphs';
import { toInputSpan } from '../text/offset-map';
import { splitSentences } from '../text/segment';
import type { AdBlock, BodyBlock, HeadlineGroup } from './blocks';
import { continuationTarget, DATELINE } from './line-patterns';
import { isTitleCase, startsParagraph, type PageLine } from './page-lines';
import type { PageItem, PageItemKind } from './types';

const spanOf = (line: PageLine): Span => ({ ...line.span });
const byIndex = (a: PageLine, b: PageLine): number => a.index - b.index;

/** Builds the item for a body and the headline group attached to it. */
export function bodyItem(input: string, body: BodyBlock, group: HeadlineGroup | undefined): PageItem {
  const kind: PageItemKind = body.continuedFrom ? 'continuation' : body.photoCredit && !group ? 'photo' : body.attribution ? 'column' : 'article';
  const bodyLines = [...body.lines, ...body.subheads].sort(byIndex);
  const text = composeBody(input, body.lines.slice().sort(byIndex), body.subheads);
  const item: PageItem = {
    kind,
    headline: group ? group.lines.map(spanOf) : [],
    byline: group ? group.byline.map(spanOf) : [],
    body: bodyLines.map(spanOf),
    other: body.other.slice().sort(byIndex).map(spanOf),
    subheads: body.subheads.map(spanOf),
    paragraphs: text.paragraphs,
    sentences: text.sentences,
    people: collectPeople(body, group, text.bodyText),
    bodyText: text.bodyText,
    bodySentences: text.bodySentences,
  };
  if (group) Object.assign(item, headlineParts(group.lines));
  if (body.continuedFrom) item.continuedFrom = continuationTarget(body.continuedFrom.text);
  if (body.continuedTo) item.continuedTo = continuationTarget(body.continuedTo.text);
  return item;
}

/** Builds the item for an ad, or for a headline group no body claimed. */
export function looseItem(input: string, block: AdBlock | HeadlineGroup): PageItem {
  if (block.type === 'ad') {
    const lines = block.lines.slice().sort(byIndex);
    const text = composeLines(input, lines.map((line) => [line]));
    return { kind: 'ad', headline: [], byline: [], body: lines.map(spanOf), other: [], subheads: [], people: [], ...text };
  }
  return {
    kind: 'other',
    headline: block.lines.map(spanOf),
    byline: block.byline.map(spanOf),
    body: [],
    other: [],
    subheads: [],
    paragraphs: [],
    sentences: [],
    people: dedupe(block.byline.flatMap((line) => parsePeople(line.text))),
    bodyText: '',
    bodySentences: [],
    ...headlineParts(block.lines),
  };
}

/** Kicker (a first line ending in ：), title, and subtitle (lines printed apart, below the title). */
function headlineParts(lines: PageLine[]): Pick<PageItem, 'kicker' | 'title' | 'subtitle'> {
  const rest = lines.slice();
  const parts: Pick<PageItem, 'kicker' | 'title' | 'subtitle'> = {};
  if (rest.length > 1 && /[：:]$/.test(rest[0].text)) parts.kicker = rest.shift()!.text;
  const titleLines: PageLine[] = [];
  // A blank line, or an English deck in sentence case, starts the subtitle.
  const startsSubtitle = (line: PageLine): boolean => line.blanksBefore > 0 || (!/[\u4e00-\u9fff]/.test(line.text) && !isTitleCase(line.text));
  while (rest.length > 0 && (titleLines.length === 0 || !startsSubtitle(rest[0]))) titleLines.push(rest.shift()!);
  if (titleLines.length > 0) parts.title = joinHeadline(titleLines);
  if (rest.length > 0) parts.subtitle = joinHeadline(rest);
  return parts;
}

function joinHeadline(lines: PageLine[]): string {
  return lines.reduce((text, line) => (text && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(line.text) ? `${text} ${line.text}` : text + line.text), '');
}

function collectPeople(body: BodyBlock, group: HeadlineGroup | undefined, bodyText: string): Person[] {
  const people: Person[] = [];
  for (const line of group?.byline ?? []) people.push(...parsePeople(line.text));
  // An inline dateline names the reporters: 本报讯（记者王子瑶 通讯员闵涛 陈江静）.
  const dateline = /^[^（(]{0,24}?[（(][^）)]{1,60}[）)]/.exec(bodyText);
  if (body.opensWithDateline && dateline && DATELINE.test(bodyText)) people.push(...parsePeople(dateline[0]));
  const byline = /^By [^\n]{2,80}$/m.exec(bodyText.slice(0, 200));
  if (byline) people.push(...parsePeople(byline[0]));
  for (const line of body.other) {
    if (line.mark === 'signature' || line.mark === 'photo-credit' || line.mark === 'editor') people.push(...parsePeople(line.text));
  }
  return dedupe(people);
}

interface ComposedText {
  paragraphs: Span[];
  sentences: Span[];
  bodyText: string;
  bodySentences: Span[];
}

/** Paragraphs of a body: a line ends its paragraph when it ends a sentence and does not fill the column; subheads stand alone. */
function composeBody(input: string, lines: PageLine[], subheads: PageLine[]): ComposedText {
  const all = [...lines, ...subheads].sort(byIndex);
  const paragraphs: PageLine[][] = [];
  let current: PageLine[] = [];
  for (const line of all) {
    const previous = current[current.length - 1];
    const isSubhead = subheads.includes(line);
    if (previous && (isSubhead || subheads.includes(previous) || startsParagraph(previous, line))) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return composeLines(input, paragraphs);
}

function composeLines(input: string, paragraphs: PageLine[][]): ComposedText {
  const inputs: ParagraphInput[] = paragraphs.map((lines) => ({ lines: lines.map((line) => line.raw) }));
  const normalized = composeParagraphs(input, inputs);
  const bodySentences = splitSentences(normalized.text);
  const paragraphSpans: Span[] = [];
  let start = 0;
  const text = normalized.text;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    if (end > start) paragraphSpans.push(toInputSpan(normalized.map, { start, end }));
    start = end + 2;
  }
  return {
    paragraphs: paragraphSpans,
    sentences: bodySentences.map((span) => toInputSpan(normalized.map, span)),
    bodyText: text,
    bodySentences,
  };
}

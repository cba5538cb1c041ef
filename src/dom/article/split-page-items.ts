/**
 * Pages that hold several articles in their DOM — an e-paper page printing every item of its
 * 版, a digest, a live blog, a page of twenty stories — split into one item per article, as
 * src/core/newspaper does for raw page text. Two general shapes are recognised:
 *
 * - repeated blocks: sibling containers of one kind (same tag and class), each with its own
 *   headline (one heading, or an e-paper stack 引题/主题/副题) or its own time stamp, and body
 *   text of its own (<article> lists, `.news-item` divs, `<li class="entry">`, live-blog posts);
 * - heading sections: one container whose children are headline runs, each followed by its
 *   paragraphs, up to the next headline of the same strength (an e-paper 版 printed flat).
 *
 * Whether the repetition is a list of articles and not sections of one is decided by
 * core/article/page-item-rules.ts. Read-only, one extra block walk, only when some block repeats.
 */
import { ENTRY_NAME, TIME_STAMP, itemListIndexes, readHeadlineStack, untitledEntryTitle, type ItemCandidateStats, type StackHeading } from '../../core/article/page-item-rules';
import { parseDate, findDate } from '../../core/article/parse-date';
import { readCreditLine } from '../../core/article/read-credit-line';
import type { Person } from '../../core/model';
import { collectBlocks, type TextBlock } from './collect-blocks';
import type { PageWalk } from './detected-article';

export interface DomPageItem {
  /** The elements the item is made of (one container, or the siblings of a heading section). */
  roots: Element[];
  title: string;
  kicker?: string;
  subtitle?: string;
  authors: Person[];
  date?: string;
  /** Body blocks in reading order; paragraphs joined by '\n\n' (as detectArticle's body). */
  body: { elements: Element[]; text: string };
}

export interface DomPageItems {
  pattern: 'repeated-blocks' | 'heading-sections';
  items: DomPageItem[];
}

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';
const MARKS = `${HEADINGS},time`;
// Page furniture never holds the articles of a page.
const OUTSIDE = 'nav,aside,template,noscript,[hidden],[aria-hidden="true"]';
/** How far up from a heading a repeated container is looked for. */
const MAX_CLIMB = 8;
/** Text before the headline inside an item (a category label, a time stamp). */
const MAX_TEXT_ABOVE_HEADLINE = 80;
/** Blocks at an item's top and tail looked at for its own byline, date or dateline. */
const CREDIT_REACH_TOP = 3;
const CREDIT_REACH_TAIL = 2;

function headingRank(el: Element): number {
  const m = /^h([1-6])$/u.exec(el.localName);
  if (m) return Number(m[1]);
  const level = Number(el.getAttribute('aria-level'));
  return level >= 1 && level <= 6 ? level : 2;
}

/** Tag and class: what makes siblings "of one kind". Varying state classes (is-open) are left out by using the first class. */
function signature(el: Element): string {
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/u)[0] ?? '';
  return `${el.localName}.${first}`;
}

/** A candidate item: the elements it spans, in document order. */
interface Candidate {
  roots: Element[];
  blocks: TextBlock[];
}

interface Group {
  pattern: DomPageItems['pattern'];
  namedAsEntries: boolean;
  candidates: Candidate[];
}

/** Repeated sibling containers that hold a heading or a time stamp each. */
function repeatedBlockGroups(marks: Element[], root: Element): Group[] {
  const byParent = new Map<Element, Map<string, Set<Element>>>();
  for (const mark of marks) {
    let el: Element | null = mark;
    for (let depth = 0; el && el !== root && depth < MAX_CLIMB; depth++, el = el.parentElement) {
      const parent: Element | null = el.parentElement;
      if (!parent) break;
      let kinds = byParent.get(parent);
      if (!kinds) byParent.set(parent, (kinds = new Map()));
      const sig = signature(el);
      let members = kinds.get(sig);
      if (!members) kinds.set(sig, (members = new Set()));
      members.add(el);
    }
  }
  const groups: Group[] = [];
  for (const kinds of byParent.values()) {
    for (const members of kinds.values()) {
      if (members.size < 2) continue;
      const list = [...members];
      if (list.every((el) => el.matches(HEADINGS) || el.localName === 'time')) continue; // bare headings: the sections shape
      const namedAsEntries = list.every((el) => el.localName === 'article' || ENTRY_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`));
      groups.push({ pattern: 'repeated-blocks', namedAsEntries, candidates: list.map((el) => ({ roots: [el], blocks: [] })) });
    }
  }
  return groups;
}

/** An element that is only a heading (or a wrapper of one heading and nothing else). */
function isHeadingChild(el: Element): boolean {
  if (el.matches(HEADINGS)) return true;
  const inner = el.children.length === 1 ? el.children[0] : null;
  return !!inner && inner.matches(HEADINGS) && (el.textContent ?? '').trim() === (inner.textContent ?? '').trim();
}

function rankOfHeadingChild(el: Element): number {
  return headingRank(el.matches(HEADINGS) ? el : el.children[0]);
}

/** Children that show nothing (rules, breaks, empty wrappers) do not end a headline run. */
function isEmptyChild(el: Element): boolean {
  return (el.textContent ?? '').trim() === '' ;
}

/**
 * Heading-led runs of siblings: every parent with three or more headline runs among its
 * children. A run splits at headlines of its most common strength (or stronger); weaker
 * headings inside a section are its subheads.
 */
function headingSectionGroups(marks: Element[]): Group[] {
  const parents = new Set<Element>();
  for (const mark of marks) {
    if (!mark.matches(HEADINGS)) continue;
    const parent = isHeadingChild(mark) && mark.parentElement ? mark.parentElement : null;
    if (parent) parents.add(parent);
    // A heading wrapped alone in a div (<div class="title"><h2>…</h2></div>) leads its section too.
    const wrapper = mark.parentElement;
    if (wrapper?.parentElement && wrapper.children.length === 1 && isHeadingChild(wrapper)) parents.add(wrapper.parentElement);
  }
  const groups: Group[] = [];
  for (const parent of parents) {
    const children = [...parent.children].filter((c) => !c.matches(OUTSIDE));
    // Runs: consecutive heading children (empty children between them allowed).
    const runs: { start: number; rank: number }[] = [];
    let inRun = false;
    children.forEach((child, i) => {
      if (isHeadingChild(child)) {
        const rank = rankOfHeadingChild(child);
        if (inRun) runs[runs.length - 1].rank = Math.min(runs[runs.length - 1].rank, rank);
        else runs.push({ start: i, rank });
        inRun = true;
      } else if (!isEmptyChild(child)) inRun = false;
    });
    if (runs.length < 3) continue;
    const counts = new Map<number, number>();
    for (const run of runs) counts.set(run.rank, (counts.get(run.rank) ?? 0) + 1);
    let splitRank = runs[0].rank;
    for (const [rank, count] of counts) {
      const best = counts.get(splitRank) ?? 0;
      if (count > best || (count === best && rank < splitRank)) splitRank = rank;
    }
    const starts = runs.filter((r) => r.rank <= splitRank).map((r) => r.start);
    if (starts.length < 2) continue;
    const candidates = starts.map((start, k) => ({ roots: children.slice(start, starts[k + 1] ?? children.length), blocks: [] as TextBlock[] }));
    groups.push({ pattern: 'heading-sections', namedAsEntries: false, candidates });
  }
  return groups;
}

/** Gives every candidate its blocks, in reading order. */
function assignBlocks(groups: Group[], blocks: TextBlock[], root: Element): void {
  const byRoot = new Map<Element, Candidate[]>();
  for (const group of groups) {
    for (const candidate of group.candidates) {
      for (const el of candidate.roots) {
        const list = byRoot.get(el);
        if (list) list.push(candidate);
        else byRoot.set(el, [candidate]);
      }
    }
  }
  for (const block of blocks) {
    for (let el: Element | null = block.owner; el && el !== root; el = el.parentElement) {
      const hit = byRoot.get(el);
      if (hit) for (const candidate of hit) candidate.blocks.push(block);
    }
  }
}

/** How a candidate's blocks divide: text above, the headline stack, the body. */
interface Reading {
  stats: ItemCandidateStats;
  stack: StackHeading[];
  time?: string;
  date?: string;
  authors: Person[];
  bodyBlocks: TextBlock[];
}

function headingOf(block: TextBlock, roots: Element[]): Element | null {
  const heading = block.owner.closest(HEADINGS);
  return heading && roots.some((r) => r.contains(heading)) ? heading : null;
}

function timeIn(roots: Element[], topBlocks: TextBlock[]): { text: string; date?: string } | undefined {
  for (const root of roots) {
    const time = root.localName === 'time' ? root : root.querySelector('time');
    if (time) {
      const attr = time.getAttribute('datetime') ?? '';
      return { text: (time.textContent ?? '').trim(), date: parseDate(attr) ?? parseDate(time.textContent ?? '') };
    }
  }
  const stamp = topBlocks.find((b) => b.text.length <= 40 && TIME_STAMP.test(b.text));
  return stamp ? { text: stamp.text } : undefined;
}

function readCandidate(candidate: Candidate): Reading {
  const { roots, blocks } = candidate;
  const stack: StackHeading[] = [];
  let above = 0;
  let i = 0;
  // Short text above the headline (a label, a time) stays out of the headline and the body.
  const firstHeading = blocks.findIndex((b) => headingOf(b, roots));
  if (firstHeading > 0) {
    for (let k = 0; k < firstHeading; k++) above += blocks[k].text.length;
  }
  const aboveBlocks = firstHeading > 0 && above <= MAX_TEXT_ABOVE_HEADLINE ? blocks.slice(0, firstHeading) : [];
  i = firstHeading >= 0 && above <= MAX_TEXT_ABOVE_HEADLINE ? firstHeading : blocks.length;
  if (i < blocks.length) {
    while (i < blocks.length) {
      const heading = headingOf(blocks[i], roots);
      if (!heading) break;
      stack.push({ rank: headingRank(heading), text: blocks[i].text });
      i++;
    }
  }
  const hasHeadline = stack.length > 0;
  const rest = hasHeadline ? blocks.slice(i) : blocks.filter((b) => !aboveBlocks.includes(b));
  const headlineRank = hasHeadline ? Math.min(...stack.map((h) => h.rank)) : 7;
  let holdsSeveral = false;
  const time = timeIn(roots, [...aboveBlocks, ...rest.slice(0, CREDIT_REACH_TOP)]);
  let date = time?.date;
  const authors: Person[] = [];
  let credited = stack.length >= 2; // a kicker/title/subtitle stack is an e-paper article's own
  const bodyBlocks: TextBlock[] = [];
  rest.forEach((block, k) => {
    const heading = headingOf(block, roots);
    if (heading && headingRank(heading) <= headlineRank) holdsSeveral = true;
    const nearEdge = k < CREDIT_REACH_TOP || k >= rest.length - CREDIT_REACH_TAIL;
    if (nearEdge && !heading && block.text.length <= 160) {
      const credit = readCreditLine(block.text);
      if (credit.kind !== 'none' && credit.kind !== 'editor') {
        credited = true;
        if (!authors.length) authors.push(...credit.people.filter((p) => p.role !== 'editor'));
        date ??= credit.date && /^\d{4}-\d{2}-\d{2}/u.test(credit.date) ? credit.date : undefined;
        if (!credit.isBodyText) return;
      } else if (block.text.length <= 80 && findDate(block.text)) {
        credited = true;
        date ??= findDate(block.text)?.iso;
      }
    }
    if (time && block.text === time.text) return; // the stamp itself is not body text
    bodyBlocks.push(block);
  });
  for (const block of aboveBlocks) {
    if (block.text.length <= 80 && findDate(block.text)) {
      credited = true;
      date ??= findDate(block.text)?.iso;
    }
  }
  let bodyChars = 0;
  let linkChars = 0;
  let unlikelyChars = 0;
  for (const block of bodyBlocks) {
    bodyChars += block.text.length;
    linkChars += block.linkChars;
    if (block.isUnlikely) unlikelyChars += block.text.length;
  }
  return {
    stats: { bodyChars, linkChars, unlikelyChars, hasHeadline, holdsSeveral, hasOwnEvidence: credited || !!time, hasTime: !!time },
    stack,
    ...(time ? { time: time.text } : {}),
    ...(date ? { date } : {}),
    authors,
    bodyBlocks,
  };
}

function toItem(candidate: Candidate, reading: Reading): DomPageItem {
  const text = reading.bodyBlocks.map((b) => b.text).join('\n\n');
  const headline = reading.stack.length ? readHeadlineStack(reading.stack) : { title: untitledEntryTitle(reading.time, text) };
  const elements: Element[] = [];
  for (const block of reading.bodyBlocks) if (elements[elements.length - 1] !== block.owner) elements.push(block.owner);
  return {
    roots: candidate.roots,
    ...headline,
    authors: reading.authors,
    ...(reading.date ? { date: reading.date } : {}),
    body: { elements, text },
  };
}

/**
 * The articles of a page that holds several, or null for a page of one article. `detectedBody`
 * is what detectArticle chose as the body: the items must hold it (or be far more text than it),
 * so a box of related stories beside an article is never taken for the page's articles.
 */
export function splitPageItems(doc: Document, detectedBody: { elements: Element[]; text: string }, walk?: PageWalk): DomPageItems | null {
  const root = doc.body;
  if (!root) return null;
  // Detection's walk already met every heading and block, and it never enters the furniture that
  // OUTSIDE names (nav, aside, template, noscript, hidden subtrees); without it, look them up.
  const marks = walk ? walk.marks : [...root.querySelectorAll(MARKS)].filter((el) => !el.closest(OUTSIDE));
  if (marks.length < 2) return null;
  const groups = [...repeatedBlockGroups(marks, root), ...headingSectionGroups(marks)];
  if (groups.length === 0) return null;
  assignBlocks(groups, walk && doc.body === walk.blocks[0]?.owner.ownerDocument.body ? walk.blocks : collectBlocks(root).blocks, root);

  let best: { group: Group; readings: Reading[]; indexes: number[]; chars: number } | null = null;
  for (const group of groups) {
    const readings = group.candidates.map(readCandidate);
    const overlaps = detectedBody.elements.some((el) => group.candidates.some((c) => c.roots.some((r) => r.contains(el) || el.contains(r))));
    const indexes = itemListIndexes(
      readings.map((r) => r.stats),
      { pattern: group.pattern, namedAsEntries: group.namedAsEntries, detectedBodyChars: detectedBody.text.length, overlapsDetectedBody: overlaps },
    );
    if (!indexes) continue;
    const chars = indexes.reduce((sum, i) => sum + readings[i].stats.bodyChars, 0);
    // The list that carries the most text; on a tie the one with more items (the finer split).
    if (!best || chars > best.chars * 1.05 || (chars >= best.chars * 0.95 && indexes.length > best.indexes.length)) {
      best = { group, readings, indexes, chars };
    }
  }
  if (!best) return null;
  const { group, readings, indexes } = best;
  return { pattern: group.pattern, items: indexes.map((i) => toItem(group.candidates[i], readings[i])) };
}

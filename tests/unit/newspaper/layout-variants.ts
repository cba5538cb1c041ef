/**
 * A second generator of seed-page variants, written apart from seed-variants.ts (no shared code,
 * its own choices) and modelled on how the text layer of a Chinese e-paper (the PDF or HTML5
 * reader of a city daily) prints a page:
 *
 * - every text box is read whole, boxes in layout order, so items come in any order and a
 *   headline box spanning several columns may be read before another item's body, or after its
 *   own body;
 * - each item has its own column width (8–40 cells; an ideograph is one cell, a Latin letter or
 *   digit half), lines are broken by the typesetter's rules (no 。，、 at a line start, no “（《 at a
 *   line end: punctuation hangs past the margin or a character is pulled down, and Latin/digit
 *   runs are never split), and a line left short that way is stretched to the margin, which the
 *   text layer prints as spaces between characters (该 工 程, 2023 年) — also in short headlines
 *   and in two-character names set to the width of three (王　丹);
 * - paragraphs are separated by a blank line, or only indented (　　), or neither;
 * - column and page breaks fall after any line, also in mid-paragraph and mid-sentence, as one
 *   blank line (column) or two or three (page);
 * - a long headline is set on two short lines, a two-line headline on one;
 * - the byline is a line of its own (under the headline or at the top of the body column, with
 *   □/■/本报 and other spacings) or runs into the first paragraph (本报讯（记者X 通讯员Y）…).
 *
 * Every page is built from one integer seed, so a page can be rebuilt on its own. The answer has
 * the format of ../shared/fixtures/seed-page.expected.json, so scoreSegmentation applies.
 */
import type { Person } from '../../../src/core/model';
import type { ExpectedItem } from '../../../src/core/newspaper/score-segmentation';

/** A generated page and its line-by-line answer. */
export interface LayoutPage {
  seed: number;
  text: string;
  expected: ExpectedItem[];
}

/** The seed's answer file items as read from JSON. */
export interface SeedAnswerItem extends ExpectedItem {
  id: number;
  subheads?: number[];
}

/** Seeds the report tunes on; the held-out seeds are never looked at page by page. */
export const TUNING_SEEDS = range(1, 100);
/** Seeds reported separately (and never used to choose a rule). */
export const HELD_OUT_SEEDS = range(101, 200);

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** sfc32 seeded through splitmix32: a different generator from the one seed-variants.ts uses. */
class Dice {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const split = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let k = 0; k < 12; k++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(options: readonly T[]): T {
    return options[Math.floor(this.next() * options.length)];
  }

  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(options: ReadonlyArray<readonly [T, number]>): T {
    const total = options.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return options[options.length - 1][0];
  }

  shuffle<T>(items: T[]): T[] {
    const out = items.slice();
    for (let i = 0; i < out.length - 1; i++) {
      const j = this.int(i, out.length - 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

// ————————————————————————————————————————————— reading the seed into logical items

type Trailer = { kind: 'credit' | 'signature' | 'attribution'; text: string };

interface LogicalItem {
  index: number;
  kind: string;
  people: Person[];
  /** Headline parts as printed in the seed (blank-separated), each a list of lines. */
  parts: string[][];
  /** Reporters and correspondents a byline names, in print order. */
  bylineGroups: Array<{ word: '记者' | '通讯员'; names: string[] }>;
  /** The continued-from marker printed before the body. */
  leader?: string;
  paragraphs: Array<{ text: string; subhead: boolean }>;
  trailers: Trailer[];
  /** Ads are list layouts; they are kept line for line (null = blank line). */
  adLines?: Array<string | null>;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…·]/;

/** Drops the spaces a text layer printed for justification: any space next to a CJK character. */
function unjustify(line: string): string {
  let out = '';
  const text = line.trim();
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (!CJK.test(out[out.length - 1] ?? '') && !CJK.test(text[j] ?? '')) out += ' ';
      i = j - 1;
      continue;
    }
    out += text[i];
  }
  return out;
}

const ENDS_SENTENCE = /[。！？…][”’」）]?$/;

function readSeed(seedText: string, items: SeedAnswerItem[]): LogicalItem[] {
  const lines = seedText.split('\n');
  const groupsOf = (numbers: number[]): number[][] => {
    const sorted = [...numbers].sort((a, b) => a - b);
    const out: number[][] = [];
    for (const n of sorted) {
      const last = out[out.length - 1];
      if (last && last[last.length - 1] === n - 1) last.push(n);
      else out.push([n]);
    }
    return out;
  };
  return items.map((item, index) => {
    const logical: LogicalItem = {
      index,
      kind: item.kind,
      people: item.people.map((person) => ({ ...person })),
      parts: groupsOf(item.headline).map((group) => group.map((n) => lines[n].trim())),
      bylineGroups: [],
      paragraphs: [],
      trailers: [],
    };
    if (item.kind === 'ad') {
      const all = [...item.body, ...item.other].sort((a, b) => a - b);
      logical.adLines = [];
      for (let n = all[0]; n <= all[all.length - 1]; n++) logical.adLines.push(lines[n].trim() ? lines[n].trim() : null);
      return logical;
    }
    for (const person of item.people) {
      if (person.role !== 'reporter' && person.role !== 'correspondent') continue;
      const word = person.role === 'reporter' ? '记者' : '通讯员';
      const last = logical.bylineGroups[logical.bylineGroups.length - 1];
      if (last && last.word === word) last.names.push(person.name);
      else logical.bylineGroups.push({ word, names: [person.name] });
    }
    const body = [...item.body].sort((a, b) => a - b);
    const subheads = new Set(item.subheads ?? []);
    const widths = body.map((n) => cells(unjustify(lines[n]))).sort((a, b) => a - b);
    const column = widths[widths.length >> 1] ?? 14;
    let current = '';
    body.forEach((n, k) => {
      const text = unjustify(lines[n]);
      if (subheads.has(n)) {
        if (current) logical.paragraphs.push({ text: current, subhead: false });
        logical.paragraphs.push({ text, subhead: true });
        current = '';
        return;
      }
      current += current && /[A-Za-z0-9]$/.test(current) && /^[A-Za-z]/.test(text) ? ` ${text}` : text;
      const next = body[k + 1];
      const blankAfter = next !== undefined && next > n + 1;
      if (next === undefined || (ENDS_SENTENCE.test(text) && (blankAfter || cells(text) < 0.8 * column))) {
        logical.paragraphs.push({ text: current, subhead: false });
        current = '';
      }
    });
    // An inline dateline-byline (本报讯（记者…）) is taken off; the generator prints its own.
    const first = logical.paragraphs[0];
    const inline = first && /^本报讯[（(][^）)]*[）)]/.exec(first.text);
    if (inline && logical.bylineGroups.length > 0) first.text = first.text.slice(inline[0].length);
    const others = groupsOf(item.other);
    for (const group of others) {
      const text = group.map((n) => lines[n].trim()).join('');
      if (group[0] < body[0]) logical.leader = text;
      else if (text.startsWith('——')) logical.trailers.push({ kind: 'attribution', text: unjustify(text) });
      else if (/摄[）)]$/.test(text)) logical.trailers.push({ kind: 'credit', text });
      else logical.trailers.push({ kind: 'signature', text });
    }
    return logical;
  });
}

// ————————————————————————————————————————————— typesetting

/** Printed width in cells: ideographs and CJK punctuation 1, Latin letters, digits and spaces ½. */
function cells(text: string): number {
  let width = 0;
  for (const ch of text) width += ch === '\u3000' || CJK.test(ch) || ch.codePointAt(0)! > 0x2e80 ? 1 : 0.5;
  return width;
}

/** Never at the start of a line. */
const NO_START = /^[，。、；：？！）》」』”’…—%]/;
/** Never at the end of a line. */
const NO_END = /[（《「『“‘]$/;

/** How one item is typeset. */
interface ItemStyle {
  width: number;
  /** Punctuation that would start a line hangs past the margin (else a character is pulled down). */
  hang: boolean;
  paragraphs: 'blank' | 'indent' | 'flush';
  /** How a short (non-final) line is stretched in the text layer. */
  justify: 'spread' | 'gaps' | 'none';
  /** Lines between column breaks. */
  columnLines: [number, number];
}

/** The unbreakable pieces of a paragraph: one CJK character (—— and …… as one), or a Latin/digit run. */
function pieces(text: string): string[] {
  return text.match(/——|……|[A-Za-z0-9.%+\-/:]+|\s+|[\s\S]/gu) ?? [];
}

/** Breaks a paragraph into lines of at most `width` cells (plus hanging punctuation). */
function wrap(text: string, width: number, style: ItemStyle, indent: string): Array<{ text: string; short: boolean }> {
  const units = pieces(text);
  const lines: string[][] = [];
  let line: string[] = indent ? [indent] : [];
  let used = cells(indent);
  const flush = (): void => {
    // An opening mark never ends a line: it goes down with what it opens.
    const carried: string[] = [];
    while (line.length > 1 && NO_END.test(line[line.length - 1])) carried.unshift(line.pop()!);
    lines.push(line);
    line = carried;
    used = cells(carried.join(''));
  };
  for (const unit of units) {
    if (/^\s+$/.test(unit) && line.length === 0) continue;
    const w = cells(unit);
    if (used + w <= width || line.length === 0) {
      line.push(unit);
      used += w;
      continue;
    }
    if (NO_START.test(unit)) {
      if (style.hang) {
        line.push(unit);
        used += w;
        flush();
        continue;
      }
      // Pull the last character down with the mark (and any closing marks after that character).
      const pulled: string[] = [];
      while (line.length > 1 && (NO_START.test(line[line.length - 1]) || /^\s+$/.test(line[line.length - 1]))) pulled.unshift(line.pop()!);
      if (line.length > 1) pulled.unshift(line.pop()!);
      else {
        line.push(...pulled);
        pulled.length = 0;
      }
      flush();
      for (const piece of [...pulled.filter((piece) => !/^\s+$/.test(piece)), unit]) {
        line.push(piece);
        used += cells(piece);
      }
      continue;
    }
    flush();
    if (/^\s+$/.test(unit)) continue;
    line.push(unit);
    used += w;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((units, k) => {
    const joined = units.join('').replace(/\s+$/, '');
    return { text: joined, short: k < lines.length - 1 && cells(joined) <= width - 1 };
  });
}

/** Spaces a stretched line the way text layers print it. */
function stretch(line: string, style: ItemStyle, dice: Dice): string {
  if (style.justify === 'none') return line;
  // Spaces the text already has (between names, words) stay where they are.
  const units: string[] = [];
  const spaceBefore: string[] = [];
  for (const piece of pieces(line)) {
    if (/^\s+$/.test(piece)) spaceBefore[units.length] = piece;
    else units.push(piece);
  }
  if (units.length < 2) return line;
  const space = (): string => (dice.chance(0.85) ? ' ' : dice.pick(['  ', '\u3000']));
  const gap = (k: number, stretched: boolean): string => (spaceBefore[k] ?? '') + (stretched ? space() : '');
  if (style.justify === 'spread') return units.map((unit, k) => (k === 0 ? unit : gap(k, true) + unit)).join('');
  // A few gaps only, preferring the edges of Latin and digit runs.
  const gaps = new Set<number>();
  units.forEach((unit, k) => {
    if (k > 0 && (/^[A-Za-z0-9]/.test(unit) || /[A-Za-z0-9%]$/.test(units[k - 1]))) gaps.add(k);
  });
  const extra = dice.int(1, Math.max(1, Math.floor(units.length / 3)));
  for (let n = 0; n < extra; n++) gaps.add(dice.int(1, units.length - 1));
  return units.map((unit, k) => (k === 0 ? unit : gap(k, gaps.has(k)) + unit)).join('');
}

/** A two-character name set to the width of three (王　丹), as name lists often are. */
function nameCell(name: string, dice: Dice, p: number): string {
  return name.length === 2 && dice.chance(p) ? name[0] + dice.pick(['\u3000', ' ', '  ']) + name[1] : name;
}

// ————————————————————————————————————————————— printed pieces

type Role = 'headline' | 'byline' | 'body' | 'other';
/** One printed line (null text = blank line) owned by an item. */
interface Printed {
  text: string | null;
  item: number;
  role: Role;
}

const blank = (item: number): Printed => ({ text: null, item, role: 'body' });

/** Lines of a headline: parts re-set on one or two lines, optionally letter-spaced. */
function printHeadline(item: LogicalItem, dice: Dice, segmenter: Intl.Segmenter | null): Printed[] {
  const out: Printed[] = [];
  item.parts.forEach((part, p) => {
    let lines = part.slice();
    if (lines.length === 2 && cells(lines[0] + lines[1]) <= 24 && dice.chance(0.25)) lines = [`${lines[0]} ${lines[1]}`];
    lines = lines.flatMap((line) => (cells(line) >= 10 && !/[：:]$/.test(line) && dice.chance(0.35) ? splitHeadline(line, segmenter) : [line]));
    if (p > 0) {
      // Kicker and title, title and subtitle: often a blank line between, not always.
      if (dice.chance(0.6)) out.push(blank(item.index));
    }
    for (const line of lines) {
      const spaced = /^[\u4e00-\u9fff]{2,8}$/.test(line) && dice.chance(0.2) ? [...line].join(dice.pick([' ', '  ', '\u3000'])) : line;
      out.push({ text: spaced, item: item.index, role: 'headline' });
    }
  });
  return out;
}

/** A headline line broken in two near its middle, at a space or a word boundary. */
function splitHeadline(line: string, segmenter: Intl.Segmenter | null): string[] {
  const space = line.indexOf(' ');
  if (space > 0) return [line.slice(0, space), line.slice(space + 1)];
  const middle = line.length / 2;
  let best = -1;
  const boundaries = segmenter ? [...segmenter.segment(line)].map((segment) => segment.index) : [...line].map((_, k) => k);
  for (const at of boundaries) {
    if (at < 3 || at > line.length - 3) continue;
    // Never inside a quotation or a title mark pair.
    const head = line.slice(0, at);
    if ((head.match(/“/g)?.length ?? 0) !== (head.match(/”/g)?.length ?? 0) || (head.match(/《/g)?.length ?? 0) !== (head.match(/》/g)?.length ?? 0)) continue;
    if (NO_START.test(line.slice(at))) continue;
    if (best < 0 || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
  }
  return best < 0 ? [line] : [line.slice(0, best), line.slice(best)];
}

/** A byline of its own: □ 记者 王大玲 通讯员 刘天华, 本报记者 刘洁, ■记者王子瑶 通讯员闵涛、陈江静 … */
function printByline(item: LogicalItem, dice: Dice): string {
  const mark = dice.weighted([
    ['□ ', 3],
    ['□', 1],
    ['■ ', 2],
    ['◆', 1],
    ['', 3],
  ] as const);
  const reporterWord = dice.chance(0.35) ? '本报记者' : '记者';
  const gap = dice.weighted([
    [' ', 3],
    ['', 1],
    ['\u3000', 1],
  ] as const);
  const between = dice.pick([' ', '、', '  ']);
  const groups = item.bylineGroups.map((group) => {
    const word = group.word === '记者' ? reporterWord : group.word;
    const names = group.names.map((name) => nameCell(name, dice, gap === '' ? 0 : 0.3));
    return word + gap + names.join(between);
  });
  return mark + groups.join(dice.pick([' ', '  ', '\u3000']));
}

/** The byline run into the first paragraph: 本报讯（记者王大玲 通讯员刘天华）. */
function inlineByline(item: LogicalItem, dice: Dice): string {
  const spaced = dice.chance(0.3);
  const groups = item.bylineGroups.map((group) => group.word + (spaced ? ' ' : '') + group.names.join(dice.pick([' ', '、'])));
  const [open, close] = dice.chance(0.8) ? ['（', '）'] : ['(', ')'];
  return `本报讯${open}${groups.join(' ')}${close}`;
}

function printTrailer(trailer: Trailer, item: LogicalItem, style: ItemStyle, dice: Dice): string[] {
  if (trailer.kind === 'attribution') return wrap(trailer.text, style.width, style, '').map((line) => line.text);
  const role = trailer.kind === 'credit' ? 'photographer' : 'author';
  const names = item.people.filter((person) => person.role === role).map((person) => nameCell(person.name, dice, 0.35));
  const [open, close] = dice.chance(0.8) ? ['（', '）'] : ['(', ')'];
  const sep = dice.pick([' ', ' ', '、', '\u3000']);
  return [`${open}${names.join(sep)}${trailer.kind === 'credit' ? dice.pick([' 摄', '摄', '\u3000摄']) : ''}${close}`];
}

/** The body column: leader, paragraphs with breaks, trailers. `bylineAtTop` prints the byline as the column's first line. */
function printBody(item: LogicalItem, style: ItemStyle, dice: Dice, byline: 'top' | 'inline' | 'none'): Printed[] {
  const i = item.index;
  if (item.adLines) return item.adLines.map((text) => (text === null ? blank(i) : { text, item: i, role: 'body' as Role }));
  const out: Printed[] = [];
  if (item.leader) out.push({ text: dice.chance(0.5) ? item.leader : item.leader.replace('（', '(').replace('）', ')'), item: i, role: 'other' });
  if (byline === 'top') {
    out.push({ text: printByline(item, dice), item: i, role: 'byline' });
    if (dice.chance(0.3)) out.push(blank(i));
  }
  const text: Printed[] = [];
  item.paragraphs.forEach((paragraph, p) => {
    if (paragraph.subhead) {
      if (dice.chance(0.7)) text.push(blank(i));
      text.push({ text: paragraph.text, item: i, role: 'body' });
      if (dice.chance(0.3)) text.push(blank(i));
      return;
    }
    if (p > 0 && style.paragraphs === 'blank' && !item.paragraphs[p - 1].subhead) text.push(blank(i));
    const lead = p === 0 && byline === 'inline' ? inlineByline(item, dice) : '';
    const indent = style.paragraphs === 'indent' ? dice.pick(['\u3000\u3000', '\u3000\u3000', '  ']) : '';
    for (const line of wrap(lead + paragraph.text, style.width, style, indent)) {
      text.push({ text: line.short ? stretch(line.text, style, dice) : line.text, item: i, role: 'body' });
    }
  });
  // Column and page breaks after any line of the text.
  let untilBreak = dice.int(...style.columnLines);
  for (let k = 0; k < text.length; k++) {
    out.push(text[k]);
    if (text[k].text === null || k === text.length - 1 || text[k + 1].text === null) continue;
    if (--untilBreak > 0) continue;
    const blanks = dice.weighted([
      [1, 7],
      [2, 2],
      [3, 1],
    ] as const);
    for (let n = 0; n < blanks; n++) out.push(blank(i));
    untilBreak = dice.int(...style.columnLines);
  }
  item.trailers.forEach((trailer) => {
    if (dice.chance(0.3)) out.push(blank(i));
    for (const line of printTrailer(trailer, item, style, dice)) out.push({ text: line, item: i, role: 'other' });
  });
  return out;
}

// ————————————————————————————————————————————— the page

type Placement = 'before' | 'after' | 'elsewhere';

/** Builds the page for one seed. */
export function makeLayoutPage(seedText: string, seedItems: SeedAnswerItem[], seed: number): LayoutPage {
  const dice = new Dice(seed);
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  const items = readSeed(seedText, seedItems);
  const order = dice.shuffle(items);
  // Units in reading order: each item's body, its headline before or after it, or set aside.
  type Unit = Printed[];
  const groups: Unit[][] = [];
  const aside: Array<{ from: number; unit: Unit }> = [];
  for (const item of order) {
    const style: ItemStyle = {
      width: dice.int(8, 40),
      hang: dice.chance(0.5),
      paragraphs: dice.weighted([
        ['blank', 3],
        ['indent', 2],
        ['flush', 1],
      ] as const),
      justify: dice.weighted([
        ['spread', 2],
        ['gaps', 2],
        ['none', 1],
      ] as const),
      columnLines: dice.pick([
        [5, 14],
        [10, 30],
        [20, 60],
      ] as const) as [number, number],
    };
    const hasHeadline = item.parts.length > 0;
    const placement: Placement = hasHeadline
      ? dice.weighted([
          ['before', 5],
          ['after', 2],
          ['elsewhere', 3],
        ] as const)
      : 'before';
    // Byline: its own line under the headline or atop the body column, or run into the text.
    let byline: 'headline' | 'top' | 'inline' | 'none' = 'none';
    if (item.bylineGroups.length > 0) byline = dice.weighted([['headline', 4], ['top', 2], ['inline', 3]] as const);
    const headline: Printed[] = hasHeadline ? printHeadline(item, dice, segmenter) : [];
    if (byline === 'headline') {
      if (!hasHeadline) byline = 'top';
      else headline.push({ text: printByline(item, dice), item: item.index, role: 'byline' });
    }
    const body = printBody(item, style, dice, byline === 'headline' ? 'none' : byline);
    if (!hasHeadline) groups.push([body]);
    else if (placement === 'before') groups.push([[...headline, ...(dice.chance(0.35) ? [blank(item.index)] : []), ...body]]);
    else if (placement === 'after') groups.push([body, headline]);
    else {
      groups.push([body]);
      aside.push({ from: groups.length - 1, unit: headline });
    }
  }
  // A headline set aside is read just before a nearby box: another item's headline or body.
  for (const { from, unit } of aside) {
    const near = range(Math.max(0, from - 4), Math.min(groups.length - 1, from + 4)).filter((k) => k !== from);
    const target = near.length > 0 ? dice.pick(near) : from;
    groups[target].unshift(unit);
  }
  const printed: Printed[] = [];
  groups.flat().forEach((unit, k) => {
    if (k > 0) {
      const blanks = dice.weighted([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const);
      for (let n = 0; n < blanks; n++) printed.push(blank(-1));
    }
    printed.push(...unit);
  });
  return render(seed, items, printed);
}

function render(seed: number, items: LogicalItem[], printed: Printed[]): LayoutPage {
  // No blank lines at either end, none doubled beyond three.
  while (printed.length > 0 && printed[0].text === null) printed.shift();
  while (printed.length > 0 && printed[printed.length - 1].text === null) printed.pop();
  const expected: ExpectedItem[] = items.map((item) => ({ kind: item.kind, headline: [], byline: [], body: [], other: [], people: item.people }));
  const lines: string[] = [];
  printed.forEach((line) => {
    if (line.text !== null) expected[line.item][line.role].push(lines.length);
    lines.push(line.text ?? '');
  });
  return { seed, text: `${lines.join('\n')}\n`, expected };
}

/**
 * Variants of the seed page for the robustness test: the same items with their body text
 * re-wrapped at 10–24 characters a line, column-break blank lines in other places, items in
 * another order, and headlines printed before or after their bodies. Each variant comes with its
 * expected line-by-line answer in the seed's format, so the same scorer applies.
 */
import type { ExpectedItem } from '../../../src/core/newspaper/score-segmentation';

/** A generated page and its answer. */
export interface Variant {
  text: string;
  expected: ExpectedItem[];
}

/** Small seeded PRNG (mulberry32) so every run builds the same variants. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeedItem extends ExpectedItem {
  subheads?: number[];
}

const TERMINAL = /[。！？…”’」）!?.]$/;

/** Body paragraphs of an item as plain strings (justification spaces removed), subheads marked. */
function bodyParagraphs(lines: string[], item: SeedItem): Array<{ text: string; subhead: boolean }> {
  const out: Array<{ text: string; subhead: boolean }> = [];
  let current = '';
  let previousLine = -1;
  for (const index of item.body) {
    const raw = lines[index].trim();
    if (item.subheads?.includes(index)) {
      if (current) out.push({ text: current, subhead: false });
      out.push({ text: raw, subhead: true });
      current = '';
      previousLine = index;
      continue;
    }
    const gap = previousLine >= 0 && index > previousLine + 1;
    if (current && gap && TERMINAL.test(current)) {
      out.push({ text: current, subhead: false });
      current = '';
    }
    current += raw;
    previousLine = index;
  }
  if (current) out.push({ text: current, subhead: false });
  return out.map((paragraph) => (paragraph.subhead ? paragraph : { ...paragraph, text: dropJustification(paragraph.text) }));
}

/**
 * Removes the seed's justification spaces (该 工 程 → 该工程) before re-wrapping, but keeps the
 * spaces that separate words of two or more characters (王子瑶 通讯员闵涛 陈江静).
 */
function dropJustification(text: string): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  return tokens.reduce((joined, token, k) => (k === 0 ? token : joined + ([...tokens[k - 1]].length === 1 || [...token].length === 1 ? '' : ' ') + token), '');
}

/** Marks a Chinese typesetter never puts at the start of a line (they hang on the line before). */
const NO_LINE_START = /^[，。、；：！？”’）》」』…]/;

/** Printed width of a character: Latin letters, digits and spaces take half a cell. */
const cellWidth = (char: string): number => (char.charCodeAt(0) < 0x2000 ? 0.5 : 1);

/** Breaks text into lines of `width` cells, as a column of that width would. */
function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let end = i;
    let used = 0;
    while (end < chars.length && used + cellWidth(chars[end]) <= width) used += cellWidth(chars[end++]);
    end = Math.max(end, i + 1);
    while (end < chars.length && NO_LINE_START.test(chars[end])) end++;
    out.push(chars.slice(i, end).join(''));
    i = end;
  }
  return out;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Builds one variant of the seed page. */
export function makeVariant(seedText: string, seedItems: SeedItem[], random: () => number): Variant {
  const lines = seedText.split('\n');
  const out: string[] = [];
  const expected: ExpectedItem[] = [];
  const emit = (text: string, role: 'headline' | 'byline' | 'body' | 'other', item: ExpectedItem): void => {
    item[role].push(out.length);
    out.push(text);
  };
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  for (const seed of shuffle(seedItems, random)) {
    const item: ExpectedItem = { kind: seed.kind, headline: [], byline: [], body: [], other: [], people: seed.people };
    expected.push(item);
    blank();
    if (seed.kind === 'ad') {
      for (const index of seed.body) (lines[index].trim() ? emit(lines[index].trim(), 'body', item) : blank());
      continue;
    }
    const headlineAfter = seed.headline.length > 0 && seed.kind === 'article' && random() < 0.3;
    const printHeadline = (): void => {
      seed.headline.forEach((index, k) => {
        if (k > 0 && index > seed.headline[k - 1] + 1) blank();
        emit(lines[index].trim(), 'headline', item);
      });
      for (const index of seed.byline) emit(lines[index].trim(), 'byline', item);
      blank();
    };
    const opening = seed.other.filter((index) => /^（上接/.test(lines[index].trim()));
    const closing = seed.other.filter((index) => !opening.includes(index));
    if (!headlineAfter) printHeadline();
    for (const index of opening) emit(lines[index].trim(), 'other', item);
    const width = 10 + Math.floor(random() * 15);
    bodyParagraphs(lines, seed).forEach((paragraph, k) => {
      if (k > 0 && random() < 0.6) blank();
      if (paragraph.subhead) {
        emit(paragraph.text, 'body', item);
        return;
      }
      const wrapped = wrap(paragraph.text, width);
      wrapped.forEach((line, n) => {
        emit(line, 'body', item);
        // A column or page break falls after a full line, in mid-sentence.
        if (n < wrapped.length - 1 && random() < 0.08) out.push('');
      });
    });
    blank();
    for (const index of closing) emit(lines[index].trim(), 'other', item);
    if (headlineAfter) {
      blank();
      printHeadline();
    }
  }
  return { text: out.join('\n') + '\n', expected };
}

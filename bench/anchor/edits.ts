/**
 * The page changes a highlight must survive (or, for a deleted quote, must not survive). Each
 * edit works on raw paragraph strings and says where the quote should now be, counted in
 * non-whitespace characters from the start of the article, which no system's text model biases.
 */
import { escapeHtml } from '../../src/core/export/escape-html';
import type { QuoteSpec } from './pick-quotes';
import type { Random } from './random';

/** The edit classes of the benchmark, in report order. */
export const EDIT_CLASSES = [
  'none',
  'paragraph-inserted-before',
  'changed-outside-quote',
  'changed-inside-quote',
  'rewrapped-markup',
  'duplicated-earlier',
  'duplicated-adjacent',
  'quote-deleted',
] as const;

/** One edit class. */
export type EditClass = (typeof EDIT_CLASSES)[number];

/** The edited article body and where the quote should be found, or null for "must be an orphan". */
export interface EditedPage {
  /** The edited article as plain paragraphs, or null when it only exists as markup (`html`). */
  paragraphs: string[] | null;
  html: string;
  /** Non-whitespace characters the quote's start moved by; null when the quote is gone. */
  shift: number | null;
}

/** Text to borrow for inserted paragraphs and replaced words, in the article's language. */
export interface Donor {
  paragraphs: string[];
  words: string[];
}

/** Counts the non-whitespace characters of a string. */
export function countVisible(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}

const CJK_POOL = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';

function otherChar(ch: string, random: Random): string {
  for (;;) {
    let c: string;
    if (ch.charCodeAt(0) >= 0x2e80) c = random.pick([...CJK_POOL]);
    else if (/\d/.test(ch)) c = String(random.int(0, 9));
    else c = String.fromCharCode(random.int(97, 122));
    if (c !== ch && c.toLowerCase() !== ch.toLowerCase()) return /[A-Z]/.test(ch) ? c.toUpperCase() : c;
  }
}

function quotePieces(p: string[], q: QuoteSpec): string[] {
  if (q.startPara === q.endPara) return [p[q.startPara].slice(q.startOffset, q.endOffset)];
  return [p[q.startPara].slice(q.startOffset), ...p.slice(q.startPara + 1, q.endPara), p[q.endPara].slice(0, q.endOffset)];
}

function changeOutside(p: string[], q: QuoteSpec, donor: Donor, random: Random): EditedPage {
  // Candidate regions: before the quote in its first paragraph, after it in its last one.
  const regions: { para: number; from: number; to: number; before: boolean }[] = [];
  if (q.startOffset > 0) regions.push({ para: q.startPara, from: 0, to: q.startOffset, before: true });
  if (q.endOffset < p[q.endPara].length) regions.push({ para: q.endPara, from: q.endOffset, to: p[q.endPara].length, before: false });
  const out = [...p];
  for (const region of random.next() < 0.5 ? regions : [...regions].reverse()) {
    const text = p[region.para].slice(region.from, region.to);
    const spans = [...text.matchAll(/[^\s\p{P}]+/gu)];
    if (spans.length === 0) continue;
    const word = random.pick(spans);
    const at = region.from + word.index!;
    const replacement = random.pick(donor.words);
    out[region.para] = p[region.para].slice(0, at) + replacement + p[region.para].slice(at + word[0].length);
    return { paragraphs: out, html: '', shift: region.before ? countVisible(replacement) - countVisible(word[0]) : 0 };
  }
  // The quote fills its paragraph: change the nearest paragraph instead (documented in the report).
  const para = q.endPara + 1 < p.length ? q.endPara + 1 : q.startPara - 1;
  out[para] = random.pick(donor.words) + p[para];
  return { paragraphs: out, html: '', shift: para < q.startPara ? countVisible(out[para]) - countVisible(p[para]) : 0 };
}

function changeInside(p: string[], q: QuoteSpec, random: Random): EditedPage {
  const positions: [number, number][] = [];
  for (let para = q.startPara; para <= q.endPara; para++) {
    const from = para === q.startPara ? q.startOffset : 0;
    const to = para === q.endPara ? q.endOffset : p[para].length;
    for (let i = from; i < to; i++) if (!/\s/.test(p[para][i]) && !/[\uD800-\uDFFF]/.test(p[para][i])) positions.push([para, i]);
  }
  const out = [...p];
  const count = Math.min(positions.length, random.int(1, 3));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(0, positions.length - 1));
  for (const k of chosen) {
    const [para, i] = positions[k];
    out[para] = out[para].slice(0, i) + otherChar(out[para][i], random) + out[para].slice(i + 1);
  }
  return { paragraphs: out, html: '', shift: 0 };
}

function rewrapParagraph(text: string, random: Random): string {
  const parts: string[] = [];
  for (const token of text.split(/(\s+)/)) {
    if (token === '') continue;
    if (/^\s+$/.test(token)) {
      parts.push(random.pick(['\n      ', '  ', '\t', ' \n ', token]));
      continue;
    }
    // Long unspaced runs (Chinese) are cut into pieces so markup also falls inside them.
    const pieces = token.length > 6 ? token.match(/[\s\S]{1,5}/g)! : [token];
    for (const piece of pieces) {
      const html = escapeHtml(piece);
      const roll = random.next();
      if (roll < 0.2) parts.push(`<span class="w">${html}</span>`);
      else if (roll < 0.3) parts.push(`<a href="#x">${html}</a>`);
      else if (roll < 0.4) parts.push(`<b>${html}</b>`);
      else if (roll < 0.55) parts.push(`${html}<!---->`);
      else parts.push(html);
    }
  }
  return `<span class="para">${parts.join('')}</span>`;
}

function rewrap(p: string[], q: QuoteSpec, random: Random): EditedPage {
  const html = p.map((text, i) => {
    const touched = i >= q.startPara - 1 && i <= q.endPara + 1;
    return `<p>${touched ? rewrapParagraph(text, random) : escapeHtml(text)}</p>`;
  });
  return { paragraphs: null, html: html.join('\n'), shift: 0 };
}

/** Applies one edit class to the article for the given highlight. */
export function applyEdit(kind: EditClass, p: string[], q: QuoteSpec, donor: Donor, random: Random): EditedPage {
  switch (kind) {
    case 'none':
      return { paragraphs: p, html: '', shift: 0 };
    case 'paragraph-inserted-before': {
      const inserted = random.pick(donor.paragraphs);
      const out = [...p];
      out.splice(random.int(0, q.startPara), 0, inserted);
      return { paragraphs: out, html: '', shift: countVisible(inserted) };
    }
    case 'changed-outside-quote':
      return changeOutside(p, q, donor, random);
    case 'changed-inside-quote':
      return changeInside(p, q, random);
    case 'rewrapped-markup':
      return rewrap(p, q, random);
    case 'duplicated-earlier': {
      // A pull quote or summary repeating the quote somewhere above it, with other text between.
      const copy = quotePieces(p, q);
      const out = [...p];
      // At least one untouched paragraph stays between copy and quote (the adjacent case is
      // its own class below); a quote in the first paragraph gets the copy before it, with filler.
      const at = random.int(0, Math.max(0, q.startPara - 1));
      const filler = random.pick(donor.paragraphs);
      if (at < q.startPara && copy.length === 1 && random.next() < 0.5) {
        out[at] = `${copy[0]} ${out[at]}`;
        return { paragraphs: out, html: '', shift: countVisible(copy[0]) };
      }
      out.splice(at, 0, ...copy, filler);
      return { paragraphs: out, html: '', shift: copy.reduce((n, c) => n + countVisible(c), 0) + countVisible(filler) };
    }
    case 'duplicated-adjacent': {
      // The copy directly before the quote's paragraph: "A Q B" becomes "A Q Q B" when the quote
      // is a whole paragraph, and no evidence tells the copies apart. Reported on its own.
      const copy = quotePieces(p, q);
      const out = [...p];
      out.splice(q.startPara, 0, ...copy);
      return { paragraphs: out, html: '', shift: copy.reduce((n, c) => n + countVisible(c), 0) };
    }
    case 'quote-deleted': {
      const out = [...p];
      const joined = p[q.startPara].slice(0, q.startOffset) + p[q.endPara].slice(q.endOffset);
      out.splice(q.startPara, q.endPara - q.startPara + 1, ...(joined.trim() ? [joined] : []));
      return { paragraphs: out, html: '', shift: null };
    }
  }
}

/**
 * The body of a clipping as paragraphs of runs, each run either plain text or text under one or
 * more of the reader's highlights. Highlights are found in the stored body by their quote and
 * its context (core/anchoring), never by DOM offsets of the live page, so the book paints them
 * from what was stored. A run under several highlights shows the newest one's colour.
 */
import { matchQuote } from '../anchoring';
import type { Highlight, Span } from '../model';

/** A run of text and the highlights over it (ids, oldest first). */
export interface Run {
  text: string;
  start: number;
  highlightIds: string[];
}

export interface PaintedParagraph {
  start: number;
  end: number;
  runs: Run[];
}

export interface PaintedBody {
  paragraphs: PaintedParagraph[];
  /** Where each highlight was found in the body. */
  spans: Map<string, Span>;
  /** Highlights whose quote is not in the stored text (kept in the notes list, not painted). */
  notFound: string[];
}

/** The paragraphs of a body with their offsets (a blank line separates two). */
export function paragraphSpans(bodyText: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t\u3000]*\n\s*/gu;
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(bodyText[s])) s++;
    while (e > s && /\s/u.test(bodyText[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let m = separator.exec(bodyText); m; m = separator.exec(bodyText)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, bodyText.length);
  return spans;
}

type Paintable = Pick<Highlight, 'id' | 'exact' | 'selectors' | 'createdAt'>;

/** Characters shared by the end of `a` and the end of `b` (or the starts, with `fromStart`). */
function sharedLength(a: string, b: string, fromStart: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromStart ? a[n] === b[n] : a[a.length - 1 - n] === b[b.length - 1 - n])) n++;
  return n;
}

/** Every place of `quote` in `text`. */
function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) out.push(at);
  return out;
}

/**
 * Finds each highlight in the body. The stored context was read from the live page (headline,
 * captions and line breaks around it), so it is used to choose between equal passages, not to
 * refuse one: the exact quote first (best by shared context), then the anchoring's fuzzy match.
 */
export function locateHighlights(bodyText: string, highlights: readonly Paintable[]): { spans: Map<string, Span>; notFound: string[] } {
  const spans = new Map<string, Span>();
  const notFound: string[] = [];
  for (const h of highlights) {
    const quote = h.selectors.find((s) => s.type === 'TextQuoteSelector');
    const exact = (quote?.exact ?? h.exact).trim();
    const prefix = (quote?.prefix ?? '').replace(/\s+/gu, '');
    const suffix = (quote?.suffix ?? '').replace(/\s+/gu, '');
    const places = exact ? occurrences(bodyText, exact) : [];
    if (places.length > 0) {
      let best = places[0];
      let bestScore = -1;
      for (const at of places) {
        const before = bodyText.slice(Math.max(0, at - 64), at).replace(/\s+/gu, '');
        const after = bodyText.slice(at + exact.length, at + exact.length + 64).replace(/\s+/gu, '');
        const score = sharedLength(before, prefix, false) + sharedLength(after, suffix, true);
        if (score > bestScore) [best, bestScore] = [at, score];
      }
      spans.set(h.id, { start: best, end: best + exact.length });
      continue;
    }
    const match = exact ? matchQuote(bodyText, { exact, prefix: quote?.prefix, suffix: quote?.suffix }) : null;
    if (match) spans.set(h.id, { start: match.start, end: match.end });
    else notFound.push(h.id);
  }
  return { spans, notFound };
}

/** The body split at paragraph breaks and at every highlight boundary. */
export function paintParagraphs(bodyText: string, highlights: readonly Paintable[]): PaintedBody {
  const ordered = [...highlights].sort((a, b) => a.createdAt - b.createdAt);
  const { spans, notFound } = locateHighlights(bodyText, ordered);
  const paragraphs = paragraphSpans(bodyText).map((p): PaintedParagraph => {
    const cuts = new Set<number>([p.start, p.end]);
    for (const span of spans.values()) {
      if (span.start > p.start && span.start < p.end) cuts.add(span.start);
      if (span.end > p.start && span.end < p.end) cuts.add(span.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const highlightIds = ordered.filter((h) => {
        const s = spans.get(h.id);
        return s !== undefined && s.start < end && s.end > start;
      }).map((h) => h.id);
      const previous = runs[runs.length - 1];
      if (previous && sameIds(previous.highlightIds, highlightIds)) previous.text += bodyText.slice(start, end);
      else runs.push({ text: bodyText.slice(start, end), start, highlightIds });
    }
    return { start: p.start, end: p.end, runs };
  });
  return { paragraphs, spans, notFound };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

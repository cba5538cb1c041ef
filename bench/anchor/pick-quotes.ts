/**
 * Chooses highlights the way readers make them: one word, a phrase, or one to three sentences,
 * snapped to word boundaries (Intl.Segmenter), sometimes running into the next paragraph.
 */
import type { BenchArticle } from './corpus';
import type { Random } from './random';

/** A highlight in raw paragraph coordinates: [startPara:startOffset, endPara:endOffset). */
export interface QuoteSpec {
  kind: 'word' | 'phrase' | 'sentences';
  startPara: number;
  startOffset: number;
  endPara: number;
  endOffset: number;
}

interface Piece {
  start: number;
  end: number;
}

function words(text: string, lang: string): Piece[] {
  const out: Piece[] = [];
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length });
  }
  return out;
}

function sentences(text: string, lang: string): Piece[] {
  const out: Piece[] = [];
  for (const s of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    const trimmed = s.segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim().length > 0) out.push({ start: s.index + lead, end: s.index + trimmed.length });
  }
  return out;
}

/** One random highlight in the article, or null when the chosen paragraph is unusable. */
export function pickQuote(article: BenchArticle, random: Random): QuoteSpec | null {
  const para = random.int(0, article.paragraphs.length - 1);
  const text = article.paragraphs[para];
  const roll = random.next();
  if (roll < 0.6) {
    const ws = words(text, article.lang);
    if (ws.length === 0) return null;
    const count = roll < 0.3 ? 1 : random.int(2, 8);
    const first = random.int(0, Math.max(0, ws.length - count));
    const last = Math.min(ws.length - 1, first + count - 1);
    return { kind: count === 1 ? 'word' : 'phrase', startPara: para, startOffset: ws[first].start, endPara: para, endOffset: ws[last].end };
  }
  const ss = sentences(text, article.lang);
  if (ss.length === 0) return null;
  const count = random.int(1, 3);
  const first = random.int(0, ss.length - 1);
  const last = Math.min(ss.length - 1, first + count - 1);
  // A tenth of the sentence highlights continue into the next paragraph, as selections often do.
  if (random.next() < 0.1 && para + 1 < article.paragraphs.length) {
    const next = sentences(article.paragraphs[para + 1], article.lang);
    if (next.length > 0) return { kind: 'sentences', startPara: para, startOffset: ss[first].start, endPara: para + 1, endOffset: next[0].end };
  }
  return { kind: 'sentences', startPara: para, startOffset: ss[first].start, endPara: para, endOffset: ss[last].end };
}

/**
 * Lexical overlap between a headline and the bodies of a page, weighted so that words many
 * bodies share (工作, 推进, the) count for little and names or topic words (施金方, 清风行动)
 * count for a lot.
 */
import { foldFullwidthCode, isAsciiAlnum, isHan, isSpace } from '../text/char-class';

/**
 * Ideograph bigrams and lower-case Latin words (2+ letters) of a text. Spaces between ideographs
 * (justification) do not break a bigram. One pass without intermediate arrays, because every
 * body of a page is tokenised (bench/segment.bench.ts).
 */
export function overlapTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  let previousHan = '';
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const code = foldFullwidthCode(text.charCodeAt(i));
    if (isHan(code)) {
      const ch = text[i];
      if (previousHan) tokens.add(previousHan + ch);
      previousHan = ch;
      if (word.length > 1) tokens.add(word);
      word = '';
    } else if (isAsciiAlnum(code)) {
      word += String.fromCharCode(code).toLowerCase();
      previousHan = '';
    } else {
      if (word.length > 1) tokens.add(word);
      word = '';
      if (!isSpace(code)) previousHan = '';
    }
  }
  if (word.length > 1) tokens.add(word);
  return tokens;
}

/** Inverse document frequencies of tokens over a set of bodies. */
export class TokenWeights {
  private readonly counts = new Map<string, number>();
  private readonly total: number;

  constructor(bodies: Set<string>[]) {
    this.total = bodies.length;
    for (const body of bodies) for (const token of body) this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
  }

  /** Weight of a token: rare tokens weigh more; a token no body has keeps the highest weight. */
  weight(token: string): number {
    const count = this.counts.get(token) ?? 0;
    return Math.log(1 + (this.total + 1) / (count + 0.5));
  }
}

/** Weighted share (0–1) of the headline's tokens that the body contains. */
export function overlapScore(headline: Set<string>, body: Set<string>, weights: TokenWeights): number {
  let shared = 0;
  let all = 0;
  for (const token of headline) {
    const weight = weights.weight(token);
    all += weight;
    if (body.has(token)) shared += weight;
  }
  return all === 0 ? 0 : shared / all;
}

/**
 * Lexical overlap between a headline and the bodies of a page, weighted so that words many
 * bodies share (工作, 推进, the) count for little and names or topic words (施金方, 清风行动)
 * count for a lot.
 */
import { foldFullwidthCode, isAsciiAlnum, isHan, isSpace } from '../text/char-class';

/** An ideograph bigram (as a number) or a lower-case Latin word. */
export type Token = number | string;

/**
 * Ideograph bigrams and lower-case Latin words (2+ letters) of a text. Spaces between ideographs
 * (justification) do not break a bigram. One pass without intermediate arrays, because every
 * body of a page is tokenised (bench/segment.bench.ts).
 */
export function overlapTokens(text: string): Set<Token> {
  const tokens = new Set<Token>();
  let previousHan = 0;
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const code = foldFullwidthCode(text.charCodeAt(i));
    if (isHan(code)) {
      // A bigram is kept as a number (two code units) rather than a two-character string: no allocation per bigram.
      if (previousHan) tokens.add(previousHan * 0x10000 + code);
      previousHan = code;
      if (word.length > 1) tokens.add(word);
      word = '';
    } else if (isAsciiAlnum(code)) {
      word += String.fromCharCode(code).toLowerCase();
      previousHan = 0;
    } else {
      if (word.length > 1) tokens.add(word);
      word = '';
      if (!isSpace(code)) previousHan = 0;
    }
  }
  if (word.length > 1) tokens.add(word);
  return tokens;
}

/** Inverse document frequencies of tokens over a set of bodies. */
export class TokenWeights {
  private readonly counts = new Map<Token, number>();
  private readonly total: number;

  constructor(bodies: Set<Token>[]) {
    this.total = bodies.length;
    for (const body of bodies) for (const token of body) this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
  }

  /** Weight of a token: rare tokens weigh more; a token no body has keeps the highest weight. */
  weight(token: Token): number {
    const count = this.counts.get(token) ?? 0;
    return Math.log(1 + (this.total + 1) / (count + 0.5));
  }
}

/** Weighted share (0–1) of the headline's tokens that the body contains. */
export function overlapScore(headline: Set<Token>, body: Set<Token>, weights: TokenWeights): number {
  let shared = 0;
  let all = 0;
  for (const token of headline) {
    const weight = weights.weight(token);
    all += weight;
    if (body.has(token)) shared += weight;
  }
  return all === 0 ? 0 : shared / all;
}

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
      // A bigram is kept as a small integer (15 bits of each code unit) rather than a two-character
      // string: no allocation per bigram, and V8 hashes small integers fastest. Folding can make
      // two rare bigrams collide, which only nudges a similarity score.
      if (previousHan) tokens.add(((previousHan & 0x7fff) << 15) | (code & 0x7fff));
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

/** Inverse document frequencies, over a set of bodies, of the tokens that will be asked about (the headlines'). */
export class TokenWeights {
  private readonly counts = new Map<Token, number>();
  private readonly total: number;

  constructor(bodies: Set<Token>[], wanted: Iterable<Token>) {
    this.total = bodies.length;
    for (const token of wanted) {
      if (this.counts.has(token)) continue;
      let count = 0;
      for (const body of bodies) if (body.has(token)) count++;
      this.counts.set(token, count);
    }
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

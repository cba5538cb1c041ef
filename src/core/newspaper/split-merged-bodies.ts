/**
 * Splits a body that is really two: when a headline is printed after its own body and that body
 * follows another article's unsigned body, nothing on the page separates the two texts. If the
 * headline right after a body matches the tail of that body (from some paragraph on) much better
 * than the text before it and than the body that follows the headline, the body is cut there.
 */
import { cutBody, type BodyBlock, type HeadlineGroup, type PageBlock } from './blocks';
import { leadEnd, leadText } from './lead-text';
import { overlapScore, overlapTokens, TokenWeights, type Token } from './lexical-overlap';
import { startsParagraph, type PageLine } from './page-lines';

/** The tail must hold at least this weighted share of the headline's tokens… */
const MIN_TAIL_OVERLAP = 0.45;
/** …and beat both the head of the body and the next body by this margin. */
const MARGIN = 0.15;

/**
 * Returns the blocks with merged bodies cut in two where a following headline says so. Only
 * bodies whose index is in `candidates` are tried (segmentPage passes those followed by a
 * headline that found no body).
 */
export function splitMergedBodies(blocks: PageBlock[], candidates: Set<number>): PageBlock[] {
  // Token sets of every body are only needed once some headline passes the gate; build them then.
  let bodyTokens: Array<Set<Token> | null> | null = null;
  const tokensOfBodies = (): Array<Set<Token> | null> =>
    (bodyTokens ??= blocks.map((block) => (block.type === 'body' ? overlapTokens(leadText(block.lines)) : null)));
  const out: PageBlock[] = [];
  blocks.forEach((block, index) => {
    const after = blocks[index + 1];
    if (!candidates.has(index) || block.type !== 'body' || after?.type !== 'headline' || after.lines.length === 0) {
      out.push(block);
      return;
    }
    const run = headlineRun(blocks, index + 1);
    const headlineText = run.lines.map((line) => line.text).join(' ');
    // Cheap gate first: most headlines after a body belong to the next body and share few bigrams with this one.
    if (!mayMatch(headlineText, block)) {
      out.push(block);
      return;
    }
    const headline = overlapTokens(headlineText);
    const all = tokensOfBodies();
    const weights = new TokenWeights(all.filter((tokens): tokens is Set<Token> => tokens !== null), headline);
    const following = all[run.end];
    const rival = following ? overlapScore(headline, following, weights) : 0;
    const cut = bestCut(block, headline, weights, rival);
    if (cut < 0) {
      out.push(block);
      return;
    }
    out.push(...cutBody(block, cut));
  });
  return out;
}

/** Share of the headline's ideograph bigrams found anywhere in the body, unweighted; a cut needs far more than a third. */
const GATE_SHARE = 0.3;

function mayMatch(headline: string, body: BodyBlock): boolean {
  const han = headline.replace(/[^\u4e00-\u9fffA-Za-z0-9]+/g, '');
  if (han.length < 2) return false;
  let text = '';
  for (const line of body.lines) text += line.text;
  let found = 0;
  for (let i = 0; i + 1 < han.length; i++) if (text.includes(han.slice(i, i + 2))) found++;
  return found / (han.length - 1) >= GATE_SHARE;
}

/** The headline parts starting at `start` up to a byline, and the index just after them. */
function headlineRun(blocks: PageBlock[], start: number): { lines: PageLine[]; end: number } {
  const lines: PageLine[] = [];
  let k = start;
  while (k < blocks.length && blocks[k].type === 'headline') {
    const part = blocks[k] as HeadlineGroup;
    lines.push(...part.lines);
    k++;
    if (part.byline.length > 0) break;
  }
  return { lines, end: k };
}

/** Weighted share of the headline's tokens found in lines [from, to). */
function windowScore(lineTokens: Set<Token>[], from: number, to: number, headline: Set<Token>, weights: TokenWeights): number {
  let shared = 0;
  let all = 0;
  for (const token of headline) {
    const weight = weights.weight(token);
    all += weight;
    for (let k = from; k < to; k++) {
      if (lineTokens[k].has(token)) {
        shared += weight;
        break;
      }
    }
  }
  return all === 0 ? 0 : shared / all;
}

/** First line of the lead-sized window of text that ends just before line `end`. */
function windowStartBefore(lines: PageLine[], end: number): number {
  let chars = 0;
  let k = end;
  while (k > 0 && chars < LEAD_CHARS_BEFORE) chars += lines[--k].text.length;
  return k;
}

/** Characters of text before a cut compared with the tail (as long as a lead). */
const LEAD_CHARS_BEFORE = 600;

/** Line index where the tail the headline belongs to starts, or -1 when no cut is convincing. */
function bestCut(body: BodyBlock, headline: Set<Token>, weights: TokenWeights, rival: number): number {
  const lines = body.lines;
  // Tokens per line, with the first character of the next line so bigrams across the break count.
  const lineTokens = lines.map((line, k) => overlapTokens(line.text + (lines[k + 1]?.text[0] ?? '')));
  let best = -1;
  let bestScore = 0;
  for (let k = 1; k < lines.length; k++) {
    if (!startsParagraph(lines[k - 1], lines[k])) continue;
    const tail = windowScore(lineTokens, k, leadEnd(lines, k), headline, weights);
    // Ties go to the later paragraph: a window starting a paragraph early still reaches the
    // matching lead, but the text right before the true seam does not match.
    if (tail < bestScore || tail < MIN_TAIL_OVERLAP || tail <= rival + MARGIN) continue;
    const head = windowScore(lineTokens, windowStartBefore(lines, k), k, headline, weights);
    if (tail > head + MARGIN) {
      best = k;
      bestScore = tail;
    }
  }
  return best;
}

/**
 * Cuts a body for a headline that found no body anywhere on the page (it was printed away from
 * its body, and its body ran on from another unsigned body of the same measure). `orphans` are
 * the block indexes of such headline parts, in runs as printed. A body is cut where the run's
 * words start (the tail matches it far better than the head and than any other body's lead).
 */
export function splitForOrphanHeadlines(blocks: PageBlock[], orphans: number[][]): PageBlock[] {
  const bodyIndexes = blocks.flatMap((block, index) => (block.type === 'body' && !block.continuedFrom && block.lines.length > 0 ? [index] : []));
  if (bodyIndexes.length === 0) return blocks;
  const leads = bodyIndexes.map((index) => overlapTokens(leadText((blocks[index] as BodyBlock).lines)));
  const cuts = new Map<number, number>();
  for (const run of orphans) {
    const headlineText = run.flatMap((index) => (blocks[index] as HeadlineGroup).lines.map((line) => line.text)).join(' ');
    const headline = overlapTokens(headlineText);
    const weights = new TokenWeights(leads, headline);
    let best: { body: number; cut: number } | null = null;
    bodyIndexes.forEach((index, k) => {
      if (cuts.has(index) || !mayMatch(headlineText, blocks[index] as BodyBlock)) return;
      let rival = 0;
      leads.forEach((lead, other) => {
        if (other !== k) rival = Math.max(rival, overlapScore(headline, lead, weights));
      });
      const cut = bestCut(blocks[index] as BodyBlock, headline, weights, rival);
      if (cut >= 0 && !best) best = { body: index, cut };
    });
    if (best) cuts.set((best as { body: number; cut: number }).body, (best as { body: number; cut: number }).cut);
  }
  if (cuts.size === 0) return blocks;
  return blocks.flatMap((block, index) => (cuts.has(index) ? cutBody(block as BodyBlock, cuts.get(index)!) : [block]));
}

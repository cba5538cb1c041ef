/**
 * Splits a body that is really two: when a headline is printed after its own body and that body
 * follows another article's unsigned body, nothing on the page separates the two texts. If the
 * headline right after a body matches the tail of that body (from some paragraph on) much better
 * than the text before it and than the body that follows the headline, the body is cut there.
 */
import { endsSentence, isFullLine } from '../text/normalize';
import { newBody, type BodyBlock, type HeadlineGroup, type PageBlock } from './blocks';
import { overlapScore, overlapTokens, TokenWeights, type Token } from './lexical-overlap';
import type { PageLine } from './page-lines';

/** The tail must hold at least this weighted share of the headline's tokens… */
const MIN_TAIL_OVERLAP = 0.45;
/** …and beat both the head of the body and the next body by this margin. */
const MARGIN = 0.15;
/** Characters of a text used for matching (its lead, as in attach-headlines). */
const LEAD_CHARS = 600;

/** Returns the blocks with merged bodies cut in two where a following headline says so. */
export function splitMergedBodies(blocks: PageBlock[]): PageBlock[] {
  const bodyTokens = blocks.map((block) => (block.type === 'body' ? overlapTokens(lead(block.lines)) : null));
  const allBodies = bodyTokens.filter((tokens): tokens is Set<Token> => tokens !== null);
  const out: PageBlock[] = [];
  blocks.forEach((block, index) => {
    const after = blocks[index + 1];
    if (block.type !== 'body' || after?.type !== 'headline' || after.lines.length === 0) {
      out.push(block);
      return;
    }
    const run = headlineRun(blocks, index + 1);
    const headline = overlapTokens(run.lines.map((line) => line.text).join(' '));
    const weights = new TokenWeights(allBodies, headline);
    const following = bodyTokens[run.end];
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

function lead(lines: PageLine[]): string {
  let text = '';
  for (const line of lines) {
    text += line.text;
    if (text.length >= LEAD_CHARS) break;
  }
  return text;
}

/** Line index where the tail the headline belongs to starts, or -1 when no cut is convincing. */
function bestCut(body: BodyBlock, headline: Set<Token>, weights: TokenWeights, rival: number): number {
  let best = -1;
  let bestScore = 0;
  for (let k = 1; k < body.lines.length; k++) {
    const previous = body.lines[k - 1];
    const startsParagraph = endsSentence(previous.text) && (body.lines[k].blanksBefore > 0 || !isFullLine(previous.text, previous.column));
    if (!startsParagraph) continue;
    const tail = overlapScore(headline, overlapTokens(lead(body.lines.slice(k))), weights);
    if (tail <= bestScore) continue;
    const head = overlapScore(headline, overlapTokens(lead(body.lines.slice(0, k))), weights);
    if (tail >= MIN_TAIL_OVERLAP && tail > head + MARGIN && tail > rival + MARGIN) {
      best = k;
      bestScore = tail;
    }
  }
  return best;
}

function cutBody(body: BodyBlock, cut: number): [BodyBlock, BodyBlock] {
  const first = newBody();
  const second = newBody();
  const boundary = body.lines[cut].index;
  first.lines = body.lines.slice(0, cut);
  second.lines = body.lines.slice(cut);
  first.opensWithDateline = body.opensWithDateline;
  first.continuedFrom = body.continuedFrom;
  for (const line of body.other) (line.index < boundary ? first : second).other.push(line);
  for (const line of body.subheads) (line.index < boundary ? first : second).subheads.push(line);
  first.closed = true;
  second.closed = body.closed;
  second.photoCredit = body.photoCredit;
  second.attribution = body.attribution;
  second.continuedTo = body.continuedTo;
  return [first, second];
}

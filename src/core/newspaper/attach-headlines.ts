/**
 * Attaches each headline group to its own body, even when the page prints them apart: every
 * (headline, body) pair is scored by the weighted lexical overlap between headline and body plus
 * a bonus when the headline sits right before the body (or, less often, right after it), and
 * pairs are taken best first.
 */
import type { BodyBlock, HeadlineGroup, PageBlock } from './blocks';
import { leadText } from './lead-text';
import { overlapScore, overlapTokens, TokenWeights } from './lexical-overlap';

/** Bonus for a headline printed directly above its body, the usual layout. */
const BEFORE_BONUS = 0.3;
/** Bonus for a headline printed directly after a body (after its signature), as some layouts do. */
const AFTER_BONUS = 0.12;
/** Pairs scoring below this are not attached (a stray headline becomes an item of its own). */
const MIN_SCORE = 0.2;

/**
 * Which headline parts (block indexes) each body (block index) gets. Parts are blank-separated
 * pieces of a headline (kicker, title, subtitle); the best-scoring part wins its body first, then
 * parts printed next to a won part join it (a part after a byline belongs to the next headline).
 */
export function attachHeadlines(blocks: PageBlock[]): Map<number, number[]> {
  const scores = new PairScores(blocks);
  const score = (group: number, body: number): number => scores.score(group, body);
  const owner = attachBestParts(blocks, scores);
  let changed = true;
  while (changed) {
    changed = false;
    blocks.forEach((block, index) => {
      if (block.type !== 'headline' || owner.has(index) || block.lines.length === 0) return;
      const next = blocks[index + 1];
      const previous = blocks[index - 1];
      const joinsNext = block.byline.length === 0 && next?.type === 'headline' && owner.has(index + 1) ? owner.get(index + 1) : undefined;
      const joinsPrevious =
        previous?.type === 'headline' && previous.byline.length === 0 && owner.has(index - 1) && !isKicker(block) ? owner.get(index - 1) : undefined;
      let body: number | undefined = joinsNext ?? joinsPrevious;
      if (joinsNext !== undefined && joinsPrevious !== undefined && joinsNext !== joinsPrevious) {
        // Between two headlines: a kicker leads into the title after it; otherwise the part goes
        // with the body whose lead shares more of its words.
        if (isKicker(previous as HeadlineGroup)) body = joinsPrevious;
        else body = score(index, joinsPrevious) > score(index, joinsNext) ? joinsPrevious : joinsNext;
      }
      if (body !== undefined) {
        owner.set(index, body);
        changed = true;
      }
    });
  }
  const attached = new Map<number, number[]>();
  for (const [group, body] of [...owner.entries()].sort((a, b) => a[0] - b[0])) attached.set(body, [...(attached.get(body) ?? []), group]);
  return attached;
}

/** Lexical and positional evidence for every (headline part, body) pair of a page. */
class PairScores {
  readonly bodies: number[] = [];
  readonly groups: number[] = [];
  private readonly table = new Map<number, number>();

  constructor(private readonly blocks: PageBlock[]) {
    blocks.forEach((block, index) => {
      if (block.type === 'body' && block.lines.length > 0 && !block.continuedFrom) this.bodies.push(index);
      if (block.type === 'headline' && block.lines.length > 0) this.groups.push(index);
    });
    const bodyTokens = this.bodies.map((index) => overlapTokens(leadText((blocks[index] as BodyBlock).lines)));
    const groupTokens = this.groups.map((group) => overlapTokens((blocks[group] as HeadlineGroup).lines.map((line) => line.text).join(' ')));
    const weights = new TokenWeights(bodyTokens, groupTokens.flatMap((tokens) => [...tokens]));
    this.groups.forEach((group, g) => {
      this.bodies.forEach((body, k) => {
        let score = overlapScore(groupTokens[g], bodyTokens[k], weights);
        if (body === nextNonHeadline(blocks, group)) score += BEFORE_BONUS;
        if (body === group - 1) score += AFTER_BONUS;
        this.table.set(group * 65536 + body, score);
      });
    });
  }

  score(group: number, body: number): number {
    return this.table.get(group * 65536 + body) ?? 0;
  }
}

function attachBestParts(blocks: PageBlock[], scores: PairScores): Map<number, number> {
  const pairs: Array<{ group: number; body: number; score: number }> = [];
  for (const group of scores.groups) for (const body of scores.bodies) pairs.push({ group, body, score: scores.score(group, body) });
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.group - a.body) - Math.abs(b.group - b.body));
  const owner = new Map<number, number>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (pair.score < MIN_SCORE) break;
    if (owner.has(pair.group)) continue;
    // A body already won by one part also takes a part printed right next to it in the same
    // headline (no byline between, not a new kicker): its best evidence points at the same body.
    if (taken.has(pair.body) && !(owner.get(pair.group - 1) === pair.body && joins(blocks, pair.group - 1)) && !(owner.get(pair.group + 1) === pair.body && joins(blocks, pair.group))) continue;
    owner.set(pair.group, pair.body);
    taken.add(pair.body);
  }
  return owner;
}

/** True when headline part `index` and the part after it can be one headline (no byline between, the second no kicker). */
function joins(blocks: PageBlock[], index: number): boolean {
  const first = blocks[index];
  const second = blocks[index + 1];
  return first?.type === 'headline' && second?.type === 'headline' && first.byline.length === 0 && !isKicker(second);
}

/** A kicker: a headline part whose last line ends in a colon (it leads into the title). */
function isKicker(block: HeadlineGroup): boolean {
  const last = block.lines[block.lines.length - 1];
  return last !== undefined && /[：:]$/.test(last.text);
}

/** The first block after a run of headline parts starting at `index`. */
function nextNonHeadline(blocks: PageBlock[], index: number): number {
  let k = index + 1;
  while (k < blocks.length && blocks[k].type === 'headline' && (blocks[k - 1] as HeadlineGroup).byline.length === 0) k++;
  return k;
}

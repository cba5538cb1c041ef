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
  keepKickersWithTitles(blocks, owner, scores);
  giveStraysToBodiesWithout(blocks, owner, scores);
  const attached = new Map<number, number[]>();
  for (const [group, body] of [...owner.entries()].sort((a, b) => a[0] - b[0])) attached.set(body, [...(attached.get(body) ?? []), group]);
  return attached;
}

/** Lexical and positional evidence for every (headline part, body) pair of a page. */
class PairScores {
  readonly bodies: number[] = [];
  readonly groups: number[] = [];
  private readonly table = new Map<number, number>();
  private readonly words = new Map<number, number>();

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
        this.words.set(group * 65536 + body, score);
        if (body === nextNonHeadline(blocks, group)) score += BEFORE_BONUS;
        if (body === group - 1) score += AFTER_BONUS;
        this.table.set(group * 65536 + body, score);
      });
    });
  }

  /** The lexical share alone, without the position bonuses. */
  overlap(group: number, body: number): number {
    return this.words.get(group * 65536 + body) ?? 0;
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

/**
 * A kicker is never a headline on its own: it leads into the title printed after it. When the
 * two went to different bodies (the kicker by its words, the title by sitting above some other
 * body), both go to the body the two together match better.
 */
function keepKickersWithTitles(blocks: PageBlock[], owner: Map<number, number>, scores: PairScores): void {
  blocks.forEach((block, index) => {
    if (block.type !== 'headline' || !isKicker(block) || !joins(blocks, index)) return;
    const kickerBody = owner.get(index);
    const titleBody = owner.get(index + 1);
    if (kickerBody === titleBody) return;
    const together = (body: number | undefined): number => (body === undefined ? -1 : scores.score(index, body) + scores.score(index + 1, body));
    const body = together(kickerBody) >= together(titleBody) ? kickerBody : titleBody;
    if (body === undefined) return;
    owner.set(index, body);
    owner.set(index + 1, body);
  });
}

/** A part joined to a neighbour with fewer shared words than this has no evidence of its own… */
const NO_WORDS = 0.1;
/** …while the neighbour shares at least this much with the body. */
const WORDED = 0.3;

/**
 * A body that needs a headline (an article or column: not a photo, ad or continuation) and got
 * none takes the nearest part that joined a neighbouring headline only by sitting next to it: no
 * words shared with that headline's body, printed apart from it (a blank line), no kicker–title
 * pair broken. Such a part is another item's headline printed before this one (a column's title
 * shares no words with its text).
 */
function giveStraysToBodiesWithout(blocks: PageBlock[], owner: Map<number, number>, scores: PairScores): void {
  const headed = new Set(owner.values());
  for (const body of scores.bodies) {
    const block = blocks[body] as BodyBlock;
    if (headed.has(body) || block.photoCredit) continue;
    let best = -1;
    for (const [part, partBody] of owner) {
      const group = blocks[part] as HeadlineGroup;
      if (isKicker(group) || (part > 0 && blocks[part - 1].type === 'headline' && isKicker(blocks[part - 1] as HeadlineGroup))) continue;
      if (scores.overlap(part, partBody) >= NO_WORDS || scores.overlap(part, body) < scores.overlap(part, partBody)) continue;
      const neighbour = [part - 1, part + 1].find((k) => owner.get(k) === partBody);
      // The neighbour must explain the body by its own words.
      if (neighbour === undefined || scores.overlap(neighbour, partBody) < WORDED) continue;
      const apart = neighbour > part ? blocks[neighbour].type === 'headline' && (blocks[neighbour] as HeadlineGroup).lines[0].blanksBefore > 0 : group.lines[0].blanksBefore > 0;
      if (!apart || [...owner.values()].filter((b) => b === partBody).length < 2) continue;
      if (best < 0 || Math.abs(part - body) < Math.abs(best - body)) best = part;
    }
    if (best >= 0) {
      owner.set(best, body);
      headed.add(body);
    }
  }
}

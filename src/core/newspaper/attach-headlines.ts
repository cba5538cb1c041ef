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
  const first = attachBestParts(blocks);
  const owner = new Map<number, number>();
  for (const [body, group] of first) owner.set(group, body);
  let changed = true;
  while (changed) {
    changed = false;
    blocks.forEach((block, index) => {
      if (block.type !== 'headline' || owner.has(index) || block.lines.length === 0) return;
      const next = blocks[index + 1];
      const previous = blocks[index - 1];
      let body: number | undefined;
      if (block.byline.length === 0 && next?.type === 'headline' && owner.has(index + 1)) body = owner.get(index + 1);
      else if (previous?.type === 'headline' && previous.byline.length === 0 && owner.has(index - 1) && !/[：:]$/.test(block.lines[0].text)) body = owner.get(index - 1);
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

function attachBestParts(blocks: PageBlock[]): Map<number, number> {
  const bodies: number[] = [];
  const groups: number[] = [];
  blocks.forEach((block, index) => {
    if (block.type === 'body' && block.lines.length > 0 && !block.continuedFrom) bodies.push(index);
    if (block.type === 'headline' && block.lines.length > 0) groups.push(index);
  });
  const bodyTokens = bodies.map((index) => overlapTokens(leadText((blocks[index] as BodyBlock).lines)));
  const groupTokens = groups.map((group) => overlapTokens((blocks[group] as HeadlineGroup).lines.map((line) => line.text).join(' ')));
  const weights = new TokenWeights(bodyTokens, groupTokens.flatMap((tokens) => [...tokens]));
  const pairs: Array<{ group: number; body: number; score: number }> = [];
  groups.forEach((group, g) => {
    bodies.forEach((body, k) => {
      let score = overlapScore(groupTokens[g], bodyTokens[k], weights);
      if (body === nextNonHeadline(blocks, group)) score += BEFORE_BONUS;
      if (body === group - 1) score += AFTER_BONUS;
      pairs.push({ group, body, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.group - a.body) - Math.abs(b.group - b.body));
  const attached = new Map<number, number>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (pair.score < MIN_SCORE) break;
    if (attached.has(pair.body) || used.has(pair.group)) continue;
    attached.set(pair.body, pair.group);
    used.add(pair.group);
  }
  return attached;
}

/** The first block after a run of headline parts starting at `index`. */
function nextNonHeadline(blocks: PageBlock[], index: number): number {
  let k = index + 1;
  while (k < blocks.length && blocks[k].type === 'headline' && (blocks[k - 1] as HeadlineGroup).byline.length === 0) k++;
  return k;
}

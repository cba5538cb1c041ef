/**
 * segmentPage: a whole page of newspaper text (e-paper / PDF layer) → its items, each with
 * headline, byline, body and credits as spans of the input. Lines are read first (page-lines),
 * grouped into blocks (build-blocks), lists and subheads sorted out (refine-blocks), and
 * headlines attached to their bodies by position and wording (attach-headlines).
 */
import { attachHeadlines } from './attach-headlines';
import type { HeadlineGroup, PageBlock } from './blocks';
import { buildBlocks } from './build-blocks';
import { readPageLines } from './page-lines';
import { bodyItem, looseItem } from './page-item';
import { refineBlocks } from './refine-blocks';
import { splitColumnChanges } from './split-column-changes';
import { splitForOrphanHeadlines, splitMergedBodies } from './split-merged-bodies';
import type { PageItem, PageSegmentation } from './types';

/** The result types, re-exported for callers of segmentPage. */
export type { PageItem, PageItemKind, PageSegmentation } from './types';

/**
 * Splits a page of newspaper text into items (articles, photos, columns, ads, continuations).
 * All spans are UTF-16 offsets into `text`, end exclusive; items come in the order their first
 * line appears.
 */
export function segmentPage(text: string): PageSegmentation {
  let blocks = refineBlocks(splitColumnChanges(buildBlocks(readPageLines(text))));
  let attached = attachHeadlines(blocks);
  let claimed = new Set([...attached.values()].flat());
  // A headline left over right after a body may be the headline of that body's tail (two bodies
  // with nothing printed between them); try cutting those bodies, then attach again.
  const candidates = new Set<number>();
  blocks.forEach((block, index) => {
    // Printed after its body, a headline stands apart (a blank line); one flush against the text is a misread line.
    if (block.type === 'headline' && !claimed.has(index) && block.lines[0]?.blanksBefore > 0 && blocks[index - 1]?.type === 'body') candidates.add(index - 1);
  });
  if (candidates.size > 0) {
    const split = splitMergedBodies(blocks, candidates);
    if (split.length !== blocks.length) {
      blocks = split;
      attached = attachHeadlines(blocks);
      claimed = new Set([...attached.values()].flat());
    }
  }
  // A headline still without a body may have been printed away from it, its body running on
  // from another one of the same measure: look for the paragraph where its words start.
  const orphans = orphanRuns(blocks, claimed);
  if (orphans.length > 0) {
    const split = splitForOrphanHeadlines(blocks, orphans);
    if (split.length !== blocks.length) {
      blocks = split;
      attached = attachHeadlines(blocks);
      claimed = new Set([...attached.values()].flat());
    }
  }
  const items: Array<{ first: number; item: PageItem }> = [];
  blocks.forEach((block, index) => {
    if (block.type === 'body') {
      if (block.lines.length === 0 && block.other.length === 0) return;
      const parts = (attached.get(index) ?? []).map((k) => blocks[k] as HeadlineGroup);
      const group: HeadlineGroup | undefined =
        parts.length === 0 ? undefined : { type: 'headline', lines: parts.flatMap((part) => part.lines), byline: parts.flatMap((part) => part.byline) };
      const item = bodyItem(text, block, group);
      items.push({ first: firstOffset(item), item });
    } else if (block.type === 'ad' || !claimed.has(index)) {
      const item = looseItem(text, block);
      items.push({ first: firstOffset(item), item });
    }
  });
  items.sort((a, b) => a.first - b.first);
  return { items: items.map((entry) => entry.item) };
}

function firstOffset(item: PageItem): number {
  return Math.min(...[...item.headline, ...item.byline, ...item.body, ...item.other].map((span) => span.start));
}

/** Unclaimed headline parts (not ads), grouped into runs of parts printed together (no byline between). */
function orphanRuns(blocks: PageBlock[], claimed: Set<number>): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  blocks.forEach((block, index) => {
    const orphan = block.type === 'headline' && block.lines.length > 0 && !claimed.has(index);
    if (orphan && run.length > 0 && run[run.length - 1] === index - 1 && (blocks[index - 1] as HeadlineGroup).byline.length === 0) run.push(index);
    else {
      if (run.length > 0) runs.push(run);
      run = orphan ? [index] : [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

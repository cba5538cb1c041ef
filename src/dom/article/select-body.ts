/**
 * Picks the body blocks: the e-paper body markers when the page has them, else block scoring,
 * scored again without the "unlikely" pruning when the first pass finds too little (a page
 * whose wrapper happens to be called "menu-wrapper" must not lose its article).
 */
import { weightedLength } from '../../core/article/text-features';
import type { TextBlock } from './collect-blocks';
import { findBody } from './find-body';

/** The body blocks and how they were found. */
export interface SelectedBody {
  blocks: TextBlock[];
  source: 'epaper-body' | 'scored-blocks' | 'scored-blocks-unpruned';
  /** True when unlikely-named subtrees were allowed into the body. */
  keepsUnlikely: boolean;
}

// About 330 Han characters or 170 English words: shorter than most news items, so a first pass
// that finds less probably pruned the article away.
const RETRY_BELOW_WEIGHTED = 1000;

const lengthOf = (blocks: TextBlock[], keepsUnlikely: boolean): number =>
  blocks.reduce((n, b) => (keepsUnlikely || !b.isUnlikely ? n + weightedLength(b.features) : n), 0);

/** Chooses the body blocks of a page. */
export function selectBody(blocks: TextBlock[], root: Element): SelectedBody {
  const epaper = blocks.filter((b) => b.inEpaperBody);
  if (epaper.reduce((n, b) => n + b.features.chars, 0) > 20) return { blocks: epaper, source: 'epaper-body', keepsUnlikely: true };
  const first = findBody(blocks, root)?.blocks ?? [];
  const firstLength = lengthOf(first, false);
  if (firstLength >= RETRY_BELOW_WEIGHTED) return { blocks: first, source: 'scored-blocks', keepsUnlikely: false };
  const retry = findBody(blocks, root, true)?.blocks ?? [];
  if (lengthOf(retry, true) > firstLength * 1.5) return { blocks: retry, source: 'scored-blocks-unpruned', keepsUnlikely: true };
  return { blocks: first, source: 'scored-blocks', keepsUnlikely: false };
}

/**
 * Finds the headline block in reading order: the block near the top of the body that repeats
 * a metadata title, else the nearest <h1> before the body. Blocks above it inside the body
 * container are breadcrumbs and toolbars.
 */
import { comparable } from '../../core/article/clean-text';
import type { TextBlock } from './collect-blocks';

const LOOK_BACK = 40;
const LOOK_INTO_BODY = 4;

/** True when a block's text is (or nearly is) one of the title texts. */
export function isTitleText(text: string, titles: string[]): boolean {
  const c = comparable(text);
  if (c.length < 2) return false;
  return titles.some((t) => t.length >= 2 && (c === t || (c.length >= 6 && t.includes(c) && c.length >= t.length * 0.6) || (t.length >= 6 && c.includes(t) && t.length >= c.length * 0.6)));
}

/** Index of the headline block, or -1. `titles` are comparable() forms of candidate titles. */
export function locateHeadline(blocks: TextBlock[], firstBody: number, titles: string[]): number {
  if (!blocks.length) return -1;
  firstBody = Math.min(firstBody, blocks.length - 1);
  const from = Math.max(0, firstBody - LOOK_BACK);
  const to = Math.min(blocks.length - 1, firstBody + LOOK_INTO_BODY);
  for (let i = to; i >= from; i--) {
    if (blocks[i].features.chars <= 200 && isTitleText(blocks[i].text, titles)) return i;
  }
  // An <h2> opening the body (before any prose) is the headline of pages whose <h1> is the site name.
  for (let i = firstBody; i <= to; i++) {
    const tag = blocks[i].owner.localName;
    if (tag === 'h2' || tag === 'h1') return i;
    if (blocks[i].score > 3) break;
  }
  for (let i = firstBody; i >= from; i--) {
    if (blocks[i].owner.localName === 'h1') return i;
  }
  return -1;
}

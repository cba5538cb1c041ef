/**
 * Listing pages (a blog's front or archive page) hold several posts; detection returns one
 * body, and this picks which: the first post, not the longest.
 */
import { findDate } from '../../core/article/parse-date';
import type { TextBlock } from './collect-blocks';

// A listing of posts (a blog's front or archive page) repeats the same entry container, each
// in its own wrapper and each with its own dated title or footer line; an entry with a few
// paragraphs of prose counts as a post, not a teaser (posts differ in length tenfold).
const ENTRY_SHARE = 0.1;
const MIN_ENTRY_SCORE = 10;
const MIN_OTHER_ENTRIES = 2;
// Blocks looked at before and after an entry for its date line ("2005-03-21 01:20:44", "由X张贴 @ …").
const DATE_LINE_REACH = 4;

/**
 * On a page that lists several dated posts, the first one: it is what the reader meets first,
 * and the headline, byline and date read from the top of the page belong to it. Chunks of one
 * article (NYT, WIRED, Quanta) are not dated one by one, so they are left alone.
 */
export function firstOfRepeatedEntries(best: Element, adjusted: Map<Element, number>, blocks: TextBlock[]): Element {
  const cls = best.getAttribute('class');
  const bestScore = adjusted.get(best) ?? 0;
  if (!cls || bestScore <= 0) return best;
  const entries: Element[] = [];
  for (const [el, score] of adjusted) {
    if (el === best || el.localName !== best.localName || el.getAttribute('class') !== cls) continue;
    if (el.parentElement === best.parentElement || el.contains(best) || best.contains(el)) return best;
    if (score >= Math.max(MIN_ENTRY_SCORE, bestScore * ENTRY_SHARE)) entries.push(el);
  }
  if (entries.length < MIN_OTHER_ENTRIES || ![best, ...entries].every((el) => hasOwnDateLine(el, blocks))) return best;
  // DOCUMENT_POSITION_PRECEDING (2): `el` comes before `best` in document order.
  const earlier = entries.filter((el) => best.compareDocumentPosition(el) & 2);
  return earlier.reduce((first, el) => (first.compareDocumentPosition(el) & 2 ? el : first), best);
}

/** True when a short line with a full date sits just before or just after the entry's blocks. */
function hasOwnDateLine(entry: Element, blocks: TextBlock[]): boolean {
  let first = -1;
  let last = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (!entry.contains(blocks[i].owner)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return false;
  const isDateLine = (b: TextBlock | undefined): boolean => !!b && b.features.chars <= 80 && !entry.contains(b.owner) && !!findDate(b.text);
  for (let k = 1; k <= DATE_LINE_REACH; k++) if (isDateLine(blocks[first - k]) || isDateLine(blocks[last + k])) return true;
  return false;
}

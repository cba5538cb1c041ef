/**
 * Chooses the element that holds the article body: block scores flow up to a few ancestors
 * (as in Readability, but from one precomputed list of blocks), the best ancestor wins after
 * a link-density and class-name adjustment, and scored siblings of the winner join it.
 */
import type { TextBlock } from './collect-blocks';
import { classNameWeight } from './class-name-weight';
import { firstOfRepeatedEntries } from './first-of-repeated-entries';

/** The chosen body container and its blocks, in reading order. */
export interface BodyChoice {
  container: Element;
  blocks: TextBlock[];
  /** Score of the container after adjustment, for confidence. */
  score: number;
}

interface Tally {
  score: number;
  /** Sum of the undecayed scores of all blocks inside. */
  prose: number;
  chars: number;
  linkChars: number;
}

// Paragraph-like owners pass their score to their parent: the article is a run of them.
const PARAGRAPH_TAGS = new Set(['p', 'li', 'blockquote', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'figcaption', 'span', 'font']);
const MAX_LEVELS = 4;

function tallyOf(tallies: Map<Element, Tally>, el: Element): Tally {
  let t = tallies.get(el);
  if (!t) {
    t = { score: 0, prose: 0, chars: 0, linkChars: 0 };
    tallies.set(el, t);
  }
  return t;
}

/** Picks the body container from the page's blocks; undefined when nothing scores. */
export function findBody(blocks: TextBlock[], root: Element, ignoreUnlikely = false): BodyChoice | undefined {
  const scoreOf = ignoreUnlikely ? (b: TextBlock): number => b.rawScore : (b: TextBlock): number => b.score;
  const tallies = new Map<Element, Tally>();
  for (const block of blocks) {
    // Text and link sizes go to every ancestor, for link density of any candidate.
    for (let el: Element | null = block.owner; el; el = el.parentElement) {
      const t = tallyOf(tallies, el);
      t.chars += block.features.chars;
      t.linkChars += block.linkChars;
      t.prose += scoreOf(block);
      if (el === root) break;
    }
    const score = scoreOf(block);
    if (score <= 0) continue;
    let el: Element | null = PARAGRAPH_TAGS.has(block.owner.localName) ? block.owner.parentElement : block.owner;
    for (let level = 0; el && level < MAX_LEVELS; level++, el = el.parentElement) {
      tallyOf(tallies, el).score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (el === root) break;
    }
  }

  let best: Element | undefined;
  let bestScore = 0;
  const adjusted = new Map<Element, number>();
  for (const [el, t] of tallies) {
    if (t.score <= 0) continue;
    const linkDensity = t.chars ? t.linkChars / t.chars : 0;
    const score = t.score * (1 - linkDensity) * classNameWeight(el);
    adjusted.set(el, score);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  if (!best) return undefined;
  best = promoteToSharedAncestor(best, bestScore, adjusted, root);
  best = widenToProseAncestor(best, tallies, root);
  best = firstOfRepeatedEntries(best, adjusted, blocks);
  bestScore = Math.max(bestScore, adjusted.get(best) ?? 0);

  const members = new Set<Element>([best]);
  const parent = best.parentElement;
  if (parent && best !== root) {
    const threshold = Math.max(3, bestScore * 0.2);
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === best) continue;
      const s = adjusted.get(sib) ?? 0;
      const t = tallies.get(sib);
      const density = t && t.chars ? t.linkChars / t.chars : 1;
      if (s >= threshold && density < 0.3) members.add(sib);
      else if (sib.localName === 'p' && t && t.chars > 40 && density < 0.25) members.add(sib);
    }
  }

  const junk = new Map<Element, boolean>();
  const isJunk = (el: Element): boolean => {
    let verdict = junk.get(el);
    if (verdict === undefined) {
      const t = tallies.get(el);
      verdict = !!t && CLEANED_TAGS.has(el.localName) && isLinkList(t);
      junk.set(el, verdict);
    }
    return verdict;
  };
  const chosen = blocks.filter((b) => isKept(b.owner, members, root, isJunk));
  return { container: best, blocks: chosen, score: bestScore };
}

// How many other strong candidates (≥ 75% of the best) must share an ancestor with the best
// before that ancestor becomes the body: articles split into several columns (NYT
// StoryBodyCompanionColumn) score as near-equal siblings of cousins. Readability uses 3.
const MIN_SHARED_CANDIDATES = 3;
const STRONG_SHARE = 0.75;

/** The lowest ancestor of `best` that also holds enough other strong candidates, else `best`. */
function promoteToSharedAncestor(best: Element, bestScore: number, adjusted: Map<Element, number>, root: Element): Element {
  const strong: Element[] = [];
  for (const [el, score] of adjusted) {
    if (el !== best && score >= bestScore * STRONG_SHARE && !el.contains(best) && !best.contains(el)) strong.push(el);
  }
  if (strong.length < MIN_SHARED_CANDIDATES) return climbWhileStronger(best, bestScore, adjusted, root);
  for (let anc = best.parentElement; anc && anc !== root.parentElement; anc = anc.parentElement) {
    let inside = 0;
    for (const el of strong) if (anc.contains(el)) inside++;
    if (inside >= MIN_SHARED_CANDIDATES) return anc;
    if (anc === root) break;
  }
  return climbWhileStronger(best, bestScore, adjusted, root);
}

// An ancestor must beat the last score by 20%, not just tie it: a copyright notice next to
// the article should not pull the whole column in (cwced-zh F1 0.945 -> 0.948, zyte unchanged).
const CLIMB_MARGIN = 1.2;

/**
 * Readability's climb: go up through ancestors whose score stays above a third of the last
 * one, and stop at the first that beats it — the body was split among its children.
 */
function climbWhileStronger(best: Element, bestScore: number, adjusted: Map<Element, number>, root: Element): Element {
  let last = bestScore;
  for (let anc = best.parentElement; anc && anc !== root; anc = anc.parentElement) {
    const score = adjusted.get(anc);
    if (score === undefined) continue;
    if (score < last / 3) break;
    if (score > last * CLIMB_MARGIN) return anc;
    last = score;
  }
  return best;
}

// An ancestor (up to this many levels) that holds this much more prose than the chosen
// element, at low link density, is the real body: the article was cut into chunks around
// ads (WIRED "article__chunks"), each chunk scoring less than the whole.
const WIDEN_LEVELS = 2;
const WIDEN_PROSE_GAIN = 1.6;
const WIDEN_MAX_LINK_DENSITY = 0.15;

/** Climbs to the highest nearby ancestor that adds real prose without adding links. */
function widenToProseAncestor(best: Element, tallies: Map<Element, Tally>, root: Element): Element {
  const base = tallies.get(best);
  if (!base) return best;
  let chosen = best;
  let chosenProse = base.prose;
  let anc = best.parentElement;
  for (let level = 0; anc && level < WIDEN_LEVELS; level++, anc = anc.parentElement) {
    const t = tallies.get(anc);
    if (!t || anc === root) break;
    const density = t.chars ? t.linkChars / t.chars : 0;
    if (density > WIDEN_MAX_LINK_DENSITY || classNameWeight(anc) < 1) break;
    if (t.prose >= chosenProse * WIDEN_PROSE_GAIN) {
      chosen = anc;
      chosenProse = t.prose;
    }
  }
  return chosen;
}

// Sub-containers inside the body that get removed when they are mostly links, as Readability's
// "clean conditionally" does: related-story lists, "今日推荐" boxes, ad tables.
const CLEANED_TAGS = new Set(['table', 'td', 'div', 'ul', 'ol', 'dl', 'section', 'form', 'center']);

/** Mostly links, or link-heavy with little prose: a link box, not article text. */
function isLinkList(t: Tally): boolean {
  const density = t.chars ? t.linkChars / t.chars : 0;
  return density > 0.4 || (density > 0.2 && t.prose < 5);
}

/** True when the element is inside a member and no link box sits between them. */
function isKept(el: Element, members: Set<Element>, root: Element, isJunk: (el: Element) => boolean): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (members.has(cur)) return true;
    if (cur === root || isJunk(cur)) return false;
  }
  return false;
}

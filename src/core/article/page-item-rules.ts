/**
 * The rules that decide whether a run of repeated blocks on a page is a list of articles (an
 * e-paper page printing every item of its 版, a digest, a live blog, a page of twenty stories)
 * rather than one article with sections, and how an item's headline stack reads. Pure: the dom
 * layer (src/dom/article/split-page-items.ts) measures the blocks and asks here.
 */

/** What the dom layer measured of one repeated block (an item candidate). */
export interface ItemCandidateStats {
  /** Characters of body text (headline stack and byline lines not counted). */
  bodyChars: number;
  /** Characters of that body text that sit inside links. */
  linkChars: number;
  /** Characters in subtrees named like boilerplate (comments, share bars…). */
  unlikelyChars: number;
  /** The block opens with a headline (one heading or a stack of them). */
  hasHeadline: boolean;
  /** Another heading as strong as the headline follows later: the block holds several articles. */
  holdsSeveral: boolean;
  /** Its own date, time, byline or dateline, or a kicker/title/subtitle stack: an article of its own. */
  hasOwnEvidence: boolean;
  /** A time stamp near its top (a live-blog entry may have no headline). */
  hasTime: boolean;
}

export interface ItemGroupContext {
  /** How the candidates repeat: sibling containers of one kind, or heading-led runs of siblings. */
  pattern: 'repeated-blocks' | 'heading-sections';
  /** The containers are <article> elements or are named like entries (post, story, item, entry…). */
  namedAsEntries: boolean;
  /** Characters of the body article detection chose for the page. */
  detectedBodyChars: number;
  /** The group holds (or lies inside) the body article detection chose. */
  overlapsDetectedBody: boolean;
}

/** Most articles one page may hold (a page of twenty stories, a long live blog); the message's bound. */
export const MAX_PAGE_ITEMS = 500;

/** Shortest body of an item (a live-blog entry of one sentence still counts). */
export const MIN_ITEM_CHARS = 40;
/** Median body an item list needs: teaser lists (a headline and a line) are navigation, not articles. */
export const MIN_MEDIAN_ITEM_CHARS = 80;
/** Link share above which an item's body is a link list. */
const MAX_LINK_SHARE = 0.35;
/** Share of the repeated blocks that must be items (a block of the same kind can be an ad or a teaser). */
const MIN_ITEM_SHARE = 0.75;
/** Share of items that need their own date/byline/dateline when nothing else says they are entries. */
const MIN_EVIDENCE_SHARE = 2 / 3;
/** The items together must carry this share of the detected body, or they are a sidebar. */
const MIN_COVERAGE = 0.6;

/** Whether one repeated block reads as an article of its own. */
export function isItem(stats: ItemCandidateStats): boolean {
  if (stats.holdsSeveral) return false;
  if (!stats.hasHeadline && !stats.hasTime) return false;
  if (stats.bodyChars < MIN_ITEM_CHARS) return false;
  if (stats.linkChars > MAX_LINK_SHARE * stats.bodyChars) return false;
  return stats.unlikelyChars <= stats.bodyChars / 2;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Whether a group of repeated blocks is a list of articles. Sections of one article also repeat
 * (h2 + paragraphs), so a split needs more than repetition: either the blocks are marked up as
 * entries, or most of them carry what only an article has — their own date, byline, dateline or
 * kicker/title/subtitle stack. Returns the indexes of the blocks that are items, or null.
 */
export function itemListIndexes(candidates: ItemCandidateStats[], context: ItemGroupContext): number[] | null {
  const indexes = candidates.map((c, i) => (isItem(c) ? i : -1)).filter((i) => i >= 0);
  const items = indexes.map((i) => candidates[i]);
  if (items.length < 2 || items.length < MIN_ITEM_SHARE * candidates.length) return null;
  const withEvidence = items.filter((c) => c.hasOwnEvidence).length;
  // Two items are enough only when both are plainly articles of their own.
  if (items.length === 2 && withEvidence < 2) return null;
  const entries = context.pattern === 'repeated-blocks' && context.namedAsEntries;
  if (!entries && withEvidence < MIN_EVIDENCE_SHARE * items.length) return null;
  // Headline-less blocks are live-blog entries only when every one has its time.
  if (items.some((c) => !c.hasHeadline) && !items.every((c) => c.hasHeadline || c.hasTime)) return null;
  if (median(items.map((c) => c.bodyChars)) < MIN_MEDIAN_ITEM_CHARS) return null;
  const total = items.reduce((sum, c) => sum + c.bodyChars, 0);
  if (!context.overlapsDetectedBody && total < context.detectedBodyChars * (1 + MIN_COVERAGE)) return null;
  if (total < MIN_COVERAGE * context.detectedBodyChars) return null;
  return indexes;
}

/** Class or id names of containers that hold one entry of a list. */
export const ENTRY_NAME = /(?:^|[\s_-])(?:item|entry|post|story|article|news|card|update|live|feed|digest|brief|hentry|h-entry|event|block-post)(?:$|[\s_\d-])/iu;

/** One heading of an item's headline stack: its rank (1 = h1) and text. */
export interface StackHeading {
  rank: number;
  text: string;
}

/**
 * An e-paper headline stack reads 引题 (kicker) / 主题 (title) / 副题 (subtitle): the strongest
 * heading is the title, weaker ones before it the kicker, after it the subtitle. Headings of one
 * rank: the first is the title.
 */
export function readHeadlineStack(stack: StackHeading[]): { title: string; kicker?: string; subtitle?: string } {
  const headings = stack.filter((h) => h.text.trim());
  if (headings.length === 0) return { title: '' };
  let main = 0;
  for (let i = 1; i < headings.length; i++) if (headings[i].rank < headings[main].rank) main = i;
  const kicker = headings.slice(0, main).map((h) => h.text.trim()).join(' ');
  const subtitle = headings.slice(main + 1).map((h) => h.text.trim()).join(' ');
  return { title: headings[main].text.trim(), ...(kicker ? { kicker } : {}), ...(subtitle ? { subtitle } : {}) };
}

const ENTRY_TITLE_CHARS = 60;

/**
 * The heading of a live-blog entry that printed none: its time and the start of its first
 * sentence, cut at a word (Latin) and marked with an ellipsis when cut.
 */
export function untitledEntryTitle(time: string | undefined, body: string): string {
  const text = body.replace(/\s+/gu, ' ').trim();
  const sentenceEnd = /[。！？!?]|\.(?=\s|$)/u.exec(text);
  let head = sentenceEnd && sentenceEnd.index + 1 <= ENTRY_TITLE_CHARS ? text.slice(0, sentenceEnd.index + 1) : text;
  if (head.length > ENTRY_TITLE_CHARS) {
    const cut = head.slice(0, ENTRY_TITLE_CHARS);
    const space = cut.lastIndexOf(' ');
    head = `${(space > ENTRY_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  const stamp = time?.replace(/\s+/gu, ' ').trim();
  return stamp ? `${stamp} · ${head}` : head;
}

/** A time of day printed as a live-blog stamp: 10:32, 10:32 GMT, 上午10:32, 10时32分. */
export const TIME_STAMP = /^(?:[上下]午\s*)?\d{1,2}\s*[:：时]\s*\d{2}(?:\s*分)?(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|EST|EDT|CST|[A-Z]{2,4}))?$/u;

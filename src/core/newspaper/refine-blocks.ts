/**
 * Second pass over the blocks: runs of list-like headline lines become ads (up to the sponsor
 * line of a public-service notice), and a one-line headline inside a running body becomes a
 * subhead when the text on both sides of it is about the same thing.
 */
import { blockLines, type BodyBlock, type HeadlineGroup, type PageBlock } from './blocks';

/** A headline group is a list (an ad or notice), not a headline, from this many lines on. */
const LIST_LINES = 4;
/** How far (in blocks) a list may be followed by the sponsor line that ends the notice. */
const AD_REACH = 8;
const AD_TAG = /公益广告|广告$|[\u4e00-\u9fff]\s*宣+$|^advertisement$|^sponsored/i;
/** Merges list runs into ads and subheads into their bodies. */
export function refineBlocks(blocks: PageBlock[]): PageBlock[] {
  return mergeSubheads(markAds(blocks));
}

/**
 * A list: four or more lines with no byline, set in parallel (most lines share their first or
 * last two characters: …专项治理, …行动). A headline on four short lines (a two-line title and a
 * two-line subtitle) is not parallel.
 */
function isList(block: PageBlock): boolean {
  if (block.type !== 'headline' || block.byline.length > 0 || block.lines.length < LIST_LINES) return false;
  const texts = block.lines.map((line) => line.text.replace(/\s+/g, ''));
  return sharedShare(texts.map((text) => text.slice(-2))) >= PARALLEL_SHARE || sharedShare(texts.map((text) => text.slice(0, 2))) >= PARALLEL_SHARE;
}

/** Share of list lines that must share an ending or opening. */
const PARALLEL_SHARE = 0.5;

/** Share of the values equal to the most common one. */
function sharedShare(values: string[]): number {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return Math.max(...counts.values()) / values.length;
}

function isAdTagged(block: PageBlock): boolean {
  return block.type === 'headline' && block.lines.some((line) => AD_TAG.test(line.text));
}

function markAds(blocks: PageBlock[]): PageBlock[] {
  const out: PageBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const startsAd = isList(block) || (block.type === 'headline' && block.byline.length === 0 && isAdTagged(block));
    if (!startsAd) {
      out.push(block);
      continue;
    }
    let end = i;
    if (!isAdTagged(block)) {
      for (let k = i + 1; k < blocks.length && k <= i + AD_REACH; k++) {
        const next = blocks[k];
        if (next.type !== 'headline' || next.byline.length > 0 || next.lines.some((line) => /[：:]$/.test(line.text))) break;
        if (isAdTagged(next)) {
          end = k;
          break;
        }
      }
    }
    // The sponsor line often follows the notice's own tag line (…公益广告 / 荆州日报社 宣).
    while (end + 1 < blocks.length && isAdTagged(blocks[end + 1]) && (blocks[end + 1] as HeadlineGroup).byline.length === 0) end++;
    out.push({ type: 'ad', lines: blocks.slice(i, end + 1).flatMap(blockLines) });
    i = end;
  }
  return out;
}

function mergeSubheads(blocks: PageBlock[]): PageBlock[] {
  const out: PageBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const previous = out[out.length - 1];
    const next = blocks[i + 1];
    if (
      block.type === 'headline' &&
      block.lines.length === 1 &&
      block.byline.length === 0 &&
      previous?.type === 'body' &&
      !previous.closed &&
      next?.type === 'body' &&
      !next.opensWithDateline &&
      !next.continuedFrom &&
      isSubheadPlace(previous, block)
    ) {
      previous.subheads.push(block.lines[0]);
      previous.lines.push(...next.lines);
      previous.other.push(...next.other);
      previous.closed = next.closed;
      previous.photoCredit ||= next.photoCredit;
      previous.attribution ||= next.attribution;
      previous.continuedTo ??= next.continuedTo;
      i++;
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * A one-line headline between two parts of a running body is a subhead when it is printed flush
 * against the text before it, or when that text is a continued article (which never gets a new
 * headline of its own on this page).
 */
function isSubheadPlace(previous: BodyBlock, subhead: HeadlineGroup): boolean {
  return subhead.lines[0].blanksBefore === 0 || previous.continuedFrom !== undefined;
}

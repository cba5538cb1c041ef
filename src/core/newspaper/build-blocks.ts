/**
 * Groups page lines into blocks in one pass: headline lines gather into groups (with their
 * byline), body lines into bodies; datelines and continued-from markers open a body, credits,
 * signatures and continued-to markers close one, and a quote attribution takes the lines that
 * finish it.
 */
import { isFullLine } from '../text/normalize';
import { newBody, type BodyBlock, type HeadlineGroup, type PageBlock } from './blocks';
import type { PageLine } from './page-lines';

/** Splits the page's lines into headline groups and bodies, in reading order. */
export function buildBlocks(lines: PageLine[]): PageBlock[] {
  const blocks: PageBlock[] = [];
  let current: BodyBlock | null = null;
  const lastBody = (): BodyBlock | null => {
    for (let k = blocks.length - 1; k >= 0; k--) {
      const block = blocks[k];
      if (block.type === 'body') return block;
    }
    return null;
  };
  const close = (): void => {
    if (current) current.closed = true;
    current = null;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.heading || line.mark === 'byline') {
      const group: HeadlineGroup = { type: 'headline', lines: [], byline: [] };
      while (i < lines.length && (lines[i].heading || lines[i].mark === 'byline')) {
        // A headline line after a byline or a blank, or a kicker, starts the next group; refineBlocks
        // joins blank-separated parts again once lists (ads) are taken out.
        const started = group.lines.length + group.byline.length > 0;
        if (started && lines[i].heading && (group.byline.length > 0 || lines[i].blanksBefore > 0 || /[：:]$/.test(lines[i].text))) break;
        (lines[i].heading ? group.lines : group.byline).push(lines[i]);
        i++;
      }
      blocks.push(group);
      current = null;
      continue;
    }
    switch (line.mark) {
      case 'dateline':
        close();
        current = newBody();
        current.opensWithDateline = true;
        current.lines.push(line);
        blocks.push(current);
        break;
      case 'continued-from':
        close();
        current = newBody();
        current.continuedFrom = line;
        current.other.push(line);
        blocks.push(current);
        break;
      case 'photo-credit':
      case 'signature':
      case 'continued-to': {
        const owner = current ?? lastBody() ?? pushBody(blocks);
        owner.other.push(line);
        if (line.mark === 'photo-credit') owner.photoCredit = true;
        if (line.mark === 'continued-to') owner.continuedTo = line;
        close();
        break;
      }
      case 'editor':
        (current ?? lastBody() ?? pushBody(blocks)).other.push(line);
        break;
      case 'attribution': {
        const owner = current ?? lastBody() ?? pushBody(blocks);
        owner.other.push(line);
        owner.attribution = true;
        // The attribution runs on while its lines fill the column (——习近平2021年12月14日 / 在…上的讲话).
        let previous = line;
        while (i + 1 < lines.length) {
          const next = lines[i + 1];
          if (next.blanksBefore > 0 || next.mark !== 'text' || next.heading) break;
          if (previous !== line && !isFullLine(previous.text, previous.column)) break;
          owner.other.push(next);
          previous = next;
          i++;
        }
        close();
        break;
      }
      default:
        if (!current) {
          current = newBody();
          blocks.push(current);
        }
        current.lines.push(line);
    }
    i++;
  }
  return blocks;
}

function pushBody(blocks: PageBlock[]): BodyBlock {
  const body = newBody();
  blocks.push(body);
  return body;
}

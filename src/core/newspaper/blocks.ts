/**
 * The blocks of a page in reading order: headline groups (kicker/title/subtitle lines with their
 * byline), bodies (text lines with the furniture that closes or opens them) and ads.
 */
import type { PageLine } from './page-lines';

/** Headline lines printed together, with the byline printed under them. */
export interface HeadlineGroup {
  type: 'headline';
  lines: PageLine[];
  byline: PageLine[];
}

/** A run of body text with its credits, signatures and markers. */
export interface BodyBlock {
  type: 'body';
  lines: PageLine[];
  other: PageLine[];
  subheads: PageLine[];
  /** Closed by a credit, signature or continuation marker: nothing more belongs to it. */
  closed: boolean;
  opensWithDateline: boolean;
  continuedFrom?: PageLine;
  continuedTo?: PageLine;
  photoCredit: boolean;
  attribution: boolean;
}

/** Lines of an advertisement or public-service notice. */
export interface AdBlock {
  type: 'ad';
  lines: PageLine[];
}

/** Any block of a page. */
export type PageBlock = HeadlineGroup | BodyBlock | AdBlock;

/** Creates an empty body block. */
export function newBody(): BodyBlock {
  return { type: 'body', lines: [], other: [], subheads: [], closed: false, opensWithDateline: false, photoCredit: false, attribution: false };
}

/** All input line indexes a block covers. */
export function blockLines(block: PageBlock): PageLine[] {
  if (block.type === 'headline') return [...block.lines, ...block.byline];
  if (block.type === 'ad') return block.lines;
  return [...block.lines, ...block.other, ...block.subheads];
}

/** Cuts a body in two before its line `cut`; furniture and subheads go with the half they are printed in. */
export function cutBody(body: BodyBlock, cut: number): [BodyBlock, BodyBlock] {
  const first = newBody();
  const second = newBody();
  const boundary = body.lines[cut].index;
  first.lines = body.lines.slice(0, cut);
  second.lines = body.lines.slice(cut);
  first.opensWithDateline = body.opensWithDateline;
  first.continuedFrom = body.continuedFrom;
  for (const line of body.other) (line.index < boundary ? first : second).other.push(line);
  for (const line of body.subheads) (line.index < boundary ? first : second).subheads.push(line);
  first.closed = true;
  second.closed = body.closed;
  second.photoCredit = body.photoCredit;
  second.attribution = body.attribution;
  second.continuedTo = body.continuedTo;
  return [first, second];
}

/**
 * Finds where bylines, datelines, meta lines and trailing credits sit around the body and
 * reads them: the lines between the headline and the body, the first and last body blocks,
 * the lines just after the body, and elements marked as author/byline.
 */
import type { Person } from '../../core/model';
import { readCreditLine, type CreditLine } from '../../core/article/read-credit-line';
import { readPostHeader } from '../../core/article/read-post-header';
import { dateLineChecks } from '../../core/article/date-line-checks';
import { findDate } from '../../core/article/parse-date';
import { followOnKind } from '../../core/article/follow-on-heading';
import { parsePeople, dedupe } from '../../core/people/parse-people';
import { collapseSpace } from '../../core/article/clean-text';
import { isLikelyChineseName, isPlausibleName } from '../../core/article/is-plausible-name';
import { isPinyinFurnitureName } from '../../core/article/pinyin-furniture';
import type { TextBlock } from './collect-blocks';

/** People and date read from the text around the body, with their sources. */
export interface TextCredits {
  people: Person[];
  /** Where the people were read: "text-byline", "text-meta", "text-credit", "forum-header" (a post header), "byline-element". */
  peopleSource?: string;
  /** Checks the byline passed: "role-word", "near-headline", "far-from-headline" (see core/article/field-confidence). */
  peopleChecks: string[];
  date?: string;
  /** Where the date was read: "text-byline" (between headline and body), "text-credit" (body tail), "text-meta" (above). */
  dateSource?: string;
  /** What the date's line says about it: "post-stamp", "signature-date", "issue-label" (core/article/date-line-checks). */
  dateChecks: string[];
  /** The date an official document bears (成文日期), when the page states one. */
  documentDate?: string;
  /** Blocks that are credits and not body text (bylines, meta lines, editor lines). */
  nonBody: Set<TextBlock>;
  /** Index of a comment or related-stories heading in the body's second half: the text ends before it. */
  followOn?: number;
  /** The newspaper or portal the nearest 来源/出处 line names (core/article/read-source-line): the publication. */
  source?: string;
}

// Blocks looked at above the body when no headline bounds the search (toolbars, date lines).
const HEAD_WINDOW = 25;
const TAIL_WINDOW = 4;
const HEAD_INTO_BODY = 12;
// Meta lines this many blocks above the headline still sit beside it.
const NEAR_ABOVE = 3;
// A cell that is only a field label: "发文机关：", "作　者：", "发布时间:".
const FIELD_LABEL = /^[\p{Script=Han}\s]{2,8}[:：]$/u;

/** Reads credit lines around the body; `firstBody`/`lastBody` index into `blocks`. */
export function findCredits(markedElements: readonly Element[], blocks: TextBlock[], headIndex: number, firstBody: number, lastBody: number): TextCredits {
  const nonBody = new Set<TextBlock>();
  const readings: Array<[TextBlock, CreditLine, string]> = [];
  // Forum and blog post headers (楼主/发表者/"X 发表于 date"): their poster is the post's author.
  const postHeaders = new Set<TextBlock>();
  const lines = new Map<TextBlock, string>();
  let source: string | undefined;
  const visit = (i: number, where: string): void => {
    const block = blocks[i];
    if (!block || block.features.chars > 200) return;
    // Below the body, a list of dated links is related stories ("<a>旧闻</a> (2004-01-02)"); a lone
    // linked stamp is the post's own permalink ("由X张贴 @ <a>2005-03-21 01:20</a>").
    if (where === 'text-credit' && isLinkLine(block) && (isDatedLink(blocks[i - 1]) || isDatedLink(blocks[i + 1]))) return;
    // So is a line in a comment box or sidebar after the body: a reader's or another story's stamp.
    if (where === 'text-credit' && i > lastBody && block.isUnlikely) return;
    // A byline right under a linked headline below the body credits that story ("<h3><a>Storm
    // hits</a></h3> <p>By Tom Roe</p>": a related-stories list, one entry or several).
    if (where === 'text-credit' && isLinkLine(blocks[i - 1]) && blocks[i - 1].features.chars <= 160 && !isLinkLine(block)) {
      const credit = readCreditLine(block.text);
      if (credit.kind === 'byline' && credit.people.length) return;
    }
    // Above the headline, a credit right after a listed headline that repeats down the list is that entry's.
    if (where === 'text-meta' && isListingEntry(blocks, i)) return;
    // Government notices and forums lay metadata out as label and value cells
    // ("发文机关：" | "吉林省人民政府"): the label alone credits nobody, so read it with its value.
    const labelCell = isDateLabelCell(block);
    const value = FIELD_LABEL.test(block.text) || labelCell ? blocks[i + 1] : undefined;
    const line = value && value.features.chars <= 40 ? `${block.text}${labelCell ? '：' : ''}${value.text}` : block.text;
    // Post headers are read above the body and under the headline only: below the body the next
    // header is a reply's, whose poster is someone else (there the credit line reading stands).
    const post = where === 'text-credit' ? undefined : readPostHeader(block.text);
    if (post) {
      readings.push([block, { kind: 'byline', people: [{ name: post.name, role: 'author' }], date: post.date, isBodyText: false }, where]);
      postHeaders.add(block);
      nonBody.add(block);
      return;
    }
    const reading = readCreditLine(line);
    // 来源：南方都市报 — the first (nearest) source line names the publication, whatever else the line is.
    source ??= reading.source;
    if (reading.kind === 'none') return;
    readings.push([block, reading, where]);
    lines.set(block, line);
    if (!reading.isBodyText) nonBody.add(block);
  };
  // Nearest first: the lines between the headline and the first prose, then the tail of the
  // body, then further up the page (toolbars with dates above a headline that sits in the body).
  const bodyTop = Math.max(firstBody, headIndex + 1);
  let i = Math.max(headIndex + 1, bodyTop - HEAD_WINDOW);
  for (; i < bodyTop; i++) visit(i, 'text-byline');
  // Bylines sit above the prose: stop after the second real paragraph.
  for (let prose = 0; i < bodyTop + HEAD_INTO_BODY && i <= lastBody && prose < 2; i++) {
    visit(i, 'text-byline');
    if (blocks[i].score > 3) prose++;
  }
  // The tail ends at a heading of comments or related stories ("网友评论", "相关阅读"): their stamps
  // and names are readers' and other stories'. The text ends there too when it is inside the body.
  // Only in the body's second half: a 相关链接 box mid-article is followed by more of the article.
  const followOn = firstFollowOn(blocks, Math.max(i, firstBody + Math.floor((lastBody - firstBody) / 2)), lastBody + TAIL_WINDOW, lastBody);
  const textEnd = followOn >= 0 && followOn <= lastBody ? followOn - 1 : lastBody;
  const tailEnd = followOn >= 0 ? followOn - 1 : lastBody + TAIL_WINDOW;
  for (i = Math.max(i, textEnd - TAIL_WINDOW + 1); i <= tailEnd && i < blocks.length; i++) visit(i, 'text-credit');
  // A "By …" line printed over the <h1> in the article's own header, when the headline sits inside
  // the body container, lies between the body's start and the headline: read as a byline when it
  // is one right above the headline and dates nothing (the blocks there are also breadcrumbs and
  // toolbars, whose dates are not the article's).
  for (i = headIndex - 1; headIndex > firstBody && i >= Math.max(firstBody, headIndex - NEAR_ABOVE); i--) {
    const r = blocks[i].features.chars <= 120 ? readCreditLine(blocks[i].text) : undefined;
    if (r?.kind === 'byline' && r.people.length && !r.date) visit(i, 'text-meta');
  }
  const above = headIndex >= 0 ? Math.min(headIndex, firstBody) : firstBody;
  for (i = above - 1; i >= Math.max(0, above - HEAD_WINDOW); i--) visit(i, 'text-meta');
  // A forum post's poster line printed over its title inside the post's box (发表者：X above the
  // <h2>, both in the body box): only a post header's poster is read there, not its date —
  // other lines of the box above the title are the board's, and their dates are not the post's.
  if (!readings.some(([, r]) => r.people.length)) {
    for (i = headIndex - 1; i >= Math.max(firstBody, headIndex - NEAR_ABOVE); i--) {
      const post = blocks[i].features.chars <= 120 ? readPostHeader(blocks[i].text) : undefined;
      if (!post) continue;
      readings.push([blocks[i], { kind: 'byline', people: [{ name: post.name, role: 'author' }], isBodyText: false }, 'text-meta']);
      postHeaders.add(blocks[i]);
      nonBody.add(blocks[i]);
      break;
    }
  }
  // Editor lines anywhere in the body are furniture, not text; so are index tables of
  // label and value cells (索引号 | 发文字号 | 发布日期) that a notice's container takes in.
  for (i = firstBody; i <= lastBody; i++) {
    const b = blocks[i];
    if (b.features.chars <= 40 && readCreditLine(b.text).kind === 'editor') nonBody.add(b);
    const value = blocks[i + 1];
    if (isLabelCell(b) && value && value.features.chars <= 80 && value.owner.parentElement === b.owner.parentElement) {
      nonBody.add(b).add(value);
    } else if (isLabelCell(b)) nonBody.add(b);
  }
  const bareName = bareNameAfterHeadline(blocks, headIndex >= 0 ? headIndex : firstBody - 1, lastBody);
  if (bareName) {
    nonBody.add(bareName.block);
    readings.unshift([bareName.block, { kind: 'byline', people: bareName.people, isBodyText: false }, 'text-byline']);
  }

  let people: Person[] = [];
  let peopleSource: string | undefined;
  let firstByline = -1;
  const peopleChecks: string[] = [];
  // A line that credits only photographers (图/X, 记者X摄, a caption's （X 摄）) credits a picture: the
  // nearest line that credits the text wins over it, and a photo credit alone is held back (photo-credit).
  const creditsText = (r: CreditLine): boolean => r.people.some((p) => p.role !== 'photographer');
  const chosen = readings.find(([, r]) => creditsText(r)) ?? readings.find(([, r]) => r.people.length);
  for (const entry of readings) {
    const [block, reading, where] = entry;
    if (!people.length && entry === chosen) {
      people = reading.people;
      if (!creditsText(reading)) peopleChecks.push('photo-credit');
      peopleSource = postHeaders.has(block) ? 'forum-header' : reading.kind === 'meta' ? 'text-meta' : where;
      firstByline = block.index;
      // A role word or label (记者, 作者：, By) names the people; a bare name line or a bracket of names does not.
      if ((reading.kind === 'byline' && block !== bareName?.block) || reading.kind === 'dateline' || reading.kind === 'meta' || reading.people.some((p) => p.role !== 'author')) peopleChecks.push('role-word');
      // A meta line printed just above the headline (作者：… 时间：… over the title) sits beside it too.
      const near = (where === 'text-byline' && block.index <= bodyTop + HEAD_INTO_BODY) || (where === 'text-meta' && headIndex >= 0 && headIndex - block.index <= NEAR_ABOVE);
      peopleChecks.push(near ? 'near-headline' : 'far-from-headline');
      // The name sits in a Chinese post's own stamp ("发布时间 2005/03/15 by duscha", "由X张贴 @ …"): the poster.
      const text = lines.get(block) ?? block.text;
      if (/\p{Script=Han}/u.test(text) && dateLineChecks(text, false).includes('post-stamp')) peopleChecks.push('post-stamp');
    } else if (firstByline >= 0 && reading.kind === 'byline' && reading.people.length && Math.abs(block.index - firstByline) <= 2) {
      // Bylines split over adjacent lines: "本报实习生 刘国栋 周炜" / "本报记者 王燕平".
      people = dedupe([...people, ...reading.people]);
      firstByline = block.index;
    }
  }
  // A full date beats a month-only one wherever it is.
  // An "updated" stamp is only used when the page prints no other date.
  const withDate = readings.filter(([, r]) => !!r.date);
  const published = withDate.filter(([, r]) => !r.isUpdate);
  const dated = published.length ? published : withDate;
  const dateReading = dated.find(([, r]) => r.date!.length >= 10) ?? dated[0];
  const date = dateReading?.[1].date;
  const dateSource = dateReading?.[2];
  const dateBlock = dateReading?.[0];
  const dateChecks = dateBlock ? dateLineChecks(lines.get(dateBlock) ?? dateBlock.text, dateSource === 'text-credit' && Math.abs(dateBlock.index - textEnd) <= 1) : [];
  const documentDate = readings.find(([, r]) => r.isDocumentDate)?.[1].date;
  if (!people.length) {
    const marked = markedAuthors(markedElements, headIndex >= 0 ? blocks[headIndex].owner : undefined);
    if (marked.length) {
      people = marked;
      peopleSource = 'byline-element';
    }
  }
  return { people, peopleSource, peopleChecks, date, dateSource, dateChecks, documentDate, nonBody, followOn: followOn >= 0 && followOn <= lastBody ? followOn : undefined, source };
}

// A publication-date label printed in its own term or header cell without a colon
// (<dt>配信開始日</dt><dd>2019/3/5</dd>, <th>发布日期</th>): read with the cell after it.
const DATE_LABEL = /^(?:配信開始日|配信日|発売日|発行日|発行年月日|公開日|掲載日|投稿日|発表日|发布日期|发布时间|发表日期|出版日期|刊发日期|published|publication date|release date|date published)$/iu;

// An author label in its own cell without a colon (<td>作者</td><td>海边的风</td>, forum and CMS tables).
const AUTHOR_LABEL_CELL = /^(?:作\s*者|发表者|发帖人|楼\s*主|撰\s*稿|记\s*者)$/u;

/** A <dt>/<th>/<td> holding only a publication-date or author label. */
function isDateLabelCell(block: TextBlock): boolean {
  const tag = block.owner.localName;
  const text = block.text.trim();
  return (tag === 'dt' || tag === 'th' || tag === 'td') && block.features.chars <= 20 && (DATE_LABEL.test(text) || AUTHOR_LABEL_CELL.test(text));
}

/** True when a block is mostly link text (a listed headline, a nav entry). */
function isLinkLine(block: TextBlock | undefined): boolean {
  return !!block && block.features.chars > 0 && block.linkChars > block.features.chars * 0.5;
}

/** A linked line holding a date: an entry of a list of stories. */
function isDatedLink(block: TextBlock | undefined): boolean {
  return isLinkLine(block) && block!.features.chars <= 120 && !!findDate(block!.text);
}

/**
 * A credit line inside a list of other stories: it follows a listed (linked) headline, and two
 * blocks away the same shape repeats (another link, another credit line) — a sidebar's
 * "热门文章 / 作者：…" entries printed before the article in the page's source order.
 */
function isListingEntry(blocks: TextBlock[], i: number): boolean {
  if (!isLinkLine(blocks[i - 1]) || isLinkLine(blocks[i])) return false;
  const sameShape = (j: number): boolean => {
    const b = blocks[j];
    return !!b && !isLinkLine(b) && isLinkLine(blocks[j - 1]) && b.features.chars <= 60 && readCreditLine(b.text).kind !== 'none';
  };
  return sameShape(i - 2) || sameShape(i + 2);
}

/**
 * The index of the first comment or related-stories heading in blocks[from..to], or -1. A
 * related-stories heading followed by more prose of the body is a box inside the article
 * (推荐阅读 between two parts of the text): it ends nothing.
 */
function firstFollowOn(blocks: TextBlock[], from: number, to: number, lastBody: number): number {
  for (let j = Math.max(0, from); j <= to && j < blocks.length; j++) {
    const kind = blocks[j].features.chars <= 24 ? followOnKind(blocks[j].text) : undefined;
    if (kind === 'comments') return j;
    if (kind === 'related' && !blocks.slice(j + 1, lastBody + 1).some((b) => b.score > 3 && b.linkChars <= b.features.chars * 0.35)) return j;
  }
  return -1;
}

/** A table cell holding only a field label ("发文字号："). */
function isLabelCell(block: TextBlock): boolean {
  return (block.owner.localName === 'td' || block.owner.localName === 'th') && FIELD_LABEL.test(block.text);
}

/** A line of only names ("胡平") between the headline and the first prose block. */
function bareNameAfterHeadline(blocks: TextBlock[], headIndex: number, lastBody: number): { block: TextBlock; people: Person[] } | undefined {
  for (let i = headIndex + 1; i <= Math.min(lastBody, headIndex + 4); i++) {
    const b = blocks[i];
    if (b.score > 2) return undefined;
    if (b.features.chars > 12 || b.features.punctuation > 0 || b.linkChars > 0) continue;
    const names = b.text.split(/[\s、，,]+/u).filter(Boolean);
    if (names.length && names.every(isLikelyChineseName)) return { block: b, people: names.map((name) => ({ name, role: 'author' as const })) };
  }
  return undefined;
}

// Class names of author boxes that describe rather than credit (avatars, bios, "more by" lists).
const NOT_A_BYLINE = /avatar|image|img|photo|pic|bio|desc|about|more|list|follow|social|share|twitter|email|comment/iu;

/** The text of an element with a space between its pieces ("Andrew Husband" + "Twitter" stay apart). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && parts.length < 40; node = walker.nextNode()) {
    const parent = node.parentElement;
    // A credit's extras sit in their own marked elements: the author's description, a social link.
    if (parent && parent !== el && NOT_A_BYLINE.test(parent.getAttribute('class') ?? '')) continue;
    parts.push(node.nodeValue ?? '');
  }
  return collapseSpace(parts.join(' '));
}

/** People named by one marked element: "By Jane Doe", "Jane Doe", a name per itemprop=name child. */
function peopleOfMarked(el: Element): Person[] {
  // A byline box that holds its date and a link to the author's page: the link is the name.
  const names = el.querySelectorAll('[itemprop="name"]');
  const inner = names.length ? names : el.querySelectorAll('[rel="author"], a[href*="/author/"], a[href*="/authors/"]');
  const texts = (inner.length ? Array.from(inner, spacedText) : [spacedText(el)]).map((text) => {
    // "Wednesday January 18, 2017 10:44 am PST by Juli Clover": the names follow the last "by".
    const by = /.*\bby\s+/iu.exec(text);
    return by && by[0].length < text.length ? text.slice(by[0].length) : text;
  });
  const people: Person[] = [];
  for (const text of texts) {
    if (!text || text.length > 120) continue;
    const parsed = parsePeople(/^(?:by|von|par|por)\b/iu.test(text) || /\p{Script=Han}/u.test(text) ? text : `By ${text}`).filter((p) => p.role !== 'editor' && isPlausibleName(p.name));
    people.push(...parsed.map((p) => ({ ...p, role: 'author' as const })));
  }
  return people;
}

// Class or id names of subtrees that hold readers' comments or other stories (a narrower list than
// the block walk's "unlikely" names: an author box in the article's <footer> is the article's own).
const OTHER_STORIES = /comment|disqus|repl(?:y|ies)|respond|discussion|related|recommend|popular|most-?read|trending|more-(?:stories|news|from)|read-?next|up-?next/iu;

/** True when a marked element sits in a comment thread or a box of other stories (up to the body, or the headline's box). */
function inOtherStories(el: Element, box: Element | undefined): boolean {
  for (let up: Element | null = el.parentElement, n = 0; up && n < 15 && up.localName !== 'body'; up = up.parentElement, n++) {
    if (box && up === box) return false;
    const names = `${up.getAttribute('class') ?? ''} ${up.id}`;
    if (OTHER_STORIES.test(names) || isPinyinFurnitureName(names)) return true;
  }
  return false;
}

/**
 * The box a headline is printed in with its kicker, byline and date: the nearest <header> at most
 * three levels up, else the headline's parent (a title block). Never the whole page or article.
 */
function headlineBox(headline: Element | undefined): Element | undefined {
  if (!headline) return undefined;
  let el = headline.parentElement;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) {
    if (el.localName === 'header') return el;
    if (el.localName === 'article' || el.localName === 'main' || el.localName === 'body') break;
  }
  const parent = headline.parentElement;
  return parent && parent.localName !== 'body' && parent.localName !== 'article' && parent.localName !== 'main' ? parent : undefined;
}

/**
 * Names in the element the page marks as the byline. Only the first marked element in the
 * headline's box, else after the headline, else the first on the page counts, with marked siblings in the same parent (a list
 * of co-authors): later ones credit other stories (related links, comments, "more from").
 */
export function markedAuthors(marked: readonly Element[], headline?: Element): Person[] {
  // Gathered during the block walk (page-elements.ts): no selector over the whole page.
  const box = headlineBox(headline);
  // A marked author in a comment thread or a box of other stories credits a reader or another
  // story, wherever it stands. (Not every <aside> or sidebar: author boxes sit in them too.)
  const els = marked.filter((el) => !NOT_A_BYLINE.test(el.getAttribute('class') ?? '') && !inOtherStories(el, box));
  const after = headline ? els.filter((el) => headline.compareDocumentPosition(el) & 4 /* FOLLOWING */) : [];
  // The byline printed in the headline's own box comes first, above or below the headline
  // (magazine templates put "By X" over the h1, in the same title block).
  const inBox = box ? els.filter((el) => box.contains(el) && !el.contains(headline!)) : [];
  for (const list of [inBox, after, els]) {
    for (const el of list.slice(0, 8)) {
      const people = peopleOfMarked(el);
      if (!people.length) continue;
      for (const sibling of list) {
        if (sibling !== el && sibling.parentElement === el.parentElement && !el.contains(sibling) && !sibling.contains(el)) people.push(...peopleOfMarked(sibling));
      }
      return dedupe(people);
    }
  }
  return [];
}

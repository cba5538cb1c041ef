/**
 * The article's own date stamp in the headline zone: the `<time>` elements (and elements classed
 * as a date) between the headline and the body's third block, else one just above the headline in
 * its header box. A template often prints two stamps there, and not always the publication one
 * first: WordPress themes write `<time class="updated">` beside `<time class="entry-date
 * published">`, news CMSs "Updated <time>…</time> | Published <time>…</time>". The publication
 * stamp wins; an update stamp is only a fallback, and a weak one (`time-updated`).
 */
import { parseDate } from '../../core/article/parse-date';

/** What a stamp says it is. */
export type StampKind = 'published' | 'updated' | 'plain';

// Class, id or itemprop words of an update stamp and of a publication stamp.
const UPDATE_MARK = /modif|updat|revis|edited/iu;
const PUBLISH_MARK = /publish|pubdate|posted|created/iu;
// The label printed right before the stamp: "Updated", "Last modified:", "Published on", "Posted".
const UPDATE_LABEL = /(?:updated|modified|last\s+edited|revised|更新|修改|最終更新)(?:\s+(?:on|at))?\s*[:：]?\s*$/iu;
const PUBLISH_LABEL = /(?:published|posted|发布|發佈|发表|公開|配信|掲載|投稿)(?:\s+(?:on|at))?\s*[:：]?\s*$/iu;
// How much of the text before a stamp is read for its label.
const LABEL_CHARS = 40;

/** The text printed right before `el` inside its parent, and inside its grandparent when el opens its parent. */
function textBefore(el: Element): string {
  let text = '';
  for (let node: Element | null = el, level = 0; node && level < 2 && text.trim().length < LABEL_CHARS; node = node.parentElement, level++) {
    for (let s = node.previousSibling; s && text.length < LABEL_CHARS; s = s.previousSibling) text = (s.textContent ?? '') + text;
  }
  return text.slice(-LABEL_CHARS);
}

/**
 * Whether a stamp is the publication date, an update, or says neither: its own attributes first
 * (pubdate, itemprop, class, id), then the label printed before it, then the classes of its
 * parent and grandparent (`<span class="updated">Updated <time>…`).
 */
export function stampKind(el: Element): StampKind {
  if (el.hasAttribute('pubdate')) return 'published';
  const itemprop = el.getAttribute('itemprop') ?? '';
  if (itemprop === 'datePublished' || itemprop === 'dateCreated') return 'published';
  if (itemprop === 'dateModified') return 'updated';
  // WordPress classes a never-updated stamp "entry-date published updated": both words, the publication one.
  const own = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (PUBLISH_MARK.test(own)) return 'published';
  if (UPDATE_MARK.test(own)) return 'updated';
  const label = textBefore(el);
  if (UPDATE_LABEL.test(label)) return 'updated';
  if (PUBLISH_LABEL.test(label)) return 'published';
  for (let node = el.parentElement, level = 0; node && level < 2; node = node.parentElement, level++) {
    const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (PUBLISH_MARK.test(names)) return 'published';
    if (UPDATE_MARK.test(names)) return 'updated';
  }
  return 'plain';
}

/** A stamp's date: its datetime attribute, else its text. */
function dateOf(time: Element): string | undefined {
  return parseDate((time.getAttribute('datetime') ?? time.textContent ?? '').slice(0, 100));
}

/** The headline zone's date: the publication stamp, else the first plain one; `updated` when only an update stamp is printed. */
export interface ZoneDate {
  date?: string;
  updated?: string;
}

/**
 * The stamps after the headline up to `bodyLimit` (the body's third block); when none there, the
 * last one just above the headline inside its header box (within three levels up).
 */
export function headlineZoneTime(times: readonly Element[], headline: Element | undefined, bodyLimit: Element | undefined): ZoneDate {
  if (!headline) return {};
  let before: Element | undefined;
  const zone: Element[] = [];
  for (const time of times) {
    if (!(headline.compareDocumentPosition(time) & 4 /* FOLLOWING */)) {
      before = time;
      continue;
    }
    if (bodyLimit && bodyLimit !== time && !(time.compareDocumentPosition(bodyLimit) & 4) && !bodyLimit.contains(time)) break;
    zone.push(time);
  }
  const box = headline.parentElement?.parentElement?.parentElement;
  if (!zone.some(dateOf) && before && box?.contains(before)) zone.push(before);
  let plain: string | undefined;
  let updated: string | undefined;
  for (const time of zone) {
    const date = dateOf(time);
    if (!date) continue;
    const kind = stampKind(time);
    if (kind === 'published') return { date };
    if (kind === 'plain') plain ??= date;
    else updated ??= date;
  }
  return plain ? { date: plain } : { updated };
}

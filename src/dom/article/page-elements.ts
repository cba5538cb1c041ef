/**
 * Elements the metadata readers need, gathered during the one body walk and a short scan of
 * <head>, so no reader runs querySelectorAll over the whole document (on jsdom a single
 * attribute selector over a big page cost as much as the whole block walk; see
 * docs/BENCHMARKS.md, Article detection).
 */

/** Elements of interest found on the page. */
export interface PageElements {
  /** <script type="application/ld+json">. */
  jsonLd: Element[];
  /** <meta> anywhere. */
  metas: Element[];
  /** <link rel=canonical> href, the first one. */
  canonicalHref?: string;
  /** The <title> text. */
  title?: string;
  /** <founder-title>, <founder-author>, … by tag name (first of each). */
  founder: Map<string, Element>;
  hasFounderContent: boolean;
  /** <h1> elements in document order. */
  h1s: Element[];
  /** Elements marked as a byline (itemprop/rel author; class with author, byline or writer), document order, at most MAX_MARKED. */
  marked: Element[];
  /** The first element with itemprop=datePublished (microdata). */
  datePublished?: Element;
  /** <time> elements and elements whose class names a date (post-date, meta__date), document order, at most MAX_TIMES. */
  times: Element[];
  /** Headings (h1–h6, role=heading) and <time> elements in document order: the marks of page items. */
  itemMarks: Element[];
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'time']);

// Class names of a date stamp: "date", "post-date", "content__meta__date", "pubdate", "timestamp"; not
// the modification date.
const DATE_CLASS = /(?:^|[\s_-])(?:date|pubdate|publish(?:ed)?|timestamp|time)(?:$|[\s_-])/iu;
const NOT_PUBLICATION = /modif|updat|edit/iu;

const MAX_TIMES = 30;

const MAX_MARKED = 60;
// Class names a page gives its byline: author-name, meta__author, content__author, byline, writer.
const MARKED_CLASS = /author|byline|writer/iu;

/** An empty collection. */
export function emptyPageElements(): PageElements {
  return { jsonLd: [], metas: [], founder: new Map(), hasFounderContent: false, h1s: [], marked: [], times: [], itemMarks: [] };
}

/** Notes an element met while walking, if a reader wants it. Returns nothing; cheap for other tags. */
export function notePageElement(el: Element, tag: string, into: PageElements): void {
  if (tag !== 'meta' && tag !== 'link') noteMarkedByline(el, into);
  if (HEADING_TAGS.has(tag) || el.getAttribute('role') === 'heading') into.itemMarks.push(el);
  if (tag === 'meta') into.metas.push(el);
  else if (tag === 'script') {
    if ((el.getAttribute('type') ?? '').includes('ld+json')) into.jsonLd.push(el);
  } else if (tag === 'h1') into.h1s.push(el);
  else if (tag === 'link') {
    if (into.canonicalHref === undefined && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical') into.canonicalHref = el.getAttribute('href') ?? undefined;
  } else if (tag === 'title') {
    into.title ??= el.textContent ?? undefined;
  } else if (tag.startsWith('founder-')) {
    if (tag === 'founder-content') into.hasFounderContent = true;
    else if (!into.founder.has(tag)) into.founder.set(tag, el);
  }
}

/** Scans <head> (and anything a broken page put before <body>) for the metadata elements. */
export function collectHeadElements(doc: Document, into: PageElements): void {
  const head = doc.head;
  if (!head) return;
  const stack: Element[] = [head];
  while (stack.length) {
    const el = stack.pop() as Element;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      notePageElement(child, child.localName, into);
      if (child.firstElementChild && child.localName !== 'script' && child.localName !== 'style') stack.push(child);
    }
  }
  // The stack visits children last-to-first; readers expect document order.
  into.metas.reverse();
  into.jsonLd.reverse();
}

/** Notes an element the page marks as (part of) a byline, or as its date stamp. */
export function noteMarkedByline(el: Element, into: PageElements): void {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'datePublished') into.datePublished ??= el;
  const cls = el.getAttribute('class');
  if (into.times.length < MAX_TIMES && (el.localName === 'time' || (cls && DATE_CLASS.test(cls) && !NOT_PUBLICATION.test(cls)))) into.times.push(el);
  if (into.marked.length >= MAX_MARKED) return;
  if ((cls && MARKED_CLASS.test(cls)) || itemprop === 'author' || el.getAttribute('rel') === 'author') into.marked.push(el);
}

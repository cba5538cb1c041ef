/**
 * Reads Founder (方正) e-paper markup: the enpproperty comments (collected during the block
 * walk), <founder-*> elements, and the 引题 h3 / 主题 h1 / 副题 h2 headline stack of
 * people.com.cn-style article pages.
 */
import { addCandidate, type CandidateTable } from '../../core/article/field-candidates';
import { collapseSpace } from '../../core/article/clean-text';
import { parseEnpProperty } from '../../core/article/parse-enp-property';
import { parsePeople } from '../../core/people/parse-people';
import { parseDate } from '../../core/article/parse-date';
import type { Person } from '../../core/model';
import type { PageElements } from './page-elements';

/** People from an enpproperty/founder author field: a byline fragment or a bare name list. */
function authorPeople(author: string): Person[] {
  const parsed = parsePeople(author).filter((p) => p.role !== 'editor');
  if (parsed.length) return parsed;
  return author
    .split(/[\s、，,;；]+/u)
    .filter((name) => name.length >= 2 && name.length <= 20)
    .map((name) => ({ name, role: 'author' as const }));
}

/** Adds the fields of enpproperty comments and <founder-*> elements; true when any was found. */
export function readFounderMetadata(elements: PageElements, enpComments: string[], table: CandidateTable): boolean {
  let found = false;
  for (const comment of enpComments) {
    const enp = parseEnpProperty(comment);
    const source = 'founder-comment';
    addCandidate(table, 'title', enp.title, source);
    addCandidate(table, 'subtitle', enp.subtitle, source);
    addCandidate(table, 'kicker', enp.kicker, source);
    addCandidate(table, 'authors', enp.author ? authorPeople(enp.author) : undefined, source);
    addCandidate(table, 'date', enp.date, source);
    addCandidate(table, 'page', enp.page, source);
    addCandidate(table, 'section', enp.section, source);
    found = true;
  }
  const elementField = (name: string): string | undefined => {
    const el = elements.founder.get(name);
    return el ? collapseSpace(el.textContent ?? '') || el.getAttribute('content') || undefined : undefined;
  };
  const source = 'founder-element';
  const title = elementField('founder-title');
  if (title) found = true;
  addCandidate(table, 'title', title, source);
  addCandidate(table, 'subtitle', elementField('founder-subtitle'), source);
  addCandidate(table, 'kicker', elementField('founder-introtitle'), source);
  const author = elementField('founder-author');
  addCandidate(table, 'authors', author ? authorPeople(author) : undefined, source);
  const date = elementField('founder-date');
  addCandidate(table, 'date', date ? parseDate(date) : undefined, source);
  return found || elements.hasFounderContent;
}

/**
 * The h3/h1/h2 headline stack: an h1 whose nearest heading siblings are an h3 before it
 * (引题) and/or an h2 after it (副题). Returns the h1, so the caller can locate the body below.
 */
export function readHeadlineStack(h1s: Element[], table: CandidateTable): Element | undefined {
  for (const h1 of h1s) {
    const title = collapseSpace(h1.textContent ?? '');
    if (!title || h1.querySelector('a[href]') && (h1.textContent ?? '').length < 8) continue;
    const before = previousHeading(h1);
    const after = nextHeading(h1);
    if (before?.localName !== 'h3' && after?.localName !== 'h2') continue;
    // schema.org microdata says which heading is the headline: an h1 marked as the alternative
    // headline (a short index title) above an h2 marked as the headline is no 主题/副题 stack.
    if (isMarkedAlternative(h1, after)) continue;
    const source = 'headline-stack';
    addCandidate(table, 'title', title, source);
    if (before?.localName === 'h3') addCandidate(table, 'kicker', collapseSpace(before.textContent ?? ''), source);
    if (after?.localName === 'h2') addCandidate(table, 'subtitle', collapseSpace(after.textContent ?? ''), source);
    return h1;
  }
  return undefined;
}

/** True when microdata marks the h1 as the alternative headline, or the heading after it as the headline. */
function isMarkedAlternative(h1: Element, after: Element | undefined): boolean {
  const prop = (el: Element | undefined): string => (el?.getAttribute('itemprop') ?? '').toLowerCase();
  return prop(h1) === 'alternativeheadline' || (after?.localName === 'h2' && (prop(after) === 'headline' || !!after.querySelector('[itemprop="headline"]')));
}

function previousHeading(el: Element): Element | undefined {
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (/^h[1-6]$/u.test(sib.localName)) return sib;
    if ((sib.textContent ?? '').trim()) return undefined;
  }
  return undefined;
}

function nextHeading(el: Element): Element | undefined {
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (/^h[1-6]$/u.test(sib.localName)) return sib;
    if ((sib.textContent ?? '').trim()) return undefined;
  }
  return undefined;
}

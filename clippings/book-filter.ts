/**
 * The book's filters over the clippings' headings: full-text search (ids from the token
 * index), paper, edition-date range, tag and highlight colour. Pure: the caller looks the
 * search and colour ids up in the database.
 */
import type { Clipping } from '../src/core/clippings/clipping';
import { editionDay } from '../src/core/clippings/book-contents';

export interface BookFilter {
  query: string;
  paper?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  tag?: string;
  color?: string;
}

export function isFiltered(filter: BookFilter): boolean {
  return !!(filter.query.trim() || filter.paper !== undefined || filter.from || filter.to || filter.tag || filter.color);
}

/** The clippings the filter lets through; `searchIds`/`colorIds` undefined = that condition is off. */
export function applyFilter(
  clippings: readonly Clipping[],
  filter: BookFilter,
  searchIds: Set<string> | undefined,
  colorIds: Set<string> | undefined,
): Clipping[] {
  return clippings.filter((c) => {
    if (searchIds && !searchIds.has(c.id)) return false;
    if (colorIds && !colorIds.has(c.id) && !colorIds.has(c.pageUrl)) return false;
    if (filter.paper !== undefined && (c.publication ?? '') !== filter.paper) return false;
    if (filter.tag && !c.tags.includes(filter.tag)) return false;
    if (filter.from || filter.to) {
      const day = editionDay(c.date);
      if (!day) return false;
      if (filter.from && day < filter.from) return false;
      if (filter.to && day > filter.to) return false;
    }
    return true;
  });
}

/** Papers and tags present in the book, for the filter menus. */
export function filterChoices(clippings: readonly Clipping[]): { papers: string[]; tags: string[] } {
  const papers = new Set<string>();
  const tags = new Set<string>();
  for (const c of clippings) {
    papers.add(c.publication ?? '');
    for (const tag of c.tags) tags.add(tag);
  }
  const collator = new Intl.Collator(['zh-CN', 'en']);
  return { papers: [...papers].sort(collator.compare), tags: [...tags].sort(collator.compare) };
}

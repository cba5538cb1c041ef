/**
 * The book's contents: clippings grouped by newspaper → edition date → page (版) → article, and
 * the two other views, by tag and by month. Pure and fast (it runs on every open of the book
 * over all clippings' headings, 10,000 of them in the benchmark).
 */
import type { Clipping } from './clipping';

export type Heading = Pick<Clipping, 'id' | 'title' | 'publication' | 'date' | 'page' | 'language' | 'tags' | 'createdAt'>;

export interface PageGroup<T extends Heading = Heading> {
  /** The stored page (版次) or '' when unknown. */
  page: string;
  clippings: T[];
}
export interface DateGroup<T extends Heading = Heading> {
  /** YYYY-MM-DD or '' when unknown. */
  date: string;
  pages: PageGroup<T>[];
}
export interface PaperGroup<T extends Heading = Heading> {
  /** The newspaper's name or '' when unknown. */
  paper: string;
  dates: DateGroup<T>[];
  count: number;
}
export interface NamedGroup<T extends Heading = Heading> {
  key: string;
  clippings: T[];
}

/** The calendar day of an ISO date or date-time ('' when there is none). */
export function editionDay(date: string | undefined): string {
  const m = /^(\d{4}-\d{2}-\d{2})/u.exec(date ?? '');
  return m ? m[1] : '';
}

/** YYYY-MM of the edition date, or of the day it was clipped when the article has no date. */
export function monthOf(c: Pick<Heading, 'date' | 'createdAt'>): string {
  const day = editionDay(c.date);
  if (day) return day.slice(0, 7);
  return new Date(c.createdAt).toISOString().slice(0, 7);
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

/** Page order: by section letter, then number (A1 < A2 < A10 < B1; "02" = 2); unknown last. */
export function comparePages(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  const pa = /^([A-Za-z]*)\s*0*(\d+)/u.exec(a);
  const pb = /^([A-Za-z]*)\s*0*(\d+)/u.exec(b);
  if (pa && pb) {
    const letters = pa[1].toUpperCase().localeCompare(pb[1].toUpperCase());
    if (letters !== 0) return letters;
    const diff = Number(pa[2]) - Number(pb[2]);
    if (diff !== 0) return diff;
  }
  return collator.compare(a, b);
}

/** Contents order of papers: by name (pinyin-independent collation), unknown paper last. */
export function comparePapers(a: string, b: string): number {
  if (!a) return b ? 1 : 0;
  if (!b) return -1;
  return collator.compare(a, b);
}

/** Dates newest first, undated last. */
export function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : -1;
}

/** Articles of one page in the order they were clipped. */
const byClipped = (a: Heading, b: Heading) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/**
 * The key a page is grouped by: "2", "02", "第2版" and "第02版" are one 版, "a3" and "A03" one page.
 * Anything else (a section name) is its own page, trimmed.
 */
export function pageKey(page: string | undefined): string {
  const text = (page ?? '').trim();
  const m = /^(?:第\s*)?([A-Za-z]*)\s*0*(\d+)\s*(?:版)?$/u.exec(text);
  return m ? `${m[1].toUpperCase()}${Number(m[2])}` : text;
}

/** Paper → date → page → clippings (a page group's `page` is the first clipped article's spelling of it). */
export function contentsByPaper<T extends Heading>(clippings: readonly T[]): PaperGroup<T>[] {
  const papers = new Map<string, Map<string, Map<string, T[]>>>();
  for (const c of clippings) {
    const paper = c.publication?.trim() ?? '';
    const day = editionDay(c.date);
    const page = pageKey(c.page);
    let dates = papers.get(paper);
    if (!dates) papers.set(paper, (dates = new Map()));
    let pages = dates.get(day);
    if (!pages) dates.set(day, (pages = new Map()));
    let list = pages.get(page);
    if (!list) pages.set(page, (list = []));
    list.push(c);
  }
  return [...papers.entries()]
    .sort(([a], [b]) => comparePapers(a, b))
    .map(([paper, dates]) => {
      let count = 0;
      const dateGroups = [...dates.entries()]
        .sort(([a], [b]) => compareDates(a, b))
        .map(([date, pages]) => ({
          date,
          pages: [...pages.entries()]
            .sort(([a], [b]) => comparePages(a, b))
            .map(([, list]) => {
              count += list.length;
              list.sort(byClipped);
              return { page: list[0].page?.trim() ?? '', clippings: list };
            }),
        }));
      return { paper, dates: dateGroups, count };
    });
}

/** A paper of the first screen: its groups as contentsByPaper makes them, its count not known yet. */
export type PreviewPaper<T extends Heading = Heading> = Omit<PaperGroup<T>, 'count'> & { count?: number };

/**
 * The contents' first screen without reading every heading (clipping-queries.ts bookPreview):
 * every named paper in contents order (`papers` as stored: spellings with stray spaces are one);
 * the first paper's edition days, of which only the newest holds its pages (`newestDay`: that
 * day's clippings of the first paper); the other groups are empty until the headings are read.
 * Open groups match contentsByPaper's exactly.
 */
export function previewContents<T extends Heading>(papers: readonly string[], firstPaperDays: readonly string[], newestDay: readonly T[]): PreviewPaper<T>[] {
  return [...new Set(papers.map((p) => p.trim()).filter(Boolean))]
    .sort(comparePapers)
    .map((paper, i) => {
      if (i > 0) return { paper, dates: [] };
      const open = contentsByPaper(newestDay)[0]?.dates[0];
      const days = [...new Set(firstPaperDays)].sort(compareDates);
      return { paper, dates: days.map((date, di) => ({ date, pages: di === 0 && open?.date === date ? open.pages : [] })) };
    });
}

/** Newest edition first, then the order they were clipped. */
function byEdition(a: Heading, b: Heading): number {
  return compareDates(editionDay(a.date), editionDay(b.date)) || byClipped(a, b);
}

/** Tag → clippings (tags in collation order; a clipping with two tags is in both). */
export function contentsByTag<T extends Heading>(clippings: readonly T[]): NamedGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const c of clippings) {
    for (const tag of new Set(c.tags)) {
      let list = groups.get(tag);
      if (!list) groups.set(tag, (list = []));
      list.push(c);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([key, list]) => ({ key, clippings: list.sort(byEdition) }));
}

/** Month (YYYY-MM, newest first) → clippings. */
export function contentsByMonth<T extends Heading>(clippings: readonly T[]): NamedGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const c of clippings) {
    const key = monthOf(c);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(c);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([key, list]) => ({ key, clippings: list.sort(byEdition) }));
}

/** Whether a text is mostly Chinese script (the book labels its pages 第N版 then). */
export function isChineseText(text: string | undefined): boolean {
  return !!text && /\p{Script=Han}/u.test(text);
}

/**
 * The page label as the paper prints it: 第02版 for a Chinese paper (numbers of two digits, as
 * e-papers print them), else "Page A3", "Page 2" (the zero an e-paper's page number carries,
 * "02", is not printed in English).
 */
export function pageLabel(page: string, chinese: boolean): string {
  if (!page) return '';
  if (chinese) {
    if (/版$/u.test(page)) return page;
    const m = /^([A-Za-z]*)\s*(\d+)$/u.exec(page);
    return m ? `第${m[1].toUpperCase()}${m[2].padStart(2, '0')}版` : `第${page}版`;
  }
  if (/^page\b/iu.test(page)) return page;
  const m = /^([A-Za-z]*)\s*0*(\d+)$/u.exec(page);
  return `Page ${m ? m[1].toUpperCase() + m[2] : page}`;
}

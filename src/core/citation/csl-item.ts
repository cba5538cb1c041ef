/**
 * The one data model every citation is built from: an article as a CSL-JSON item
 * (type article-newspaper). The CSL-JSON export writes these items and the citation engine
 * renders them, so a citation and a reference-manager file can never disagree.
 */
import type { ArticleRecord, Person } from '../model';
import { safeHttpUrl } from '../export/escape-html';
import { formatIsoDay, localDay, parseEditionDate, type CalendarDay } from '../export/format-date';
import { stableHash } from '../export/stable-hash';
import { cslName, hasCjk, type CslName } from './csl-name';

/** The CSL-JSON fields Jianbao writes. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  page?: string;
  section?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
}

const dateParts = (d: CalendarDay): number[] => (d.day === undefined ? [d.year, d.month] : [d.year, d.month, d.day]);

/** Roles that make someone an author of the article text (photographers and editors are not). */
const AUTHOR_ROLES = new Set<Person['role']>(['author', 'reporter', 'correspondent']);

/** The people a citation names as authors, in byline order, as CSL names. */
export function citedNames(article: Pick<ArticleRecord, 'authors'>): CslName[] {
  return article.authors.filter((p) => AUTHOR_ROLES.has(p.role) && p.name.trim() !== '').map((p) => cslName(p.name));
}

/** Title and subtitle as one, joined with "：" for CJK titles and ": " otherwise. */
export function fullTitle(article: Pick<ArticleRecord, 'title' | 'subtitle'>): string {
  const title = article.title.trim();
  const subtitle = article.subtitle?.trim();
  if (!subtitle) return title;
  if (/[:：]$/.test(title)) return `${title}${hasCjk(title) ? '' : ' '}${subtitle}`;
  return hasCjk(title) ? `${title}：${subtitle}` : `${title}: ${subtitle}`;
}

/** A citation key that is the same on every export: "jb" + edition date + a hash of the article id. */
export function citationKey(article: ArticleRecord): string {
  const day = parseEditionDate(article.date);
  return `jb${day ? formatIsoDay(day).replace(/-/g, '') : ''}-${stableHash(article.id)}`;
}

/**
 * The CSL-JSON item of an article. `accessedAt` (when the reader read it) is written only for
 * an article with an http(s) address; any other address is left out.
 */
export function cslItem(article: ArticleRecord, accessedAt: Date = new Date(article.createdAt)): CslItem {
  const item: CslItem = { id: citationKey(article), type: 'article-newspaper', title: fullTitle(article) };
  const authors = citedNames(article);
  if (authors.length) item.author = authors;
  if (article.publication?.trim()) item['container-title'] = article.publication.trim();
  // A print page as cited: "02" (第02版) is page 2; letters stay ("A01").
  const page = article.page?.trim() ?? '';
  if (page) item.page = /^\d+$/.test(page) ? String(Number(page)) : page;
  if (article.section?.trim()) item.section = article.section.trim();
  const day = parseEditionDate(article.date);
  if (day) item.issued = { 'date-parts': [dateParts(day)] };
  const url = safeHttpUrl(article.url);
  if (url) {
    item.URL = article.url;
    item.accessed = { 'date-parts': [dateParts(localDay(accessedAt))] };
  }
  const language = article.language?.trim() || (hasCjk(article.title) ? 'zh-CN' : undefined);
  if (language) item.language = language;
  return item;
}

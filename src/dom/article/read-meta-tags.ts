/**
 * Reads OpenGraph (og:*, article:*), Highwire citation_*, Dublin Core (DC.*, dcterms.*) and
 * the common plain meta names (author, publishdate, …) used by Chinese news sites, plus
 * <link rel=canonical> and <html lang>.
 */
import type { Person } from '../../core/model';
import { addCandidate, type CandidateTable } from '../../core/article/field-candidates';
import { collapseSpace } from '../../core/article/clean-text';
import { parseDate } from '../../core/article/parse-date';
import { screenAuthorName } from '../../core/article/is-plausible-name';
import { joinSpacedNames } from '../../core/people/parse-people';
import type { PageElements } from './page-elements';

/** Field, source name and whether the value is a date, per lower-cased meta name/property. */
const META_MAP: Record<string, [field: 'title' | 'authors' | 'date' | 'publication' | 'section' | 'language' | 'canonicalUrl' | 'type' | 'page', source: string]> = {
  'og:title': ['title', 'og'],
  'og:site_name': ['publication', 'og'],
  'og:type': ['type', 'og'],
  'og:url': ['canonicalUrl', 'og'],
  'og:locale': ['language', 'og'],
  'article:published_time': ['date', 'og'],
  'article:author': ['authors', 'og'],
  'article:section': ['section', 'og'],
  citation_title: ['title', 'citation'],
  citation_author: ['authors', 'citation'],
  citation_authors: ['authors', 'citation'],
  citation_publication_date: ['date', 'citation'],
  citation_date: ['date', 'citation'],
  citation_online_date: ['date', 'citation'],
  citation_journal_title: ['publication', 'citation'],
  citation_publisher: ['publication', 'citation'],
  citation_firstpage: ['page', 'citation'],
  citation_language: ['language', 'citation'],
  'dc.title': ['title', 'dublin-core'],
  'dc.creator': ['authors', 'dublin-core'],
  'dc.date': ['date', 'dublin-core'],
  'dc.date.issued': ['date', 'dublin-core'],
  'dcterms.created': ['date', 'dublin-core'],
  'dcterms.issued': ['date', 'dublin-core'],
  'dc.publisher': ['publication', 'dublin-core'],
  'dc.language': ['language', 'dublin-core'],
  'dcterms.title': ['title', 'dublin-core'],
  'dcterms.creator': ['authors', 'dublin-core'],
  author: ['authors', 'meta'],
  byl: ['authors', 'meta'],
  'sailthru.author': ['authors', 'meta'],
  'parsely-author': ['authors', 'meta'],
  publishdate: ['date', 'meta'],
  pubdate: ['date', 'meta'],
  publish_date: ['date', 'meta'],
  'publish-date': ['date', 'meta'],
  publishtime: ['date', 'meta'],
  'article.published': ['date', 'meta'],
  'sailthru.date': ['date', 'meta'],
  'parsely-pub-date': ['date', 'meta'],
  date: ['date', 'meta'],
  // <meta itemprop="datePublished" content="…"> (schema.org microdata written as a meta)
  datepublished: ['date', 'microdata'],
  // Chinese portals' own names: Sina's weibo: article:create_at, Sohu's og:release_date and mediaid,
  // and the government-site metadata standard (PubDate, ContentSource, SiteName, ColumnName).
  'weibo: article:create_at': ['date', 'meta'],
  'og:release_date': ['date', 'meta'],
  mediaid: ['publication', 'meta'],
  sitename: ['publication', 'meta'],
  columnname: ['section', 'meta'],
  contentsource: ['publication', 'meta'],
  source: ['publication', 'meta'],
  'application-name': ['publication', 'meta'],
};

// One Chinese name as a token of a space-separated list (2–4 ideographs, or a transliteration with a middle dot).
const CHINESE_NAME_TOKEN = /^[\p{Script=Han}]{2,4}$|^[\p{Script=Han}]{1,6}[·•][\p{Script=Han}]{1,8}$/u;

// "By", "Written by", "Analysis by", "Opinion by" in front of the names of an author meta or a
// JSON-LD author: the printed byline copied into the slot.
export const AUTHOR_SLOT_PREFIX = /^\s*(?:(?:written|posted|words|story|text|report|reported|analysis|opinion|commentary|perspective|review|interview|column)\s+)?by\s*[:：]?\s+/iu;

/**
 * The people an author meta names. A portal or newspaper in the author slot (网易, 新华日报·交汇点)
 * is not a person: it is offered as the publication instead (source "meta-author").
 */
function toPeople(value: string, table: CandidateTable): Person[] {
  if (/^https?:/u.test(value)) return [];
  const people: Person[] = [];
  // Some templates fill the author meta with the printed byline ("By Jane Doe", NYT's byl).
  // An editor's credit in the author slot ("责任编辑：王二") names nobody who wrote it.
  if (/^\s*(?:责任编辑|责编|编辑|主编|校对|审核)(?:\s*[:：]|\s)/u.test(value)) return [];
  // A Chinese author label copied with the name ("作者：张三", "文/张三").
  const listed = value.replace(AUTHOR_SLOT_PREFIX, '').replace(/^\s*(?:作\s*者|撰\s*稿|文)\s*[:：/／|｜]\s*/u, '');
  for (const part of listed.split(/\s*(?:,|，|、|;|；|\band\b|&)\s*/u)) {
    const tokens = joinSpacedNames(collapseSpace(part).split(' '));
    // Chinese author metas list several names with spaces ("张三 李四"): each is one person.
    const names = tokens.length > 1 && tokens.every((t) => CHINESE_NAME_TOKEN.test(t)) ? tokens : [tokens.join(' ')];
    for (const name of names) {
      const kind = screenAuthorName(name);
      if (kind === 'person') people.push({ name, role: 'author' });
      else if (kind === 'organisation') addCandidate(table, 'publication', name, 'meta-author');
    }
  }
  return people;
}

/**
 * The meta name as META_MAP knows it. Some sites write OpenGraph's article namespace with an
 * "og:" in front ("og:article:author", "og:article:published_time"): the same property.
 */
function metaKey(meta: Element): string {
  const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
  return key.startsWith('og:article:') ? key.slice(3) : key;
}

/** Adds every recognised meta tag of the document to the candidate table. */
export function readMetaTags(doc: Document, elements: PageElements, table: CandidateTable): void {
  // One author per tag is how citation_author and article:author list several authors:
  // the repeated tags of one source are one list, in page order.
  const authorsBySource = new Map<string, Person[]>();
  for (const meta of elements.metas) {
    const entry = META_MAP[metaKey(meta)];
    if (!entry) continue;
    const content = collapseSpace(meta.getAttribute('content') ?? '');
    if (!content) continue;
    const [field, source] = entry;
    if (field === 'authors') {
      const list = authorsBySource.get(source) ?? [];
      for (const person of toPeople(content, table)) if (!list.some((p) => p.name === person.name)) list.push(person);
      authorsBySource.set(source, list);
    } else if (field === 'date') addCandidate(table, field, parseDate(content), source);
    else if (field === 'publication') addCandidate(table, field, content.replace(/^来源[:：]\s*/u, ''), source);
    else addCandidate(table, field, content, source);
  }
  for (const [source, people] of authorsBySource) addCandidate(table, 'authors', people, source);
  const canonical = elements.canonicalHref;
  if (canonical && /^https?:/u.test(canonical)) addCandidate(table, 'canonicalUrl', canonical, 'link-canonical');
  addCandidate(table, 'language', doc.documentElement.getAttribute('lang') ?? undefined, 'html-lang');
  const title = elements.title;
  if (title) addCandidate(table, 'title', collapseSpace(title), 'html-title');
}

/**
 * Reads article metadata from JSON-LD scripts: NewsArticle, Article, ReportageNewsArticle and
 * the other *Article types, at top level, in arrays or inside @graph.
 */
import type { Person } from '../../core/model';
import { addCandidate, type CandidateTable } from '../../core/article/field-candidates';
import { screenAuthorName } from '../../core/article/is-plausible-name';
import { AUTHOR_SLOT_PREFIX } from './read-meta-tags';
import { collapseSpace } from '../../core/article/clean-text';
import { parseDate } from '../../core/article/parse-date';

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/u;
const SOURCE = 'json-ld';

function typesOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Flattens arrays and @graph so every typed object is visited once. */
function collectNodes(value: unknown, out: Json[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, out, depth + 1);
    return;
  }
  const node = value as Json;
  out.push(node);
  if (node['@graph']) collectNodes(node['@graph'], out, depth + 1);
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return collapseSpace(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return textOf((value as Json).name ?? (value as Json)['@value']);
  return undefined;
}

function peopleOf(value: unknown): Person[] {
  const list = Array.isArray(value) ? value : [value];
  const people: Person[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item : item && typeof item === 'object' && !typesOf(item as Json).includes('Organization') ? textOf((item as Json).name) : undefined;
    // Structured data is no better than the template that filled it: "name", 未知, a site name.
    if (!name || /^https?:/u.test(name)) continue;
    // The printed byline copied into the name ("By GREG BEACHAM, AP Sports Writer"): the names are
    // before the job title, which screenAuthorName drops like any job title alone.
    const copied = AUTHOR_SLOT_PREFIX.test(name);
    for (const part of copied ? name.replace(AUTHOR_SLOT_PREFIX, '').split(/\s*(?:,|;|\band\b|&)\s*/iu) : [name]) {
      if (screenAuthorName(collapseSpace(part)) === 'person') people.push({ name: collapseSpace(part), role: 'author' });
    }
  }
  return people;
}

/** Adds the candidates of every article-typed JSON-LD object to the table; returns true if one was found. */
export function readJsonLd(scripts: Element[], table: CandidateTable): boolean {
  const nodes: Json[] = [];
  for (const script of scripts) {
    try {
      collectNodes(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // Broken JSON-LD is common (trailing commas, HTML entities); the other sources cover it.
    }
  }
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return false;
  addCandidate(table, 'type', typesOf(article).find((t) => ARTICLE_TYPE.test(t)), SOURCE);
  addCandidate(table, 'title', textOf(article.headline) ?? textOf(article.name), SOURCE);
  addCandidate(table, 'subtitle', textOf(article.alternativeHeadline), SOURCE);
  addCandidate(table, 'authors', peopleOf(article.author ?? article.creator), SOURCE);
  const date = textOf(article.datePublished) ?? textOf(article.dateCreated);
  addCandidate(table, 'date', date ? parseDate(date) : undefined, SOURCE);
  addCandidate(table, 'publication', textOf(article.publisher) ?? textOf((article.isPartOf as Json | undefined)?.name), SOURCE);
  addCandidate(table, 'section', textOf(article.printSection) ?? textOf(article.articleSection), SOURCE);
  addCandidate(table, 'page', textOf(article.printPage) ?? textOf(article.pageStart), SOURCE);
  addCandidate(table, 'language', textOf(article.inLanguage), SOURCE);
  const url = textOf(article.url) ?? textOf((article.mainEntityOfPage as Json | undefined)?.['@id'] ?? article.mainEntityOfPage);
  addCandidate(table, 'canonicalUrl', url && /^https?:/u.test(url) ? url : undefined, SOURCE);
  return true;
}

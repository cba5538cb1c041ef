/**
 * Collects candidate values for each article field from every source, then picks one per
 * field by source priority. Keeping all candidates (not just the first) lets the detector
 * cross-check them, e.g. drop a meta "author" that is really the site name.
 */
import type { Person } from '../model';

/** Fields the detector fills from metadata and layout. */
export interface ArticleFieldValues {
  title: string;
  kicker: string;
  subtitle: string;
  authors: Person[];
  date: string;
  publication: string;
  page: string;
  section: string;
  language: string;
  canonicalUrl: string;
  /** schema.org / og type, e.g. "NewsArticle", "article", "website". */
  type: string;
}

/** Name of a detected field. */
export type ArticleField = keyof ArticleFieldValues;

/** One candidate value with the name of its source ("json-ld", "og", "founder-comment", …). */
export interface Candidate<K extends ArticleField> {
  value: ArticleFieldValues[K];
  source: string;
}

/** Candidate lists per field, in the order they were added. */
export type CandidateTable = { [K in ArticleField]?: Candidate<K>[] };

/** Adds a candidate unless it is empty (blank string, no people). */
export function addCandidate<K extends ArticleField>(table: CandidateTable, field: K, value: ArticleFieldValues[K] | undefined | null, source: string): void {
  if (value === undefined || value === null) return;
  if (typeof value === 'string' && !value.trim()) return;
  if (Array.isArray(value) && value.length === 0) return;
  const list = (table[field] ??= []) as Candidate<K>[];
  list.push({ value: typeof value === 'string' ? (value.trim() as ArticleFieldValues[K]) : value, source });
}

/** The candidate of the highest-priority source (earlier in `priority` wins; unknown sources last). */
export function pickCandidate<K extends ArticleField>(table: CandidateTable, field: K, priority: readonly string[]): Candidate<K> | undefined {
  const list = table[field] as Candidate<K>[] | undefined;
  if (!list?.length) return undefined;
  const rank = (c: Candidate<K>): number => {
    const i = priority.indexOf(c.source);
    return i < 0 ? priority.length : i;
  };
  return list.reduce((best, c) => (rank(c) < rank(best) ? c : best));
}

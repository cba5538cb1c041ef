/**
 * Names for citations. Chinese (and other CJK) names are kept exactly as written: they are
 * never inverted or abbreviated. Latin names are split into family and given parts so each
 * style can order and abbreviate them its own way.
 */
import type { ArticleRecord, Person } from '../model';

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/** Whether a text contains Chinese, Japanese or Korean script. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** A name as citation styles need it. `family` is undefined for names written as one unit. */
export interface CitedName {
  /** The name exactly as stored (whitespace collapsed). */
  literal: string;
  family?: string;
  given?: string;
}

/**
 * Splits a Latin name: "Doe, Jane" → Doe / Jane; "Jane Q. Doe" → Doe / Jane Q.;
 * a single word or a CJK name stays whole.
 */
export function parseName(raw: string): CitedName {
  const literal = raw.replace(/\s+/g, ' ').trim();
  if (hasCjk(literal)) return { literal };
  const comma = literal.indexOf(',');
  if (comma > 0) {
    const family = literal.slice(0, comma).trim();
    const given = literal.slice(comma + 1).trim();
    return given ? { literal, family, given } : { literal };
  }
  const parts = literal.split(' ');
  if (parts.length < 2) return { literal };
  return { literal, family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') };
}

/** "Doe, Jane" for a split name, the literal for a name written as one unit. */
export function invertedName(n: CitedName): string {
  return n.family !== undefined && n.given !== undefined ? `${n.family}, ${n.given}` : n.literal;
}

/** "Jane Doe" for a split name, the literal for a name written as one unit. */
export function naturalName(n: CitedName): string {
  return n.family !== undefined && n.given !== undefined ? `${n.given} ${n.family}` : n.literal;
}

/** "Jane Quinn" → "J. Q."; hyphenated given names keep the hyphen ("Jean-Paul" → "J.-P."). */
export function initialsOf(given: string, withDots = true): string {
  const dot = withDots ? '.' : '';
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.split('-').map((part) => `${Array.from(part)[0]?.toUpperCase() ?? ''}${dot}`).join('-'))
    .join(withDots ? ' ' : '');
}

/** Whether a name is written family-first with a comma ("Doe, J."), which decides the comma before "and"/"&". */
export function isInverted(written: string): boolean {
  return written.includes(',');
}

/**
 * Joins written names the way English styles do: "A and B" (or "Doe, J., and B" after an
 * inverted name), "A, B, and C" for three or more; `and` may be "&".
 */
export function joinNames(written: string[], and: string): string {
  if (written.length <= 1) return written.join('');
  if (written.length === 2) return `${written[0]}${isInverted(written[0]) ? ',' : ''} ${and} ${written[1]}`;
  return `${written.slice(0, -1).join(', ')}, ${and} ${written[written.length - 1]}`;
}

/** Roles that make someone an author of the article text (photographers and editors are not). */
const AUTHOR_ROLES = new Set<Person['role']>(['author', 'reporter', 'correspondent']);

/** The people a citation names as authors, in byline order. */
export function citedAuthors(article: Pick<ArticleRecord, 'authors'>): CitedName[] {
  return article.authors.filter((p) => AUTHOR_ROLES.has(p.role) && p.name.trim() !== '').map((p) => parseName(p.name));
}

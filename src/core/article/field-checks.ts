/**
 * The checks behind field confidences (see field-confidence.ts): independent tests of a picked
 * value that do not depend on where it came from — do other sources agree, does a Chinese name
 * start with a known surname, does a Latin name have a given name and a surname.
 */
import type { Person } from '../model';
import { comparable } from './clean-text';
import { calendarDay } from './parse-date';
import { isLikelyChineseName, isLikelyJapaneseName } from './is-plausible-name';

/** A candidate as the checks see it: a value and the source that gave it. */
export interface SourcedValue<T> {
  value: T;
  source: string;
}

const HAN = /\p{Script=Han}/u;

/** Checks on the names of an author list: surname for Chinese names, full name for Latin ones. */
export function nameChecks(people: readonly Person[]): string[] {
  if (!people.length) return [];
  const checks: string[] = [];
  const han = people.filter((p) => HAN.test(p.name));
  const latin = people.filter((p) => !HAN.test(p.name));
  // A Chinese name after a known surname, a transliterated name with a middle dot, or a Japanese name.
  if (han.length) checks.push(han.every((p) => isLikelyChineseName(p.name.replace(/[·•]/gu, '').slice(0, 4)) || /[·•]/u.test(p.name) || isLikelyJapaneseName(p.name)) ? 'surname' : 'no-surname');
  // A capitalised given name and surname confirm a name; one word ("duscha", "Staff") weighs against
  // it; two lower-case words ("cindy mangomini", as a CMS stores a user name) are left neutral.
  if (latin.length) {
    if (latin.every((p) => /^\p{Lu}\S*(?:\s+\S+)+$/u.test(p.name.trim()))) checks.push('full-name');
    else if (latin.some((p) => !/\s/u.test(p.name.trim()))) checks.push('single-word');
  }
  return checks;
}

/** Comparable form of a field value, for agreement between sources. */
function key(value: unknown): string {
  if (Array.isArray(value)) return (value as Person[]).map((p) => comparable(p.name)).sort().join('|');
  if (typeof value !== 'string') return '';
  const day = /^\d{4}-\d{2}/u.test(value) ? calendarDay(value) : undefined;
  return day ?? comparable(value);
}

/**
 * "agrees:<source>" for every other source giving the same value (the same calendar day for a
 * date, the same names in any order for authors; titles also agree when one contains the other
 * and covers most of it, as a title with and without the site name does).
 */
export function agreementChecks<T>(picked: SourcedValue<T>, all: readonly SourcedValue<T>[]): string[] {
  const want = key(picked.value);
  if (!want) return [];
  const sources = new Set<string>();
  for (const c of all) {
    if (c.source === picked.source || c === picked) continue;
    const got = key(c.value);
    if (!got) continue;
    const same = got === want || (got.length >= 6 && want.length >= 6 && (got.includes(want) || want.includes(got)) && Math.min(got.length, want.length) >= 0.6 * Math.max(got.length, want.length));
    if (same) sources.add(c.source);
  }
  return [...sources].map((s) => `agrees:${s}`);
}

/** "conflicts:<source>" for every source in `strong` that gives a different calendar day. */
export function dateConflicts(picked: SourcedValue<string>, all: readonly SourcedValue<string>[], strong: readonly string[]): string[] {
  const want = key(picked.value);
  const out = new Set<string>();
  for (const c of all) {
    if (c.source === picked.source || !strong.includes(c.source)) continue;
    const got = key(c.value);
    if (got && want && got.slice(0, want.length) !== want && want.slice(0, got.length) !== got) out.add(c.source);
  }
  return [...out].map((s) => `conflicts:${s}`);
}

/** Checks on a date value itself: a time of day, or only a month. */
export function dateShapeChecks(date: string): string[] {
  if (/^\d{4}-\d{2}$/u.test(date)) return ['month-only'];
  if (/T\d{2}:\d{2}/u.test(date)) return ['has-time'];
  return [];
}

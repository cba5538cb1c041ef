/**
 * Author and date correctness as the extraction README defines them.
 */
import { calendarDay, parseDate, parseYearMonth } from '../../src/core/article/parse-date';

const squash = (s: string): string => s.replace(/[\s\u3000]+/gu, '').toLowerCase();

/** Correct when the expected author (spaces removed) equals or is contained in the detected names. */
export function isAuthorRight(expected: string, detectedNames: string[]): boolean {
  const want = squash(expected);
  const got = squash(detectedNames.join(''));
  return want.length > 0 && got.includes(want);
}

/** The expected date's calendar day (or month, when that is all it says); undefined when unparseable. */
export function expectedDay(expected: string): string | undefined {
  const iso = parseDate(expected) ?? parseYearMonth(expected);
  return iso ? calendarDay(iso) : undefined;
}

/** Correct when the detected date falls on the expected calendar day (or month). */
export function isDateRight(expectedDayIso: string, detected: string | undefined | null): boolean {
  if (!detected) return false;
  // A month-only detection ("1998-03", a monthly edition) can only match a month-only truth:
  // "1998-03".startsWith("1998-03-05") is false, so a full-day truth still needs the day.
  const got = parseDate(detected) ?? parseYearMonth(detected);
  return !!got && calendarDay(got).startsWith(expectedDayIso);
}

/** README title rule: NFKC, lower case, letters and digits only; equal or one contains the other. */
export function isTitleRight(expected: string, detected: string | undefined): boolean {
  const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const want = norm(expected);
  const got = norm(detected ?? '');
  return want.length > 0 && got.length > 0 && (want.includes(got) || got.includes(want));
}

// Labels some expected author strings keep verbatim ("作者：", "文●", "By "); they are not part of a name.
const AUTHOR_LABEL = /^\s*(?:作\s*者\s*[:：]|文\s*[●・:：/／]|by\s+)\s*/iu;

/** The expected names of a postlight-dev author string: first line, split at , ; | / 、 "and" "&". */
export function expectedNames(expected: string): string[] {
  const firstLine = expected.split(/\r?\n/u)[0];
  return firstLine
    .split(/\s*(?:[,;|/、]|\band\b|&)\s*/iu)
    .map((name) => name.replace(AUTHOR_LABEL, '').trim())
    .filter(Boolean);
}

/** The surname of a name as the README defines it: the last word of a Latin name, else the whole name. */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/u);
  return /^[\p{Script=Latin}\p{M}'’.-]+$/u.test(words[words.length - 1]) && words.length > 1 ? words[words.length - 1] : name.trim();
}

/** postlight-dev author right: every expected name's surname is in the detected names. */
export function isAuthorRightBySurname(expected: string, detectedNames: string[]): boolean {
  const got = squash(detectedNames.join(' '));
  const names = expectedNames(expected);
  return names.length > 0 && got.length > 0 && names.every((n) => got.includes(squash(surnameOf(n))));
}

/**
 * Author precision counts: how many detected names there are and how many of them are found in
 * the expected author string (spaces removed, case ignored; an "asserted none" page has no name to find).
 */
export function authorPrecisionCounts(expected: string | undefined, detectedNames: string[]): { found: number; detected: number } {
  const want = squash((expected ?? '').replace(AUTHOR_LABEL, ''));
  const names = detectedNames.map((n) => squash(n.replace(AUTHOR_LABEL, ''))).filter(Boolean);
  return { found: names.filter((n) => want.length > 0 && want.includes(n)).length, detected: names.length };
}

/**
 * postlight-dev date right: the same calendar day; one day either way accepted when the expected
 * value has a time (it is a UTC instant of the page's local day).
 */
export function isDateRightNearDay(expected: string, detected: string | undefined | null): boolean {
  const day = expectedDay(expected);
  if (!day || !detected) return false;
  if (isDateRight(day, detected)) return true;
  if (!/T\d{2}:\d{2}/u.test(expected) || day.length < 10) return false;
  const got = parseDate(detected);
  if (!got) return false;
  const ms = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Math.abs(ms(calendarDay(got)) - ms(day)) <= 86_400_000;
}

/** README lead rule: the expected lead's tokens, contiguous, starting within the first max(50, n) tokens of the body. */
export function isLeadRight(bodyTokens: string[], leadTokens: string[]): boolean {
  const n = leadTokens.length;
  if (!n) return false;
  const lower = bodyTokens.map((t) => t.toLowerCase());
  const want = leadTokens.map((t) => t.toLowerCase());
  const last = Math.min(lower.length - n, Math.max(50, n));
  for (let i = 0; i <= last; i++) {
    let k = 0;
    while (k < n && lower[i + k] === want[k]) k++;
    if (k === n) return true;
  }
  return false;
}

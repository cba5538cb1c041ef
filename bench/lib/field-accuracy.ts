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

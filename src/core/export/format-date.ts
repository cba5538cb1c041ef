/**
 * Date helpers for exports. Edition dates are parsed from their ISO text without `Date`, so
 * a 2022-03-31 edition never shifts a day in another time zone.
 */

/** A calendar day. `month` is 1-12. */
export interface CalendarDay {
  year: number;
  month: number;
  day?: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The day of an ISO 8601 date or date-time ("2022-03-31", "2022-03-31T08:00+08:00", "2022-03"). */
export function parseEditionDate(iso: string | undefined): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso?.trim() ?? '');
  if (!match) return undefined;
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  return { year: Number(match[1]), month, day };
}

/** "2022-03-31" (or "2022-03" without a day). */
export function formatIsoDay(day: CalendarDay): string {
  return day.day === undefined ? `${day.year}-${pad2(day.month)}` : `${day.year}-${pad2(day.month)}-${pad2(day.day)}`;
}

/** The reader's local calendar day of a moment: what "accessed on" and file names mean to them. */
export function localDay(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** A stored millisecond timestamp as ISO 8601 UTC text. */
export function isoTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

/** English month names, for APA and Chicago. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

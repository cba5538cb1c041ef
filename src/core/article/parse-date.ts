/**
 * Finds dates in page text and metadata and writes them as ISO 8601: Chinese dates
 * (2022年3月31日 10:20), numeric dates (2022-03-31, 2022/3/31, 2022.03.31), compact e-paper
 * stamps (20220331), English dates (March 31, 2022 / 31 March 2022), US numeric dates (9/17/2004,
 * 12-15-2016), European dotted dates (19.07.2022), ctime stamps (Sat Oct  4 12:30:00 2008) and ISO date-times.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A year we accept as a publication year; rejects phone numbers and ids that look like dates. */
function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

/** Writes year/month/day (and optional time) as ISO 8601, or undefined when out of range. */
export function formatIsoDate(year: number, month: number, day?: number, hour?: number, minute?: number, second?: number): string | undefined {
  if (!isPlausibleYear(year) || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second !== undefined && second < 60 ? second : 0)}`;
}

// Each pattern captures year, month, day, then optionally hour, minute, second.
const CHINESE_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/u;
const NUMERIC_DATE = /((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?)?/u;
const COMPACT_DATE = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/u;
const ENGLISH_MDY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/iu;
const ENGLISH_DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b/iu;
// US numeric dates as old ASP pages print them: 9/17/2004 5:54:13 AM.
const US_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?/iu;
// A US month-day-year with dashes, as some CMSs write article:published_time: 12-15-2016.
const US_DASH_DATE = /(?<![\d-])(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])-((?:19|20)\d{2})(?![\d-])/u;
// A European day.month.year (19.07.2022, 1.6.2019 14:30): dots are never the US order.
const DOTTED_DMY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])(?:,?\s+(\d{1,2}):(\d{2}))?/u;
// The C library's date (ctime), as BBS post headers and mail print it: "Sat Oct  4 12:30:00 2008".
const CTIME_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+((?:19|20)\d{2})\b/u;
const YEAR_MONTH = /((?:19|20)\d{2})(?:\s*年\s*|-)(\d{1,2})(?:\s*月|(?![\d/.-]))/u;

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/**
 * The first full date (day precision, with time when present) in the text, as ISO 8601.
 * A value that already is ISO 8601 with a zone is kept as written, so the offset survives.
 */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/u.test(trimmed)) return trimmed;
  const found = findDate(trimmed);
  return found?.iso;
}

/** A date found in text, with where it was. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Finds the earliest full date in the text (any supported form), with its position. */
export function findDate(text: string): FoundDate | undefined {
  const candidates: FoundDate[] = [];
  const push = (m: RegExpExecArray | null, iso: string | undefined): void => {
    if (m && iso) candidates.push({ iso, index: m.index, length: m[0].length });
  };
  let m = CHINESE_DATE.exec(text);
  push(m, m ? formatIsoDate(+m[1], +m[2], +m[3], num(m[4]), num(m[5]), num(m[6])) : undefined);
  m = NUMERIC_DATE.exec(text);
  push(m, m ? formatIsoDate(+m[1], +m[3], +m[4], num(m[5]), num(m[6]), num(m[7])) : undefined);
  m = ENGLISH_MDY.exec(text);
  push(m, m ? formatIsoDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2]) : undefined);
  m = ENGLISH_DMY.exec(text);
  push(m, m ? formatIsoDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]) : undefined);
  m = US_DATE.exec(text);
  if (m) {
    const hour = m[4] === undefined ? undefined : (+m[4] % 12) + (m[7]?.toUpperCase() === 'PM' ? 12 : 0) + (m[7] ? 0 : +m[4] >= 12 ? 12 : 0);
    push(m, formatIsoDate(+m[3], +m[1], +m[2], hour, num(m[5]), num(m[6])));
  }
  m = US_DASH_DATE.exec(text);
  push(m, m ? formatIsoDate(+m[3], +m[1], +m[2]) : undefined);
  m = DOTTED_DMY.exec(text);
  push(m, m ? formatIsoDate(+m[3], +m[2], +m[1], num(m[4]), num(m[5])) : undefined);
  m = CTIME_DATE.exec(text);
  push(m, m ? formatIsoDate(+m[6], MONTHS[m[1].toLowerCase()], +m[2], +m[3], +m[4], +m[5]) : undefined);
  m = COMPACT_DATE.exec(text);
  push(m, m ? formatIsoDate(+m[1], +m[2], +m[3]) : undefined);
  if (!candidates.length) return undefined;
  return candidates.reduce((a, b) => (b.index < a.index ? b : a));
}

/** A month-precision date ("1998-3", "1998年3月") as "YYYY-MM", when no full date is present. */
export function parseYearMonth(text: string): string | undefined {
  const m = YEAR_MONTH.exec(text);
  return m ? formatIsoDate(+m[1], +m[2]) : undefined;
}

/** The calendar day ("YYYY-MM-DD", or "YYYY-MM" when only a month is known) of an ISO date. */
export function calendarDay(iso: string): string {
  return iso.slice(0, 10);
}

/** Dates for people, in the UI language (Intl), never raw ISO text. */
import { parseEditionDate } from '../src/core/export/format-date';
import { uiLanguage } from './i18n';

const cached = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();

function formats(lang: string) {
  let found = cached.get(lang);
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
    };
    cached.set(lang, found);
  }
  return found;
}

/**
 * An edition date ("2022-03-31", "2022-03") as the reader's language writes it, or `lang`'s
 * (a clipping's header is in the article's language). Formatted as a UTC calendar day so the
 * edition never moves a day in another time zone; unreadable text is shown as it is.
 */
export function formatEditionDate(iso: string | undefined, lang?: string): string {
  const day = parseEditionDate(iso);
  if (!day) return iso ?? '';
  const { day: byDay, month } = formats(lang || uiLanguage() || 'en');
  const utc = Date.UTC(day.year, day.month - 1, day.day ?? 1);
  return (day.day === undefined ? month : byDay).format(utc);
}

/** A stored moment (ms) as the reader's local calendar day. */
export function formatMoment(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage() || 'en', { year: 'numeric', month: 'short', day: 'numeric' }).format(ms);
}

/** MLA 9 newspaper entries: `Doe, Jane, and Richard Roe. “Title.” *Newspaper*, 31 Mar. 2022, p. A1, url. Accessed 29 Nov. 2026.` */
import type { ArticleRecord } from '../model';
import { citedPage, fullTitle, quotedTitle } from './citation-parts';
import { withStop, type MarkupWriter } from './citation-markup';
import { localDay, parseEditionDate, type CalendarDay } from './format-date';
import { citedAuthors, invertedName, joinNames, naturalName, type CitedName } from './person-name';

// MLA abbreviates months longer than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function mlaDay(day: CalendarDay): string {
  const month = MLA_MONTHS[day.month - 1];
  return day.day === undefined ? `${month} ${day.year}` : `${day.day} ${month} ${day.year}`;
}

function mlaAuthors(names: CitedName[]): string {
  if (names.length === 1) return invertedName(names[0]);
  if (names.length === 2) return joinNames([invertedName(names[0]), naturalName(names[1])], 'and');
  return `${invertedName(names[0])}, et al`;
}

/** One MLA 9 entry; with `url` the URL (without its scheme) and the access date follow. */
export function formatMla(article: ArticleRecord, accessedAt: Date, url: string | undefined, w: MarkupWriter): string {
  const names = citedAuthors(article);
  let text = names.length ? `${withStop(w.text(mlaAuthors(names)))} ` : '';
  text += `“${withStop(w.text(quotedTitle(fullTitle(article))))}”`;
  const container: string[] = [];
  if (article.publication?.trim()) container.push(w.italic(article.publication));
  const day = parseEditionDate(article.date);
  if (day) container.push(mlaDay(day));
  if (citedPage(article.page)) container.push(`p. ${w.text(citedPage(article.page))}`);
  if (url) container.push(w.text(url.replace(/^https?:\/\//, '')));
  if (container.length) text += ` ${container.join(', ')}.`;
  if (url) text += ` Accessed ${mlaDay(localDay(accessedAt))}.`;
  return text;
}

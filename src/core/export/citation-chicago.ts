/**
 * Chicago notes-bibliography, bibliography entry for a newspaper article:
 * `Doe, Jane, and Richard Roe. “Title.” *Newspaper*, March 31, 2022. URL.`
 * Chicago leaves out page numbers and access dates for newspapers.
 */
import type { ArticleRecord } from '../model';
import { fullTitle, quotedTitle } from './citation-parts';
import { withStop, type MarkupWriter } from './citation-markup';
import { MONTHS, parseEditionDate } from './format-date';
import { citedAuthors, invertedName, joinNames, naturalName, type CitedName } from './person-name';

/** Up to ten authors are listed; more than ten become the first seven and "et al." (CMOS 14.76). */
function chicagoAuthors(names: CitedName[]): string {
  if (names.length > 10) return `${[invertedName(names[0]), ...names.slice(1, 7).map(naturalName)].join(', ')}, et al`;
  return joinNames([invertedName(names[0]), ...names.slice(1).map(naturalName)], 'and');
}

/** One Chicago bibliography entry; with `url` the URL ends it. */
export function formatChicago(article: ArticleRecord, url: string | undefined, w: MarkupWriter): string {
  const names = citedAuthors(article);
  let text = names.length ? `${withStop(w.text(chicagoAuthors(names)))} ` : '';
  text += `“${withStop(w.text(quotedTitle(fullTitle(article))))}”`;
  const container: string[] = [];
  if (article.publication?.trim()) container.push(w.italic(article.publication));
  const day = parseEditionDate(article.date);
  if (day) {
    const month = MONTHS[day.month - 1];
    container.push(day.day === undefined ? `${month} ${day.year}` : `${month} ${day.day}, ${day.year}`);
  }
  if (container.length) text += ` ${container.join(', ')}.`;
  if (url) text += ` ${w.text(url)}.`;
  return text;
}

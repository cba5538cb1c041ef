/** APA 7 newspaper references: `Doe, J., & Roe, R. (2022, March 31). Title. *Newspaper*. URL`. */
import type { ArticleRecord } from '../model';
import { withStop, type MarkupWriter } from './citation-markup';
import { MONTHS, parseEditionDate } from './format-date';
import { citedPage, fullTitle } from './citation-parts';
import { citedAuthors, initialsOf, joinNames, type CitedName } from './person-name';

function apaName(name: CitedName): string {
  return name.family !== undefined && name.given !== undefined ? `${name.family}, ${initialsOf(name.given)}` : name.literal;
}

/** APA lists up to 20 authors; beyond that the first 19, an ellipsis, then the last. */
function apaAuthors(names: CitedName[]): string {
  const written = names.map(apaName);
  if (written.length > 20) return `${written.slice(0, 19).join(', ')}, . . . ${written[written.length - 1]}`;
  return joinNames(written, '&');
}

function apaDate(iso: string | undefined): string {
  const day = parseEditionDate(iso);
  if (!day) return '(n.d.)';
  const month = MONTHS[day.month - 1];
  return day.day === undefined ? `(${day.year}, ${month})` : `(${day.year}, ${month} ${day.day})`;
}

/** One APA 7 reference; with `url` the online form (URL, no page), else the print form (page). */
export function formatApa(article: ArticleRecord, url: string | undefined, w: MarkupWriter): string {
  const names = citedAuthors(article);
  const title = withStop(w.text(fullTitle(article)));
  const date = `${apaDate(article.date)}.`;
  // Without an author the title moves to the author position (APA 7, 9.12).
  let text = names.length ? `${withStop(w.text(apaAuthors(names)))} ${date} ${title}` : `${title} ${date}`;
  const publication = article.publication?.trim();
  if (publication) {
    const page = !url && citedPage(article.page) ? `, ${w.text(citedPage(article.page))}` : '';
    text += ` ${w.italic(publication)}${page}.`;
  }
  if (url) text += ` ${w.text(url)}`;
  return text;
}

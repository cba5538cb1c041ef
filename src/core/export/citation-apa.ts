/** APA 7 newspaper references: `Doe, J., & Roe, R. (2022, March 31). Title. *Newspaper*. URL`. */
import type { ArticleRecord } from '../model';
import { withStop, type MarkupWriter } from './citation-markup';
import { MONTHS, parseEditionDate } from './format-date';
import { citedAuthors, hasCjk, initialsOf, joinNames, type CitedName } from './person-name';

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

/** Title and subtitle as one title: "Title: Subtitle", or with a full-width colon for a CJK title ("标题：副题"). */
export function fullTitle(article: Pick<ArticleRecord, 'title' | 'subtitle'>): string {
  const title = article.title.trim();
  const subtitle = article.subtitle?.trim();
  if (!subtitle) return title;
  if (/[:：]$/.test(title)) return `${title}${hasCjk(title) ? '' : ' '}${subtitle}`;
  return hasCjk(title) ? `${title}：${subtitle}` : `${title}: ${subtitle}`;
}

/**
 * A title inside double quotes (MLA, Chicago): quotation marks inside it become single
 * ones, as both styles require.
 */
export function quotedTitle(title: string): string {
  return title.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
}

/** A print page as cited: leading zeros of a numeric page dropped ("02" → "2"), letters kept ("A01"). */
export function citedPage(page: string | undefined): string {
  const trimmed = page?.trim() ?? '';
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
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

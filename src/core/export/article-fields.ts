/** Article metadata as the human-readable formats (Markdown, HTML) show it. */
import type { ArticleRecord, Person } from '../model';
import { formatIsoDay, parseEditionDate } from './format-date';

/** A label and a value, e.g. ["Newspaper", "荆州日报"]. */
export type ArticleField = [label: string, value: string];

function byline(people: Person[]): string {
  return people
    .filter((p) => p.name.trim())
    .map((p) => `${p.name.trim()} (${p.role})`)
    .join(', ');
}

/** The fields of an article that are known, in the order a reader expects them (URL excluded). */
export function articleFields(article: ArticleRecord): ArticleField[] {
  const fields: ArticleField[] = [];
  const add = (label: string, value: string | undefined): void => {
    if (value?.trim()) fields.push([label, value.trim()]);
  };
  add('Kicker', article.kicker);
  add('Subtitle', article.subtitle);
  add('Byline', byline(article.authors));
  add('Newspaper', article.publication);
  const day = parseEditionDate(article.date);
  add('Date', day ? formatIsoDay(day) : article.date);
  add('Page', article.page);
  add('Section', article.section);
  return fields;
}

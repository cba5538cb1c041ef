/** Article metadata as the human-readable formats (Markdown, HTML) show it. */
import type { ArticleRecord, Person } from '../model';
import { formatIsoDay, parseEditionDate } from './format-date';

/**
 * A label and a value, e.g. ["Newspaper", "荆州日报"]; the byline also carries its people, for a
 * format that marks each name apart from the role Jianbao writes after it (HTML isolates each).
 */
export type ArticleField = [label: string, value: string, people?: Person[]];

function named(people: Person[]): Person[] {
  return people.filter((p) => p.name.trim()).map((p) => ({ ...p, name: p.name.trim() }));
}

function byline(people: Person[]): string {
  return people.map((p) => `${p.name} (${p.role})`).join(', ');
}

/** The fields of an article that are known, in the order a reader expects them (URL excluded). */
export function articleFields(article: ArticleRecord): ArticleField[] {
  const fields: ArticleField[] = [];
  const add = (label: string, value: string | undefined, people?: Person[]): void => {
    if (value?.trim()) fields.push(people ? [label, value.trim(), people] : [label, value.trim()]);
  };
  add('Kicker', article.kicker);
  add('Subtitle', article.subtitle);
  const people = named(article.authors);
  add('Byline', byline(people), people);
  add('Newspaper', article.publication);
  const day = parseEditionDate(article.date);
  add('Date', day ? formatIsoDay(day) : article.date);
  add('Page', article.page);
  add('Section', article.section);
  return fields;
}

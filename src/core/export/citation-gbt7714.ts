/**
 * GB/T 7714 newspaper references ([N], 版次): the print form
 * `王子瑶, 闵涛, 陈江静. 题名[N]. 荆州日报, 2022-03-31(2).` and the online form
 * `…[N/OL]. 荆州日报, 2022-03-31(2)[2026-11-29]. URL.`
 *
 * Editions 2015 and 2025 share this skeleton for newspaper articles; their differences
 * live in EDITION_RULES so a correction is one line (see docs/architecture/export.md for
 * what was and was not verified about the 2025 edition).
 */
import type { ArticleRecord } from '../model';
import { citedPage } from './citation-parts';
import type { MarkupWriter } from './citation-markup';
import { formatIsoDay, localDay, parseEditionDate } from './format-date';
import { citedAuthors, hasCjk, initialsOf, type CitedName } from './person-name';

/** The GB/T 7714 editions we write. */
export type GbtEdition = '2015' | '2025';

interface EditionRules {
  /** Authors listed before "等" / "et al.". */
  maxAuthors: number;
}

const EDITION_RULES: Record<GbtEdition, EditionRules> = {
  '2015': { maxAuthors: 3 },
  '2025': { maxAuthors: 3 },
};

/** Latin names: family name in capitals, then initials without full stops ("DOE J Q"). */
function gbtName(name: CitedName): string {
  if (name.family === undefined || name.given === undefined) return name.literal;
  return `${name.family.toUpperCase()} ${initialsOf(name.given, false).split('').join(' ')}`.trim();
}

function gbtAuthors(article: ArticleRecord, rules: EditionRules): string {
  const names = citedAuthors(article);
  if (names.length === 0) return '';
  const shown = names.slice(0, rules.maxAuthors).map(gbtName);
  if (names.length > rules.maxAuthors) shown.push(hasCjk(names[0].literal) || hasCjk(article.title) ? '等' : 'et al');
  return shown.join(', ');
}


/**
 * One GB/T 7714 reference. `url` present selects the online form, which carries the access
 * date; the print form has none (the 2025 edition drops it for non-online items explicitly).
 */
export function formatGbt7714(
  article: ArticleRecord,
  edition: GbtEdition,
  accessedAt: Date,
  url: string | undefined,
  w: MarkupWriter,
): string {
  const rules = EDITION_RULES[edition];
  const authors = gbtAuthors(article, rules);
  const mark = url ? '[N/OL]' : '[N]';
  const day = parseEditionDate(article.date);
  const page = citedPage(article.page);
  const issue = `${day ? formatIsoDay(day) : ''}${page ? `(${page})` : ''}`;
  const accessed = url ? `[${formatIsoDay(localDay(accessedAt))}]` : '';
  const source = [article.publication?.trim() ? w.text(article.publication) : '', issue ? w.text(issue) : '']
    .filter(Boolean)
    .join(', ');
  let text = authors ? `${w.text(authors)}. ` : '';
  text += `${w.text(article.title)}${mark}`;
  // Without a newspaper or date the access date follows the type mark directly: "题名[N/OL][2026-11-29]."
  text += source ? `. ${source}${accessed}.` : `${accessed}.`;
  if (url) text += ` ${w.text(url)}.`;
  return text;
}

/**
 * Reference-manager formats, one record per article: CSL-JSON (article-newspaper),
 * BibLaTeX (@article with entrysubtype = newspaper) and RIS (TY  - NEWS). The access date
 * is the day the article was first stored, which is when the reader read it.
 */
import type { ArticleRecord, Highlight } from '../model';
import { bibtexUrl, escapeBibtex } from './escape-bibtex';
import { safeHttpUrl } from './escape-html';
import { groupHighlights, type ArticleGroup, type ExportBundle } from './export-bundle';
import { formatIsoDay, localDay, parseEditionDate, type CalendarDay } from './format-date';
import { citationKey, citedNames, cslItem, fullTitle } from '../citation/csl-item';
import { familyFirstName, hasCjk, type CslName } from '../citation/csl-name';

/** CSL-JSON: an array of article-newspaper items (Zotero, Pandoc, citeproc). */
export function buildCslJson(bundle: ExportBundle): string {
  return `${JSON.stringify(groupHighlights(bundle).map((g) => cslItem(g.article)), null, 2)}\n`;
}

function bibName(n: CslName): string {
  // Braces keep a CJK name or an organisation whole, so BibLaTeX never splits or abbreviates it.
  if (n.literal !== undefined || n.family === undefined) return `{${escapeBibtex(n.literal ?? n.family ?? '')}}`;
  // BibTeX's "von Last, Jr, First" form, so particles and suffixes land in their own parts.
  const last = [n['non-dropping-particle'], n.family].filter(Boolean).map((p) => escapeBibtex(p!)).join(' ');
  const first = [n.given, n['dropping-particle']].filter(Boolean).map((p) => escapeBibtex(p!)).join(' ');
  return [last, n.suffix ? escapeBibtex(n.suffix) : undefined, first].filter((p) => p !== undefined && p !== '').join(', ');
}

function bibEntry(group: ArticleGroup): string {
  const { article } = group;
  const fields: [string, string][] = [];
  const authors = citedNames(article);
  if (authors.length) fields.push(['author', authors.map(bibName).join(' and ')]);
  fields.push(['title', escapeBibtex(article.title)]);
  if (article.subtitle?.trim()) fields.push(['subtitle', escapeBibtex(article.subtitle)]);
  if (article.publication?.trim()) fields.push(['journaltitle', escapeBibtex(article.publication)]);
  fields.push(['entrysubtype', 'newspaper']);
  const day = parseEditionDate(article.date);
  if (day) fields.push(['date', formatIsoDay(day)]);
  if (article.page?.trim()) fields.push(['pages', escapeBibtex(article.page)]);
  if (article.section?.trim()) fields.push(['note', escapeBibtex(article.section)]);
  if (safeHttpUrl(article.url)) {
    fields.push(['url', bibtexUrl(article.url)]);
    fields.push(['urldate', formatIsoDay(localDay(new Date(article.createdAt)))]);
  }
  if (article.language?.trim()) fields.push(['langid', escapeBibtex(hasCjk(article.title) ? 'chinese' : article.language)]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@article{${citationKey(article)},\n${body}\n}`;
}

/** BibLaTeX: one @article per article, entrysubtype = newspaper. */
export function buildBiblatex(bundle: ExportBundle): string {
  return `${groupHighlights(bundle).map(bibEntry).join('\n\n')}\n`;
}

/** An RIS value on one line: a newline inside a value would start a bogus tag. */
const risValue = (text: string): string => text.replace(/[\s\u2028\u2029]+/g, ' ').trim();
const risDate = (d: CalendarDay): string => `${d.year}/${String(d.month).padStart(2, '0')}/${d.day === undefined ? '' : String(d.day).padStart(2, '0')}/`;

function risNote(h: Highlight): string {
  const tags = h.tags.length ? ` [${h.tags.join(', ')}]` : '';
  return risValue(`“${h.exact}”${h.note.trim() ? ` — ${h.note}` : ''}${tags}`);
}

function risRecord(group: ArticleGroup): string {
  const { article } = group;
  const lines: [string, string][] = [['TY', 'NEWS']];
  for (const n of citedNames(article)) {
    lines.push(['AU', familyFirstName(n)]);
  }
  lines.push(['TI', fullTitle(article)]);
  if (article.publication?.trim()) lines.push(['T2', article.publication]);
  const day = parseEditionDate(article.date);
  if (day) lines.push(['PY', String(day.year)], ['DA', risDate(day)]);
  if (article.page?.trim()) lines.push(['SP', article.page]);
  if (article.section?.trim()) lines.push(['SE', article.section]);
  if (safeHttpUrl(article.url)) {
    lines.push(['UR', article.url], ['Y2', risDate(localDay(new Date(article.createdAt)))]);
  }
  if (article.language?.trim()) lines.push(['LA', article.language]);
  for (const h of group.highlights) lines.push(['N1', risNote(h)]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`).join('\r\n');
}

/** RIS: TY  - NEWS records, highlights as N1 notes, CRLF line ends. */
export function buildRis(bundle: ExportBundle): string {
  return `${groupHighlights(bundle).map(risRecord).join('\r\n\r\n')}\r\n`;
}

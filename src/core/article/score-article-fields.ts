/**
 * Scores every picked field of a detection: its source, the checks of field-checks.ts against
 * the other candidates, and what the dom layer saw around it (byline position, headline match).
 */
import type { FieldConfidences, Person } from '../model';
import type { CandidateTable } from './field-candidates';
import { scoreField } from './field-confidence';
import { agreementChecks, dateConflicts, dateShapeChecks, nameChecks } from './field-checks';

/** Sources whose date is the article's own publication date when they give one. */
const STRONG_DATE_SOURCES = ['document-date', 'json-ld', 'og', 'citation', 'microdata', 'founder-comment', 'founder-element', 'epaper-url'];

/** What was picked, and what the layout said about it. */
export interface PickedFields {
  title?: { value: string; source: string };
  kicker?: { value: string; source: string };
  subtitle?: { value: string; source: string };
  authors?: { value: Person[]; source: string };
  date?: { value: string; source: string };
  publication?: { value: string; source: string };
  page?: { value: string; source: string };
  section?: { value: string; source: string };
  body?: { source: string; articleConfidence: number };
  /** Checks the dom layer made on the byline ("role-word", "near-headline", …). */
  authorChecks?: readonly string[];
  /** Checks of the authors against sources outside the candidate table ("agrees:byline-element", "conflicts:og"). */
  authorCrossChecks?: readonly string[];
  /** Checks on the text line the date was read from ("post-stamp", "signature-date", "issue-label"), when it is the picked date's. */
  dateChecks?: readonly string[];
  /** Checks the dom layer made on the title ("matches-headline", "cleaned"). */
  titleChecks?: readonly string[];
}

/** Confidence and evidence for every picked field. */
export function scoreArticleFields(table: CandidateTable, picked: PickedFields): FieldConfidences {
  const out: FieldConfidences = {};
  if (picked.title) {
    const agree = agreementChecks(picked.title, table.title ?? []);
    out.title = scoreField('title', picked.title.source, [...(picked.titleChecks ?? []), ...agree.slice(0, 2)]);
  }
  for (const field of ['kicker', 'subtitle', 'publication', 'page', 'section'] as const) {
    const p = picked[field];
    if (p) out[field] = scoreField(field, p.source, agreementChecks(p, table[field] ?? []).slice(0, 1));
  }
  if (picked.authors?.value.length) {
    const a = picked.authors;
    const agree = agreementChecks(a, table.authors ?? []).slice(0, 1);
    // A forum or blog post header names its poster by a handle (海边的风, bluesky88): a surname or a
    // given name is not expected, so only the positive name checks count there.
    const names = a.source === 'forum-header' ? nameChecks(a.value).filter((c) => c === 'surname' || c === 'full-name') : nameChecks(a.value);
    const checks = [...names, ...agree];
    // Position checks only describe text bylines.
    if (a.source.startsWith('text-')) checks.push(...(picked.authorChecks ?? []));
    checks.push(...(picked.authorCrossChecks ?? []));
    // A pen name after an explicit author label (作者：清风徐来) is vouched for by the label, and a handle
    // in a Chinese post's own stamp (发布时间 … by duscha) by the stamp: a lighter doubt than a bare word.
    const inStamp = checks.includes('post-stamp');
    const labelled = checks.includes('role-word') || inStamp ? checks.map((c) => (c === 'no-surname' || (inStamp && c === 'single-word') ? 'pen-name' : c)) : checks;
    out.authors = scoreField('authors', a.source, labelled);
  }
  if (picked.date) {
    const d = picked.date;
    const checks = [...dateShapeChecks(d.value), ...agreementChecks(d, table.date ?? []).slice(0, 1), ...dateConflicts(d, table.date ?? [], STRONG_DATE_SOURCES), ...(picked.dateChecks ?? [])];
    out.date = scoreField('date', d.source, checks);
  }
  if (picked.body) {
    const c = picked.body.articleConfidence;
    out.body = scoreField('body', picked.body.source, c >= 0.7 ? ['article-like'] : c < 0.5 ? ['not-article-like'] : []);
  }
  return out;
}

/**
 * Confidence per detected field, from its evidence. A field's evidence is the source it was
 * picked from ("json-ld", "text-byline", …) plus the checks it passed or failed
 * ("agrees:og", "surname", "role-word", "near-headline", "no-surname", …). The score is the
 * source's base plus the weight of every check, clamped to 0–1. Below FACT_THRESHOLD a field is
 * a suggestion: it is stored and shown for the reader to confirm, but exports and citations
 * leave it empty. A wrong name in a citation is worse than no name.
 */
import { CORRECTABLE_FIELDS, type ArticleRecord, type ConfidenceField, type CorrectableField, type FieldConfidence, type FieldConfidences } from '../model';

/** From this score up a field is used as a fact. */
export const FACT_THRESHOLD = 0.6;

/**
 * How far each source is trusted on its own, per field. Markup written by the newspaper's own
 * system (Founder e-paper comments and elements) and structured data come first; the page's
 * `<title>` and the page-wide searches for author-like elements come last. Unknown sources get
 * DEFAULT_BASE. Exactly the sources detectArticle produces (its PRIORITY lists, plus site-owner and
 * the body selectors): tests/dom/article/field-sources.test.ts keeps the two in step.
 */
export const SOURCE_BASE: Record<ConfidenceField, Record<string, number>> = {
  title: {
    'founder-comment': 0.95, 'founder-element': 0.95, 'headline-stack': 0.85, 'json-ld': 0.8, citation: 0.85, og: 0.75,
    'dublin-core': 0.7, headline: 0.7, 'html-title': 0.45,
  },
  kicker: { 'founder-comment': 0.95, 'founder-element': 0.95, 'headline-stack': 0.75, 'json-ld': 0.7 },
  subtitle: { 'founder-comment': 0.95, 'founder-element': 0.95, 'headline-stack': 0.75, 'json-ld': 0.7 },
  authors: {
    'founder-comment': 0.95, 'founder-element': 0.9, 'json-ld': 0.8, citation: 0.9, 'text-byline': 0.75, 'text-meta': 0.65,
    'text-credit': 0.6, og: 0.65, 'dublin-core': 0.65, meta: 0.6, 'byline-element': 0.55, 'site-owner': 0.5, 'forum-header': 0.7,
  },
  date: {
    'document-date': 0.95, 'json-ld': 0.85, og: 0.85, citation: 0.9, 'founder-comment': 0.95, 'founder-element': 0.9,
    'epaper-url': 0.9, 'page-label': 0.85, 'dublin-core': 0.75, meta: 0.7, 'text-byline': 0.8, 'text-meta': 0.7,
    'text-credit': 0.55, url: 0.7, microdata: 0.85, 'time-element': 0.8,
    // an update stamp, the only one the headline zone prints: a suggestion
    'time-updated': 0.55,
  },
  publication: {
    'json-ld': 0.8, og: 0.8, citation: 0.9, 'page-label': 0.9, 'dublin-core': 0.7, meta: 0.6, 'text-source': 0.65, 'html-title': 0.6, 'meta-author': 0.55,
  },
  page: { 'founder-comment': 0.95, 'json-ld': 0.8, citation: 0.85, 'page-label': 0.9, 'epaper-url': 0.9 },
  section: { 'founder-comment': 0.95, 'json-ld': 0.75, og: 0.7, 'page-label': 0.85, meta: 0.6 },
  body: { 'epaper-body': 0.95, 'scored-blocks': 0.7, 'scored-blocks-unpruned': 0.6 },
};
const DEFAULT_BASE = 0.5;

/**
 * Weight of each check. Prefixed checks ("agrees:og") are weighed by their prefix. Positive
 * checks confirm the value independently of its source; negative ones are the error classes
 * seen on real pages (a name without a known surname, a title equal to the site name, …).
 */
const CHECK_WEIGHT: Record<string, number> = {
  // another independent source gives the same value
  agrees: 0.1,
  // a strong source gives a different value
  conflicts: -0.15,
  // Chinese name after a common surname / compound surname
  surname: 0.1,
  // a bare Chinese "name" without a known surname
  'no-surname': -0.25,
  // a Chinese pen name or handle after an explicit author label (作者：清风徐来): the label vouches for it
  'pen-name': -0.1,
  // an explicit role or byline word next to the names (记者, 文/, By)
  'role-word': 0.1,
  // the only credit names photographers (图/X, a caption's （X 摄）): who took a picture, not who wrote the text
  'photo-credit': -0.2,
  // the byline sits between the headline and the first paragraphs
  'near-headline': 0.1,
  // the byline was found far from the headline (above it, or in the page tail)
  'far-from-headline': -0.1,
  // Latin name with a given name and a surname, each capitalised
  'full-name': 0.05,
  // one Latin word only ("admin", "Staff")
  'single-word': -0.2,
  // the on-page headline block repeats the metadata title
  'matches-headline': 0.15,
  // the <h1> printed above the body replaced a metadata title no block repeats (a social title, one cut at a quote)
  'printed-headline': 0.1,
  // the value was cleaned (site suffix cut, entities decoded)
  cleaned: -0.05,
  // the date is a whole calendar day with a time of day
  'has-time': 0.05,
  // only a year and a month (monthly edition)
  'month-only': -0.1,
  // the date line carries a posting word (发表于, 提交日期, posted): the post's own stamp
  'post-stamp': 0.1,
  // the body ends on a line that is only a date (an essay's 写于…, a notice's issuing day)
  'signature-date': 0.1,
  // a magazine's month issue cited under a reprint (《刊名》2001年4月号): the month is the edition
  'issue-label': 0.2,
  // the address also carries this date
  'url-agrees': 0.1,
  // a body this long reads as an article (set from the article confidence)
  'article-like': 0.1,
  'not-article-like': -0.3,
};

/** Scores a field from its source and checks. Evidence keeps the source first. */
export function scoreField(field: ConfidenceField, source: string, checks: readonly string[] = []): FieldConfidence {
  let score = SOURCE_BASE[field][source] ?? DEFAULT_BASE;
  for (const check of checks) score += CHECK_WEIGHT[check] ?? CHECK_WEIGHT[check.split(':')[0]] ?? 0;
  return { score: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100, evidence: [source, ...new Set(checks)] };
}

/**
 * True when a stored record's `field` may be used as a fact: its detection score is at least
 * FACT_THRESHOLD, or there is none (a record stored before scores were kept, a field the reader
 * set). Records already hold unsure fields back as suggestions (article-corrections), so this is
 * for code that looks at scores directly, e.g. to mark a shown value as unsure.
 */
export function isConfident(record: Pick<ArticleRecord, 'confidence'>, field: CorrectableField): boolean {
  const score = record.confidence?.[field];
  return score === undefined || score >= FACT_THRESHOLD;
}

/** The same test on a detection result (its per-field confidences with evidence). */
export function isConfidentDetection(article: { fieldConfidence: FieldConfidences }, field: ConfidenceField): boolean {
  const entry = article.fieldConfidence[field];
  return !entry || entry.score >= FACT_THRESHOLD;
}

/** The detected fields a store keeps as facts: every unsure field left empty except the headline, which a record always needs (as mergeDetection does). */
export function detectedFacts<T extends { fieldConfidence: FieldConfidences; authors: readonly unknown[] }>(article: T): T {
  const out: T = { ...article };
  for (const field of CORRECTABLE_FIELDS) {
    if (field === 'title' || isConfidentDetection(article, field)) continue;
    if (field === 'authors') out.authors = [];
    else delete (out as Record<string, unknown>)[field];
  }
  return out;
}

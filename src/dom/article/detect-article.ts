/**
 * Detects the newspaper article on a page: metadata (JSON-LD, OpenGraph, citation_*, Dublin
 * Core, Founder e-paper markup), the body (e-paper body markers, else block scoring), the
 * headline, bylines and datelines around the body, page labels and the URL, all combined
 * with a record of where each field came from. DOM only, no browser.* calls.
 */
import { addCandidate, pickCandidate, type ArticleField, type CandidateTable } from '../../core/article/field-candidates';
import { parseDate } from '../../core/article/parse-date';
import { decodeEntities, isBoilerplateTitle, prefersPrintedHeadline, withoutPoweredBy } from '../../core/article/title-rules';
import { comparable, cutDeclaredSite, siteNameFromTitle, siteNamesOf, siteScore, stripSiteFromTitle } from '../../core/article/clean-text';
import { parseEpaperUrl } from '../../core/article/parse-epaper-url';
import { ARTICLE_THRESHOLD, articleConfidence, isIndexLikeUrl } from '../../core/article/article-confidence';
import { normaliseLanguage, guessLanguage } from '../../core/article/normalise-language';
import { isBoilerplateLine } from '../../core/article/is-boilerplate-line';
import { isFollowOnHeading } from '../../core/article/follow-on-heading';
import type { FieldSources, Person } from '../../core/model';
import { scoreArticleFields, type PickedFields } from '../../core/article/score-article-fields';
import { collectBlocks, type TextBlock } from './collect-blocks';
import { selectBody } from './select-body';
import { readJsonLd } from './read-json-ld';
import { readMetaTags } from './read-meta-tags';
import { readFounderMetadata, readHeadlineStack } from './read-founder-markup';
import { locateHeadline, isTitleText } from './locate-headline';
import { findCredits, markedAuthors } from './find-credits';
import { findSiteOwner } from './find-site-owner';
import { scanPageLabels } from './scan-page-labels';
import type { DetectedArticle } from './detected-article';
import { collectHeadElements, emptyPageElements } from './page-elements';
import { headlineZoneTime } from './headline-zone-time';

/** Source priority per field: earlier wins. Founder markup is written by the newspaper's own system. */
export const PRIORITY: Record<ArticleField, readonly string[]> = {
  title: ['founder-comment', 'founder-element', 'headline-stack', 'json-ld', 'citation', 'og', 'dublin-core', 'headline', 'html-title'],
  kicker: ['founder-comment', 'founder-element', 'headline-stack', 'json-ld'],
  subtitle: ['founder-comment', 'founder-element', 'headline-stack', 'json-ld'],
  authors: ['founder-comment', 'founder-element', 'json-ld', 'citation', 'text-byline', 'forum-header', 'text-meta', 'text-credit', 'og', 'dublin-core', 'meta', 'byline-element'],
  date: ['document-date', 'json-ld', 'og', 'citation', 'microdata', 'founder-comment', 'founder-element', 'epaper-url', 'page-label', 'dublin-core', 'meta', 'time-element', 'text-byline', 'url', 'text-meta', 'text-credit', 'time-updated'],
  publication: ['json-ld', 'og', 'citation', 'page-label', 'dublin-core', 'meta', 'text-source', 'html-title', 'meta-author'],
  page: ['founder-comment', 'json-ld', 'citation', 'page-label', 'epaper-url'],
  section: ['founder-comment', 'json-ld', 'og', 'page-label', 'meta'],
  language: ['json-ld', 'html-lang', 'og', 'citation', 'dublin-core', 'text'],
  canonicalUrl: ['link-canonical', 'og', 'json-ld', 'citation', 'document'],
  type: ['json-ld', 'og'],
};

// Share of a block's characters in links above which it is navigation. 0.35 keeps prose with
// a few inline links and drops "· headline (date)" lines, whose link is about half the text.
const LINK_DOMINATED = 0.35;

/**
 * Metadata often names the authors without roles (Founder's <author>王大玲 刘天华</author>) while
 * the byline printed on the page says who reported and who corresponded: a plain 'author' takes
 * the role the page's own byline gives the same name.
 */
function withBylineRoles(authors: Person[], bylinePeople: Person[]): Person[] {
  // Only Chinese bylines state a role for every name (记者, 通讯员, 摄); an English "By" does not.
  const roles = new Map(bylinePeople.filter((p) => /\p{Script=Han}/u.test(p.name)).map((p) => [comparable(p.name), p.role]));
  return authors.map((p) => (p.role === 'author' && roles.has(comparable(p.name)) ? { ...p, role: roles.get(comparable(p.name))! } : p));
}

// Titles written for sharing or indexing rather than printed: the printed <h1> may replace them.
const SOCIAL_TITLE_SOURCES = ['og', 'json-ld', 'dublin-core'];

// Publication names that say what the site is called (not a story's source agency).
const SITE_NAME_SOURCES = ['og', 'json-ld', 'citation', 'dublin-core'];

// Author metas a page's template fills in for the article itself (not the site-wide "author" of every page).
const META_AUTHOR_SOURCES = ['og', 'dublin-core'];

/** True when the two lists name at least one person in common. */
function shareName(a: readonly Person[], b: readonly Person[]): boolean {
  const names = new Set(a.map((p) => comparable(p.name)));
  return b.some((p) => names.has(comparable(p.name)));
}

/** The date of a schema.org microdata datePublished element (its content or datetime attribute, else its text). */
function microdataDate(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
  return parseDate(value.slice(0, 100));
}

// How far above the body a lead may sit below the headline (kicker, byline and date lines between).
const LEAD_WINDOW = 6;

/**
 * Chinese prose blocks between the headline and the body's first block: a 摘要 or 导语 box, a
 * first paragraph the template prints apart. Sentences (punctuation, ≥ 20 Han characters), few
 * links, not a credit line, not in a boilerplate subtree. Only Chinese: English decks are kept
 * out by the English sets' own truths.
 */
function leadBlocks(blocks: TextBlock[], headIndex: number, firstBody: number, credits: Set<TextBlock>): TextBlock[] {
  if (headIndex < 0 || firstBody - headIndex <= 1 || firstBody - headIndex > LEAD_WINDOW + 1) return [];
  return blocks.slice(headIndex + 1, firstBody).filter(
    (b) =>
      !b.isUnlikely && !credits.has(b) && b.features.hanChars >= 20 && b.features.hanChars >= b.features.chars * 0.5 &&
      b.features.punctuation >= 1 && b.linkChars <= b.features.chars * 0.2,
  );
}

/** Detects the article on a parsed page; `url` is the page's address when known. */
export function detectArticle(doc: Document, url?: string): DetectedArticle {
  const table: CandidateTable = {};
  const root = doc.body ?? doc.documentElement;
  const pageElements = emptyPageElements();
  collectHeadElements(doc, pageElements);
  const { blocks, enpComments } = collectBlocks(root, pageElements);
  const hasJsonLdArticle = readJsonLd(pageElements.jsonLd, table);
  const isFounder = readFounderMetadata(pageElements, enpComments, table);
  readHeadlineStack(pageElements.h1s, table);
  readMetaTags(doc, pageElements, table);
  const epaper = parseEpaperUrl(url ?? doc.URL);
  addCandidate(table, 'date', epaper.date, epaper.isEpaperArticle ? 'epaper-url' : 'url');
  addCandidate(table, 'page', epaper.page, 'epaper-url');
  if (url) addCandidate(table, 'canonicalUrl', url, 'document');

  const sources: FieldSources = {};
  const selected = selectBody(blocks, root);
  const bodyBlocks = selected.blocks;
  sources.body = selected.source;
  const firstBody = bodyBlocks.length ? bodyBlocks[0].index : 0;
  const lastBody = bodyBlocks.length ? bodyBlocks[bodyBlocks.length - 1].index : -1;

  // The site's own names (declared, and the address's): a title part, or a whole title, that is
  // only the site's name is no headline.
  const site = siteNamesOf((table.publication ?? []).filter((c) => SITE_NAME_SOURCES.includes(c.source)).map((c) => c.value), url ?? doc.URL);
  // Entities a template left encoded are decoded; greetings, "powered by", navigation links, the
  // address and the site's name alone are never a headline.
  if (table.title) {
    table.title = table.title
      .map((c) => ({ ...c, value: withoutPoweredBy(decodeEntities(c.value)) }))
      .filter((c) => !isBoilerplateTitle(c.value) && siteScore(c.source === 'html-title' ? stripSiteFromTitle(c.value, site) : c.value, site) < 2);
  }
  // The forms a block repeating the headline may take: a <title> without its site part, a metadata
  // title with and without it.
  const metaTitles = (table.title ?? []).flatMap((c) => (c.source === 'html-title' ? [stripSiteFromTitle(c.value, site)] : [c.value, cutDeclaredSite(c.value, site)])).map(comparable);
  const headIndex = locateHeadline(blocks, firstBody, metaTitles);
  const located = headIndex >= 0 ? decodeEntities(blocks[headIndex].text) : undefined;
  const headlineText = located && !isBoilerplateTitle(located) && siteScore(located, site) < 2 ? located : undefined;
  addCandidate(table, 'title', headlineText, 'headline');
  const credits = findCredits(pageElements.marked, blocks, headIndex, firstBody, lastBody);
  addCandidate(table, 'date', microdataDate(pageElements.datePublished), 'microdata');
  const zoneDate = headlineZoneTime(pageElements.times, headIndex >= 0 ? blocks[headIndex].owner : undefined, blocks[Math.min(lastBody, firstBody + 2)]?.owner);
  addCandidate(table, 'date', zoneDate.date, 'time-element');
  // Only an update stamp is printed: the last resort, and a suggestion (it is not the publication day).
  addCandidate(table, 'date', zoneDate.updated, 'time-updated');
  addCandidate(table, 'authors', credits.people, credits.peopleSource ?? 'text-byline');
  addCandidate(table, 'date', credits.date, credits.dateSource ?? 'text-meta');
  addCandidate(table, 'date', credits.documentDate, 'document-date');
  addCandidate(table, 'publication', credits.source, 'text-source');
  const labels = scanPageLabels(blocks);
  addCandidate(table, 'page', labels.page, 'page-label');
  addCandidate(table, 'section', labels.section, 'page-label');
  addCandidate(table, 'publication', labels.publication, 'page-label');
  addCandidate(table, 'date', labels.date, 'page-label');

  const pick = <K extends ArticleField>(field: K) => {
    const c = pickCandidate(table, field, PRIORITY[field]);
    if (c) sources[field] = c.source;
    return c?.value;
  };
  const headlineTitle = headlineText;
  let title = pick('title');
  const titleChecks: string[] = [];
  // A bare <title> carries the site name; the on-page headline is cleaner when it matches.
  if (sources.title === 'html-title' && title) {
    const stripped = stripSiteFromTitle(title, site, headlineTitle);
    if (headlineTitle && isTitleText(headlineTitle, [comparable(stripped)])) title = headlineTitle;
    else if (stripped !== title) {
      title = stripped;
      titleChecks.push('cleaned');
    }
  } else if (title && sources.title !== 'headline') {
    // A metadata title with the site's name as one part ("Headline | The Courier"): the part the
    // page prints as its headline, else the part that is not the site.
    const parts = comparable(title) !== comparable(headlineTitle ?? '') ? stripSiteFromTitle(title, undefined, headlineTitle) : title;
    // The printed part must be most of the title: an <h1> that is only a topic label ("Brexit")
    // does not cut "Brexit - what happens next".
    const printed = !!headlineTitle && comparable(parts) === comparable(headlineTitle) && comparable(parts).length * 2 >= comparable(title).length;
    const cut = printed ? headlineTitle : cutDeclaredSite(title, site);
    if (cut !== title) {
      title = cut;
      titleChecks.push('cleaned');
    }
  }
  if (title && sources.title !== 'headline' && headlineTitle && isTitleText(headlineTitle, [comparable(title)])) titleChecks.push('matches-headline');
  // The <h1> printed above the body beats a metadata title that no block repeats, when it is a full
  // headline of its own (a social title) or the metadata one is cut short at a quote inside it.
  else if (
    title && headlineTitle && SOCIAL_TITLE_SOURCES.includes(sources.title ?? '') && blocks[headIndex].owner.localName === 'h1' &&
    blocks[headIndex].owner.getAttribute('itemprop') !== 'alternativeHeadline' &&
    !isBoilerplateTitle(headlineTitle) && !(table.publication ?? []).some((c) => comparable(c.value) === comparable(headlineTitle)) &&
    prefersPrintedHeadline(title, headlineTitle)
  ) {
    title = headlineTitle;
    sources.title = 'headline';
    titleChecks.push('printed-headline');
  }
  const kicker = pick('kicker');
  const subtitle = pick('subtitle');
  const headingTexts = [title, kicker, subtitle].filter((t): t is string => !!t).map(comparable);

  // A lead (摘要/导语, a standfirst) printed in its own box between the headline and the body
  // container is the article's first paragraph: a reader's highlight in it must lie in the body.
  const lead = selected.source === 'epaper-body' ? [] : leadBlocks(blocks, headIndex, firstBody, credits.nonBody);
  const kept = [...lead, ...bodyBlocks].filter(
    (b) =>
      b.index > headIndex &&
      // Comments and related stories under their heading ("网友评论", "相关阅读") end the text.
      (credits.followOn === undefined || b.index < credits.followOn) &&
      (!b.isUnlikely || selected.keepsUnlikely) &&
      !credits.nonBody.has(b) &&
      !labels.labelBlocks.has(b) &&
      b.linkChars <= b.features.chars * LINK_DOMINATED &&
      !isBoilerplateLine(b.text) &&
      // A lone "相关阅读" / "网友评论" heading is furniture wherever it sits.
      !(b.features.chars <= 24 && isFollowOnHeading(b.text)) &&
      !(b.features.chars <= 200 && isTitleText(b.text, headingTexts)),
  );
  const text = kept.map((b) => b.text).join('\n\n');
  const elements = [...new Set(kept.map((b) => b.owner))];

  const htmlTitle = (table.title ?? []).find((c) => c.source === 'html-title')?.value;
  if (htmlTitle && title) addCandidate(table, 'publication', siteNameFromTitle(htmlTitle, title), 'html-title');
  const publication = pick('publication');
  const notSite = (p: Person): boolean => comparable(p.name) !== comparable(publication ?? '\u0000');
  let authors = withBylineRoles(pick('authors') ?? [], credits.people ?? []).filter(notSite);
  const authorCrossChecks: string[] = [];
  // A text byline that shares no name with the page's author meta may be another story's credit
  // (related links under the headline) or a translator's: the page's marked byline element
  // decides between the two, else the disagreement lowers the byline's confidence.
  const metaAuthors = (table.authors ?? []).find((c) => META_AUTHOR_SOURCES.includes(c.source));
  if (sources.authors?.startsWith('text-') && metaAuthors && !shareName(authors, metaAuthors.value)) {
    const marked = markedAuthors(pageElements.marked, headIndex >= 0 ? blocks[headIndex].owner : undefined);
    if (shareName(marked, metaAuthors.value)) {
      authors = metaAuthors.value;
      sources.authors = metaAuthors.source;
      authorCrossChecks.push('agrees:byline-element');
    } else authorCrossChecks.push(`conflicts:${metaAuthors.source}`);
  }
  if (!authors.length) {
    // Looked for only now: a page that credits someone in its text or metadata never needs it.
    authors = findSiteOwner(doc, pageElements.h1s, url).filter(notSite);
    if (authors.length) sources.authors = 'site-owner';
    else delete sources.authors;
  }
  let date = pick('date');
  // An address or a label gives only the day; a date line of the same day may add the time.
  if (date && date.length === 10) date = (table.date ?? []).find((c) => c.value.length > 10 && c.value.startsWith(date!))?.value ?? date;
  const type = pick('type');
  delete sources.type;
  const language = normaliseLanguage(pick('language')) ?? guessLanguage(text);
  if (!sources.language && language) sources.language = 'text';

  const pageChars = blocks.reduce((n, b) => n + b.features.chars, 0);
  const pageLinkChars = blocks.reduce((n, b) => n + b.linkChars, 0);
  const bodyWeighted = kept.reduce((n, b) => n + b.features.hanChars * 3 + (b.features.chars - b.features.hanChars), 0);
  const confidence = articleConfidence({
    bodyWeightedLength: bodyWeighted,
    proseBlocks: kept.filter((b) => b.score > 0).length,
    linkBlocks: bodyBlocks.filter((b) => b.linkChars > b.features.chars * LINK_DOMINATED).length,
    pageLinkShare: pageChars ? pageLinkChars / pageChars : 1,
    declaredArticle: hasJsonLdArticle || isFounder || epaper.isEpaperArticle || /article/iu.test(type ?? ''),
    declaredOther: !!type && !/article|posting|report/iu.test(type),
    isIndexLikeUrl: isIndexLikeUrl(url ?? doc.URL),
    hasTitle: !!title,
    hasDate: !!date,
  });

  const page = pick('page');
  const section = pick('section');
  const canonicalUrl = pick('canonicalUrl');
  const withSource = <T,>(value: T | undefined, field: string): { value: T; source: string } | undefined =>
    value !== undefined && sources[field] ? { value, source: sources[field]! } : undefined;
  const picked: PickedFields = {
    title: withSource(title, 'title'),
    kicker: withSource(kicker, 'kicker'),
    subtitle: withSource(subtitle, 'subtitle'),
    authors: withSource(authors, 'authors'),
    date: withSource(date, 'date'),
    publication: withSource(publication, 'publication'),
    page: withSource(page, 'page'),
    section: withSource(section, 'section'),
    body: text ? { source: sources.body ?? 'scored-blocks', articleConfidence: confidence } : undefined,
    authorChecks: credits.peopleChecks,
    // The date line's own checks count only when that line gave the picked date.
    dateChecks: sources.date === (credits.dateSource ?? 'text-meta') && date?.slice(0, 10) === credits.date?.slice(0, 10) ? credits.dateChecks : [],
    authorCrossChecks,
    titleChecks,
  };

  return {
    isArticle: confidence >= ARTICLE_THRESHOLD,
    confidence,
    title,
    kicker,
    subtitle,
    authors,
    date,
    publication,
    page,
    section,
    language,
    canonicalUrl,
    sources,
    fieldConfidence: scoreArticleFields(table, picked),
    body: { elements, text },
    walk: { blocks, marks: pageElements.itemMarks },
  };
}

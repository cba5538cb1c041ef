/**
 * Decides whether a page is one article, from plain features the dom layer measures.
 * Home pages, section fronts and search results have plenty of text too, but it is split
 * into many short, link-led items; an article has one long run of prose.
 */

/** Measurements of the chosen body and the page around it. */
export interface ArticleEvidence {
  /** Weighted length of the body (a Han character counts about as a short word). */
  bodyWeightedLength: number;
  /** Body blocks that read as prose (punctuation, few links). */
  proseBlocks: number;
  /** Link-dominated blocks inside the body container (headline lists, "related" links). */
  linkBlocks: number;
  /** Share of the page's characters that sit in links. */
  pageLinkShare: number;
  /** Metadata declares an article (JSON-LD *Article, og:type article, Founder markup). */
  declaredArticle: boolean;
  /** Metadata declares something else (og:type website, JSON-LD WebSite/CollectionPage). */
  declaredOther: boolean;
  /** The URL path looks like a home page, section index or search. */
  isIndexLikeUrl: boolean;
  hasTitle: boolean;
  hasDate: boolean;
}

const clamp01 = (x: number): number => Math.max(0, Math.min(1, x));

/**
 * Confidence 0–1 that the page is one article. The body term saturates at a weighted length
 * of 600 (about 200 Han characters or 100 English words: a short news item, 本报讯 style).
 */
export function articleConfidence(e: ArticleEvidence): number {
  const lengthTerm = clamp01(e.bodyWeightedLength / 600);
  // A list page alternates link headlines and teaser paragraphs: many link blocks per prose block.
  const listPenalty = e.linkBlocks >= 4 ? clamp01(e.linkBlocks / Math.max(1, e.proseBlocks) - 0.3) : 0;
  let score = 0.1 + 0.55 * lengthTerm * (1 - listPenalty);
  if (e.declaredArticle) score += 0.2;
  if (e.declaredOther) score -= 0.2;
  if (e.isIndexLikeUrl) score -= 0.25;
  if (e.pageLinkShare > 0.6) score -= 0.15;
  if (e.hasTitle) score += 0.05;
  if (e.hasDate) score += 0.1;
  return Math.round(clamp01(score) * 100) / 100;
}

/** The threshold above which a page counts as an article. */
export const ARTICLE_THRESHOLD = 0.5;

/** True for URLs of home pages, section indexes and searches. */
export function isIndexLikeUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const path = parsed.pathname;
  if (path === '/' || /^\/(index|default|home)\.\w+$/iu.test(path)) return true;
  if (/[?&](q|query|keyword|wd|s|search)=/iu.test(parsed.search) || /\/search\b/iu.test(path)) return true;
  // A section front: one or two short segments ending in a slash ("/world/", "/news/china/").
  return /^\/(?:[a-z-]{2,20}\/){1,2}$/iu.test(path);
}

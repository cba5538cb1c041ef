/**
 * What every export format receives, and the one grouping of highlights under their
 * articles that all formats share.
 */
import type { Clipping, ClippingImage, ClippingText } from '../clippings/clipping';
import type { ArticleRecord, Highlight, Settings } from '../model';

/** The clipping book's three tables (a backup carries them; the book's exports read them). */
export interface ClippingSet {
  clippings: Clipping[];
  /** Bodies by clipping id (search tokens are derived: made again when stored, never carried). */
  texts: Pick<ClippingText, 'id' | 'bodyText'>[];
  images: ClippingImage[];
}

/**
 * The records to export. The caller decides the scope (one highlight, the current page, a
 * search or filter result, everything) by what it puts in here.
 */
export interface ExportBundle {
  articles: ArticleRecord[];
  highlights: Highlight[];
  settings?: Settings;
  /** The clipping book, when the export carries it (backups). */
  clippings?: ClippingSet;
  exportedAt: Date;
}

/** One file an export produces; single-file formats produce a list of one. */
export interface ExportFile {
  filename: string;
  content: string;
  mimeType: string;
}

/** An article (or a page known only by its URL) with its highlights in reading order. */
export interface ArticleGroup {
  article: ArticleRecord;
  /** False when the article was made up from a highlight's pageUrl and pageTitle. */
  isStored: boolean;
  highlights: Highlight[];
}

/** Where a highlight starts in its article, for reading order; Infinity when unknown. */
export function positionOf(highlight: Highlight): number {
  for (const selector of highlight.selectors) {
    if (selector.type === 'TextPositionSelector') return selector.start;
  }
  return Number.POSITIVE_INFINITY;
}

function byReadingOrder(a: Highlight, b: Highlight): number {
  const delta = positionOf(a) - positionOf(b);
  if (delta !== 0 && !Number.isNaN(delta)) return delta;
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A stand-in article made from a highlight's own page (cited like an untitled web page) when none is stored. */
export function pageArticle(highlight: Highlight): ArticleRecord {
  return {
    id: highlight.pageUrl,
    url: highlight.pageUrl,
    title: highlight.pageTitle,
    authors: [],
    bodyText: '',
    sentences: [],
    sources: {},
    createdAt: highlight.createdAt,
    updatedAt: highlight.updatedAt,
  };
}

/**
 * Groups highlights under their articles: by articleId when that article is in the bundle,
 * otherwise by pageUrl with the page title as headline. Stored articles come first in the
 * bundle's order, then pages in the order of their first highlight; highlights are sorted
 * by position in the article, then by creation time, so every export is deterministic.
 */
export function groupHighlights(bundle: Pick<ExportBundle, 'articles' | 'highlights'>): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const article of bundle.articles) {
    if (!groups.has(article.id)) groups.set(article.id, { article, isStored: true, highlights: [] });
  }
  const pages = new Map<string, ArticleGroup>();
  const chronological = [...bundle.highlights].sort((a, b) => a.createdAt - b.createdAt);
  for (const highlight of chronological) {
    const stored = highlight.articleId === undefined ? undefined : groups.get(highlight.articleId);
    if (stored) {
      stored.highlights.push(highlight);
      continue;
    }
    let page = pages.get(highlight.pageUrl);
    if (!page) {
      page = { article: pageArticle(highlight), isStored: false, highlights: [] };
      pages.set(highlight.pageUrl, page);
    }
    page.highlights.push(highlight);
  }
  const all = [...groups.values(), ...pages.values()];
  for (const group of all) group.highlights.sort(byReadingOrder);
  return all;
}

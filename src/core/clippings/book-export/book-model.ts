/**
 * The book every export writes, built once from the clipping records: the clippings chosen, in
 * contents order (paper → edition date → page → order clipped), each as blocks of painted
 * paragraphs and images with its numbered notes, and the contents tree with printable labels.
 * HTML, EPUB and Markdown only differ in how they write this.
 */
import { contentsByPaper, editionDay, isChineseText, pageLabel } from '../book-contents';
import { imagesByClipping, type Clipping, type ClippingImage } from '../clipping';
import { paintParagraphs } from '../paint-paragraphs';
import type { ExportBundle } from '../../export/export-bundle';
import { safeCssColor, safeHttpUrl } from '../../export/escape-html';
import type { Highlight } from '../../model';
import { bylineLanguage, formatByline } from '../../people/byline';
import { bookLabels, type BookLabels } from './book-labels';

/** Text under at most one highlight colour, with the note numbers that end there. */
export interface BookRun {
  text: string;
  /** The highlight shown (the newest over this text), if any. */
  highlightId?: string;
  /** Index of its colour in the book's palette; undefined = not highlighted or an unknown colour. */
  color?: number;
  /** Notes whose highlight ends with this run. */
  noteRefs: number[];
}

export type BookBlock = { kind: 'paragraph'; runs: BookRun[] } | { kind: 'image'; image: ClippingImage };

export interface BookNote {
  number: number;
  highlight: Highlight;
  color?: number;
  /** False when the quote is not in the stored text: the note then quotes it. */
  placed: boolean;
}

export interface BookArticle {
  clipping: Clipping;
  /** 1-based place in the book (file names, anchors). */
  n: number;
  /** Language of the article's text (BCP 47), when known. */
  lang?: string;
  /** Paper · date · page · section, as printed above the headline. */
  meta: string[];
  headline: string;
  byline: string;
  /** The reference in the reader's style ('' when the engine gave none). */
  citation: string;
  /** The original's address, only when it is http(s). */
  original?: string;
  blocks: BookBlock[];
  notes: BookNote[];
  hasText: boolean;
}

export interface BookContentsPage {
  label: string;
  articles: BookArticle[];
}
export interface BookContentsDate {
  label: string;
  pages: BookContentsPage[];
}
export interface BookContentsPaper {
  label: string;
  dates: BookContentsDate[];
}

export interface Book {
  labels: BookLabels;
  title: string;
  articles: BookArticle[];
  contents: BookContentsPaper[];
  /** Palette colours that are safe to print, by index (BookRun.color). */
  colors: (string | undefined)[];
  exportedAt: Date;
}

export interface BookOptions {
  /** The clippings to export (a selection); all when absent. */
  ids?: readonly string[];
  /** Language of the labels (the reader's interface language). */
  language?: string;
  /** Each clipping's reference in the reader's style, by id (bookCitations); none printed when absent. */
  citations?: ReadonlyMap<string, string>;
}

/** The reader's highlights on a clipping: linked to its article, or on its page and not linked to any. */
export function highlightsOfClipping(clipping: Pick<Clipping, 'id' | 'pageUrl'>, highlights: readonly Highlight[]): Highlight[] {
  return highlights.filter((h) => h.articleId === clipping.id || (!h.articleId && h.pageUrl === clipping.pageUrl)).sort((a, b) => a.createdAt - b.createdAt);
}

/** The language of a clipping's text: its own, else Chinese when the headline is. */
export function clippingLanguage(clipping: Pick<Clipping, 'language' | 'title'>): string | undefined {
  if (clipping.language) return clipping.language;
  return isChineseText(clipping.title) ? 'zh-CN' : undefined;
}

/**
 * The language a clipping's header line (edition date, page label) is written in: the
 * article's own, like its byline; without one, Chinese when the headline or the paper is, else
 * English. Not the paper's alone: an English article of a Chinese-named paper read "Nov 18,
 * 2021 · 第02版", an English date beside a Chinese page label.
 */
export function headerLanguage(clipping: Pick<Clipping, 'language' | 'title' | 'publication'>): string {
  return clippingLanguage(clipping) ?? (isChineseText(clipping.publication) ? 'zh-CN' : 'en');
}

/**
 * The byline in the article's own language, whatever the interface's (记者 王子瑶 通讯员 闵涛、
 * 陈江静 in an English interface too; "By Jane Doe" in a Chinese one), grouped by role
 * (formatByline). It is part of the article, as the paper printed it, like the headline beside it; an
 * English role word before a Chinese name ("Correspondent 石建芬") is neither the paper's text
 * nor the reader's language. Without a language, Chinese names make it Chinese.
 */
export function bylineOf(clipping: Pick<Clipping, 'language' | 'title' | 'authors'>): string {
  const lang = clippingLanguage(clipping) ?? (clipping.authors.some((p) => isChineseText(p.name)) ? 'zh-CN' : undefined);
  return formatByline(clipping.authors, bylineLanguage(lang));
}

function articleOf(clipping: Clipping, n: number, bodyText: string, images: ClippingImage[], highlights: Highlight[], colorIndex: Map<string, number>, citation: string): BookArticle {
  const chinese = bylineLanguage(headerLanguage(clipping)) === 'zh';
  const painted = paintParagraphs(bodyText, highlights);
  const inText = highlights.filter((h) => painted.spans.has(h.id)).sort((a, b) => painted.spans.get(a.id)!.start - painted.spans.get(b.id)!.start);
  const notFound = highlights.filter((h) => !painted.spans.has(h.id));
  // Numbered: placed highlights with a note, in reading order; then every unplaced one (its quote is the only trace).
  const notes: BookNote[] = [];
  for (const h of inText) if (h.note.trim() || h.tags.length) notes.push({ number: notes.length + 1, highlight: h, color: colorIndex.get(h.color), placed: true });
  for (const h of notFound) notes.push({ number: notes.length + 1, highlight: h, color: colorIndex.get(h.color), placed: false });
  const numberOf = new Map(notes.map((note) => [note.highlight.id, note.number]));
  const lastRun = new Map<string, number>();
  for (const p of painted.paragraphs) for (const run of p.runs) for (const id of run.highlightIds) lastRun.set(id, run.start);
  const byId = new Map(highlights.map((h) => [h.id, h]));

  const blocks: BookBlock[] = [];
  const imagesAt = (paragraph: number) =>
    images.filter((img) => Math.min(img.paragraph, painted.paragraphs.length) === paragraph).forEach((image) => blocks.push({ kind: 'image', image }));
  painted.paragraphs.forEach((p, index) => {
    imagesAt(index);
    blocks.push({
      kind: 'paragraph',
      runs: p.runs.map((run): BookRun => {
        const topId = run.highlightIds[run.highlightIds.length - 1];
        const top = topId ? byId.get(topId) : undefined;
        const noteRefs = run.highlightIds.filter((id) => lastRun.get(id) === run.start && numberOf.has(id)).map((id) => numberOf.get(id)!);
        return top ? { text: run.text, highlightId: top.id, color: colorIndex.get(top.color), noteRefs } : { text: run.text, noteRefs };
      }),
    });
  });
  imagesAt(painted.paragraphs.length);

  const day = editionDay(clipping.date);
  const meta = [clipping.publication?.trim(), day || clipping.date?.trim(), pageLabel(clipping.page?.trim() ?? '', chinese), clipping.section?.trim()].filter((x): x is string => !!x);
  return {
    clipping,
    n,
    lang: clippingLanguage(clipping),
    meta,
    headline: clipping.title.trim() || clipping.url,
    byline: bylineOf(clipping),
    citation,
    original: safeHttpUrl(clipping.url),
    blocks,
    notes,
    hasText: bodyText.trim() !== '',
  };
}

/** The book of the bundle's clippings (all, or `options.ids`), in contents order. */
export function buildBook(bundle: ExportBundle, options: BookOptions = {}): Book {
  const labels = bookLabels(options.language);
  const set = bundle.clippings ?? { clippings: [], texts: [], images: [] };
  const wanted = options.ids ? new Set(options.ids) : undefined;
  const chosen = wanted ? set.clippings.filter((c) => wanted.has(c.id)) : set.clippings;
  const texts = new Map(set.texts.map((t) => [t.id, t.bodyText]));
  const imagesOf = imagesByClipping(set.images);
  const palette = bundle.settings?.palette ?? [];
  const colorIndex = new Map(palette.map((c, i) => [c.key, i]));
  const colors = palette.map((c) => safeCssColor(c.value));

  const articles: BookArticle[] = [];
  const contents: BookContentsPaper[] = contentsByPaper(chosen).map((paper) => ({
    label: paper.paper || labels.noPaper,
    dates: paper.dates.map((date) => ({
      label: date.date || labels.noDate,
      pages: date.pages.map((page) => ({
        label: pageLabel(page.page, page.clippings.some((c) => isChineseText(c.publication ?? c.title))) || labels.noPage,
        articles: page.clippings.map((c) => {
          const images = (imagesOf.get(c.id) ?? []).sort((a, b) => a.index - b.index);
          const article = articleOf(c, articles.length + 1, texts.get(c.id) ?? '', images, highlightsOfClipping(c, bundle.highlights), colorIndex, options.citations?.get(c.id) ?? '');
          articles.push(article);
          return article;
        }),
      })),
    })),
  }));
  return { labels, title: labels.title, articles, contents, colors, exportedAt: bundle.exportedAt };
}

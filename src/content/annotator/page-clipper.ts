/**
 * Clipping from the page: the article as detected now, with the images that belong to it
 * (src/dom/clippings/article-images), sent to the background, which fetches the images and
 * stores the clipping. A highlight clips its article once per page view, and only when the
 * book does not have it yet, so a reader who never presses "Clip" still finds the article there.
 */
import type { ClipReport } from '../../messages';
import { articleImages, shownCandidates } from '../../dom/clippings/article-images';
import { call } from './messaging';
import type { DomPageItem } from '../../dom/article/split-page-items';
import { detectPage } from './page-article';

export class PageClipper {
  private clippedAfterHighlight = false;

  constructor(
    private readonly doc: Document,
    private readonly pageUrl: () => string,
  ) {}

  /** The reader asked to clip (button, menu, shortcut): with a selection, the item it is in. */
  clip(quote?: string): Promise<ClipReport> {
    return this.send(quote, false);
  }

  /** After a highlight was made: clip its article if the book lacks it. */
  clipAfterHighlight(quote: string): void {
    if (this.clippedAfterHighlight && !this.isTextPage()) return;
    this.clippedAfterHighlight = true;
    void this.send(quote, true).catch((error) => {
      this.clippedAfterHighlight = false;
      console.info('[jianbao:clip]', (error as Error).message);
    });
  }

  /** After a single-page-app navigation the page shows another article. */
  reset(): void {
    this.clippedAfterHighlight = false;
  }

  /** On a raw newspaper page each highlight may be in another item, so each one asks. */
  private isTextPage(): boolean {
    return this.doc.contentType === 'text/plain' || this.doc.querySelector('pre, .textLayer') !== null;
  }

  private send(quote: string | undefined, onlyIfNew: boolean): Promise<ClipReport> {
    const { article, bodyElements, items } = detectPage(this.doc, this.pageUrl());
    // On a page of several articles the clipping is one item: the one holding the selection,
    // else the one the reader is looking at; its images only.
    const item = items ? meantItem(items, quote, this.doc) : undefined;
    const elements = item !== undefined && items ? items[item].body.elements : bodyElements;
    // Only images the page has loaded and shows: the background fetches nothing else.
    const images = article.kind === 'html' ? shownCandidates(articleImages(elements), this.doc) : [];
    return call('cs-bg:clip-article', {
      article,
      images,
      ...(quote?.trim() ? { quote: quote.slice(0, 20_000) } : {}),
      ...(onlyIfNew ? { onlyIfNew } : {}),
      ...(item !== undefined ? { item } : {}),
    });
  }
}

const collapse = (text: string): string => text.replace(/\s+/gu, '');

/**
 * The item of a multi-article page the reader means: the one whose text holds the quote (or
 * the current selection), else the one crossing the middle of the viewport, else the first
 * below it.
 */
export function meantItem(items: DomPageItem[], quote: string | undefined, doc: Document): number | undefined {
  const needle = quote ? collapse(quote) : '';
  if (needle) {
    const hit = items.findIndex((item) => collapse(item.body.text).includes(needle));
    if (hit >= 0) return hit;
  }
  const selection = doc.getSelection?.();
  const anchor = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
  if (anchor) {
    const hit = items.findIndex((item) => item.roots.some((root) => root.contains(anchor)));
    if (hit >= 0) return hit;
  }
  const middle = (doc.defaultView?.innerHeight ?? 0) / 2;
  let below: number | undefined;
  for (let i = 0; i < items.length; i++) {
    const boxes = items[i].roots.map((r) => r.getBoundingClientRect());
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    if (top <= middle && bottom >= middle && bottom > top) return i;
    if (below === undefined && top > middle) below = i;
  }
  return below ?? (items.length ? 0 : undefined);
}

/**
 * Clipping from the page: the article as detected now, with the images that belong to it
 * (src/dom/clippings/article-images), sent to the background, which fetches the images and
 * stores the clipping. A highlight clips its article once per page view, and only when the
 * book does not have it yet, so a reader who never presses "Clip" still finds the article there.
 */
import type { ClipReport } from '../../messages';
import { articleImages } from '../../dom/clippings/article-images';
import { call } from './messaging';
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
    const { article, bodyElements } = detectPage(this.doc, this.pageUrl());
    const images = article.kind === 'html' ? articleImages(bodyElements) : [];
    return call('cs-bg:clip-article', {
      article,
      images,
      ...(quote?.trim() ? { quote: quote.slice(0, 20_000) } : {}),
      ...(onlyIfNew ? { onlyIfNew } : {}),
    });
  }
}

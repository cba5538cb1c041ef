/**
 * Which images of a page belong to the article: photos and figures inside the article's own
 * container, in reading order, with their captions and the paragraph they stand before. Not
 * ads, avatars, logos, share buttons, icons or tracking pixels, and nothing in the page's
 * navigation, header, footer or asides. The bytes are fetched later by the background.
 */
import type { ImageCandidate } from '../../core/clippings/clipping';
import { MAX_IMAGES_PER_CLIPPING } from '../../core/clippings/clipping';

/** Containers whose images are never the article's. */
const EXCLUDED_CONTAINERS = 'nav, header, footer, aside, form, button, [role="navigation"], [role="banner"], [role="complementary"], [role="contentinfo"], [aria-hidden="true"]';

/** Class, id or file-name words of things that are not article photos. */
const NOT_ARTICLE_WORDS =
  /(?:^|[\s_\-/.])(?:ad|ads|advert\w*|adv|sponsor\w*|promo\w*|banner\w*|avatar\w*|author\w*|profile|headshot|logo\w*|icon\w*|sprite\w*|share\w*|social|qr|qrcode|erweima|weixin|wechat|weibo|related|recommend\w*|comment\w*|emoji|badge|spacer|pixel|tracking|blank)(?:$|[\s_\-/.\d])/iu;

/** Smaller than this (CSS pixels) on either side, an image is an icon or a pixel. */
const MIN_SIDE = 100;
/** Wider than this ratio, it is a banner or a rule. */
const MAX_ASPECT = 5;

function looksLikeNonArticle(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return NOT_ARTICLE_WORDS.test(words);
}

/** The address the image shows (lazy loaders keep it in data-* until it scrolls in). */
function imageSource(img: HTMLImageElement): string | undefined {
  const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-original') ?? img.getAttribute('data-lazy-src');
  const raw = (img.currentSrc || (lazy ?? '') || img.getAttribute('src') || '').trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, img.ownerDocument.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    if (url.protocol === 'data:' && /^data:image\/(png|jpeg|gif|webp)[;,]/iu.test(raw)) return raw;
  } catch {
    // not an address
  }
  return undefined;
}

/** Size as laid out, else as declared, else as decoded (jsdom and unloaded images have no layout). */
function imageSize(img: HTMLImageElement): { width?: number; height?: number } {
  const attr = (name: string) => {
    const n = Number.parseInt(img.getAttribute(name) ?? '', 10);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const width = img.naturalWidth || attr('width') || img.width || undefined;
  const height = img.naturalHeight || attr('height') || img.height || undefined;
  return { ...(width ? { width } : {}), ...(height ? { height } : {}) };
}

function isArticleSized({ width, height }: { width?: number; height?: number }): boolean {
  // An image of unknown size is kept: a figure in the article body is a photo more often than not.
  if (width !== undefined && width < MIN_SIDE) return false;
  if (height !== undefined && height < MIN_SIDE * 0.6) return false;
  if (width && height && (width / height > MAX_ASPECT || height / width > MAX_ASPECT)) return false;
  return true;
}

/** The nearest container holding every body block (the article element when there is one). */
export function articleContainer(bodyElements: readonly Element[]): Element | null {
  if (bodyElements.length === 0) return null;
  let container: Element | null = bodyElements[0];
  for (const el of bodyElements.slice(1)) {
    while (container && !container.contains(el)) container = container.parentElement;
  }
  if (!container) return null;
  const article = container.closest('article, [itemtype*="Article"], [role="article"]');
  if (article) return article;
  // A body block's own wrapper: one step up takes in a figure next to the text, but not the page.
  const parent = container.parentElement;
  const body = container.ownerDocument.body;
  if (parent && parent !== body) {
    const inner = (container.textContent ?? '').length;
    const outer = (parent.textContent ?? '').length;
    if (outer <= inner * 1.3 + 200) return parent;
  }
  return container;
}

function captionOf(img: HTMLImageElement): string {
  const figure = img.closest('figure');
  const caption = figure?.querySelector('figcaption')?.textContent?.replace(/\s+/gu, ' ').trim();
  return (caption ?? '').slice(0, 2000);
}

/** Index of the first body block after the image (the image stands before that paragraph). */
function paragraphIndex(img: Element, bodyElements: readonly Element[]): number {
  for (let i = 0; i < bodyElements.length; i++) {
    const position = img.compareDocumentPosition(bodyElements[i]);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING && !(position & Node.DOCUMENT_POSITION_CONTAINED_BY)) return i;
    if (bodyElements[i].contains(img)) return i;
  }
  return bodyElements.length;
}

/** The article's images, in reading order, at most MAX_IMAGES_PER_CLIPPING. */
export function articleImages(bodyElements: readonly Element[]): ImageCandidate[] {
  const container = articleContainer(bodyElements);
  if (!container) return [];
  const out: ImageCandidate[] = [];
  const seen = new Set<string>();
  for (const img of container.querySelectorAll('img')) {
    if (out.length >= MAX_IMAGES_PER_CLIPPING) break;
    if (img.closest(EXCLUDED_CONTAINERS)) continue;
    // Any ancestor up to the container (and the image itself) named like an ad, avatar, logo…
    let excluded = looksLikeNonArticle(img);
    for (let el = img.parentElement; el && el !== container.parentElement && !excluded; el = el.parentElement) excluded = looksLikeNonArticle(el);
    if (excluded) continue;
    const src = imageSource(img);
    if (!src || src.length > 8_000 || seen.has(src) || NOT_ARTICLE_WORDS.test(src.startsWith('data:') ? '' : new URL(src).pathname)) continue;
    const size = imageSize(img);
    if (!isArticleSized(size)) continue;
    seen.add(src);
    out.push({
      src,
      alt: (img.getAttribute('alt') ?? '').trim().slice(0, 2000),
      caption: captionOf(img),
      paragraph: paragraphIndex(img, bodyElements),
      ...size,
    });
  }
  return out;
}

/**
 * Addresses of the images the document has loaded and shows: an `<img>` whose picture decoded
 * (complete, with a natural width), by the address it shows (`currentSrc`, after srcset and
 * lazy loaders). The background fetches only these, so an article cannot name an address the
 * browser never loaded for the page (a lazy image not scrolled into view yet is left out).
 */
export function shownImageAddresses(doc: Document): Set<string> {
  const shown = new Set<string>();
  for (const img of doc.images) {
    if (!img.complete || img.naturalWidth <= 0 || !img.currentSrc) continue;
    try {
      shown.add(new URL(img.currentSrc, doc.baseURI).href);
    } catch {
      // not an address
    }
  }
  return shown;
}

/** The candidates the page shows (inline data: images always: they need no request). */
export function shownCandidates(candidates: readonly ImageCandidate[], doc: Document): ImageCandidate[] {
  const shown = shownImageAddresses(doc);
  return candidates.filter((c) => c.src.startsWith('data:') || shown.has(c.src));
}

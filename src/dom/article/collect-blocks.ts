/**
 * Turns a document into text blocks in reading order, in one walk: each block is the inline
 * text of one block-level element (split at <br>), with its link text measured on the way.
 * Later steps never read textContent/innerText again, which keeps detection cheap on jsdom.
 */
import { isPinyinFurnitureName } from '../../core/article/pinyin-furniture';
import { measureText, scoreBlock, type TextFeatures } from '../../core/article/text-features';
import { emptyPageElements, noteMarkedByline, notePageElement, type PageElements } from './page-elements';

/** One run of inline text between block boundaries. */
export interface TextBlock {
  /** The nearest block-level element that holds the text. */
  owner: Element;
  /** Whitespace-collapsed text. */
  text: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  features: TextFeatures;
  /** Content score (see core/article/text-features); 0 inside unlikely subtrees. */
  score: number;
  /** Content score ignoring unlikely subtrees, for the retry when the first choice is too short. */
  rawScore: number;
  /** Position in reading order. */
  index: number;
  /** Inside an e-paper body marker (<founder-content> or <!--enpcontent--> … <!--/enpcontent-->). */
  inEpaperBody: boolean;
  /** Inside a subtree whose class/id names boilerplate (comments, sidebar, share bar…). */
  isUnlikely: boolean;
}

/** The blocks of a page plus the Founder metadata comments met on the way. */
export interface CollectedPage {
  blocks: TextBlock[];
  /** Text of <!--enpproperty …--> comments. */
  enpComments: string[];
  /** Metadata elements met in the body (JSON-LD scripts, metas, founder-*, h1). */
  elements: PageElements;
}

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select',
  'option', 'button', 'input', 'textarea', 'nav', 'aside', 'footer', 'head', 'title', 'meta', 'link',
  'audio', 'video', 'map', 'dialog', 'menu', 'figcaption',
]);

// Skipped subtrees that may still hold the page's byline element.
const MAY_HOLD_BYLINE = new Set(['footer', 'aside', 'nav', 'menu', 'dialog']);

/** Notes the byline-marked elements of a subtree the block walk does not enter. */
function noteMarkedIn(root: Element, elements: PageElements): void {
  // Depth-first in document order: push children last to first.
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop() as Element;
    if (el !== root) noteMarkedByline(el, elements);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      const tag = child.localName;
      if (tag !== 'script' && tag !== 'style' && tag !== 'svg') stack.push(child);
    }
  }
}

const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'caption',
  'founder-content', 'html',
]);

// Subtrees whose class or id name boilerplate (after Readability's "unlikely candidates"):
// their text still feeds credit and label scans, but never scores as body.
const UNLIKELY = /comment|disqus|replies|reply|footer|sidebar|sidebox|related|recommend|share|social|sponsor|advert|banner|breadcrumb|pagination|pager(?![a-z])|popup|menu(?![a-z])|navbar|rss(?![a-z])|shoutbox|skyscraper|ad-break|agegate|feedback|guestbook|tagcloud|toolbar|gallery|slideshow|carousel|lightbox|modal/iu;
const MAYBE_CANDIDATE = /article|body|column|content|main|post|entry|story|text/iu;
const UNCHECKED = new Set(['html', 'body', 'article', 'main', 'p', 'h1', 'h2', 'h3', 'tr', 'tbody', 'font', 'span', 'b', 'a', 'strong', 'em', 'i']);

/** True for elements named like boilerplate and not also like content. */
function isUnlikely(el: Element, tag: string): boolean {
  if (UNCHECKED.has(tag)) return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // Chinese sites name the same boxes in pinyin (pinglun, xgyd, tuijian): core/article/pinyin-furniture.
  return names.length > 2 && (UNLIKELY.test(names) || isPinyinFurnitureName(names)) && !MAYBE_CANDIDATE.test(names);
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/iu;
const WHITESPACE = /[\s\u00a0\u3000]+/gu;

/** True for elements a reader cannot see (hidden attribute, inline display:none, aria-hidden). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Collects the text blocks of a subtree (normally document.body) in reading order. */
export function collectBlocks(root: Element, elements: PageElements = emptyPageElements()): CollectedPage {
  const blocks: TextBlock[] = [];
  const enpComments: string[] = [];
  let epaperDepth = 0;
  let unlikelyDepth = 0;
  let inEnpContent = false;
  let parts: string[] = [];
  let linkChars = 0;

  const flush = (owner: Element): void => {
    if (!parts.length) return;
    const text = parts.join('').replace(WHITESPACE, ' ').trim();
    parts = [];
    const links = linkChars;
    linkChars = 0;
    if (!text) return;
    const features = measureText(text);
    const raw = scoreBlock(features, links);
    blocks.push({
      owner,
      text,
      linkChars: Math.min(links, features.chars),
      features,
      score: unlikelyDepth > 0 ? 0 : raw,
      rawScore: raw,
      index: blocks.length,
      inEpaperBody: inEnpContent || epaperDepth > 0,
      isUnlikely: unlikelyDepth > 0,
    });
  };

  const walk = (el: Element, owner: Element, inLink: boolean): void => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        parts.push(data);
        if (inLink) linkChars += data.replace(WHITESPACE, '').length;
        continue;
      }
      if (node.nodeType === 8) {
        const data = (node as Comment).data.trim();
        if (data.startsWith('enpproperty')) enpComments.push(data);
        else if (data === 'enpcontent' || data === '/enpcontent') {
          flush(owner);
          inEnpContent = data === 'enpcontent';
        }
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.localName;
      notePageElement(child, tag, elements);
      if (SKIPPED.has(tag) || isHidden(child)) {
        // An article's <footer> or <aside> author box, or a hidden itemprop=author, still names the byline.
        if (MAY_HOLD_BYLINE.has(tag) || !SKIPPED.has(tag)) noteMarkedIn(child, elements);
        continue;
      }
      if (tag === 'br') {
        flush(owner);
        continue;
      }
      if (BLOCKS.has(tag)) {
        flush(owner);
        const isFounder = tag === 'founder-content';
        const unlikely = isUnlikely(child, tag);
        if (isFounder) epaperDepth++;
        if (unlikely) unlikelyDepth++;
        walk(child, child, inLink);
        flush(child);
        if (isFounder) epaperDepth--;
        if (unlikely) unlikelyDepth--;
      } else {
        walk(child, owner, inLink || (tag === 'a' && child.hasAttribute('href')));
      }
    }
  };

  walk(root, root, false);
  flush(root);
  return { blocks, enpComments, elements };
}

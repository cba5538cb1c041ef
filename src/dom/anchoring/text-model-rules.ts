/**
 * Which elements the text model skips and which ones break lines. Without layout (jsdom) we
 * cannot ask for computed styles, so both describe and anchor use these static rules: the
 * same page always gives the same text in the extension and in tests.
 */

/** Elements whose content is never article text: code, templates, form widgets, our own UI. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'iframe', 'object', 'head', 'title', 'jianbao-ui',
]);

/** Elements that start a new line of text (CSS display block, list-item, table parts, br). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

/** True when the element and everything in it are left out of the text model. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

/** True when the element's start and end separate lines of text. `<jb-mark>` stays inline. */
export function isBlockElement(element: Element): boolean {
  return BLOCKS.has(element.localName);
}

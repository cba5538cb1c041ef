/**
 * W3C Web Annotation Data Model (JSON-LD): one AnnotationCollection. A highlight with a
 * note has motivation "commenting", else "highlighting"; the note is a TextualBody with
 * purpose commenting, each tag a TextualBody with purpose tagging; selectors are kept as
 * TextQuoteSelector, TextPositionSelector and (for the DOM hint) a W3C RangeSelector of
 * XPathSelectors, and a PDF's PageSelector; the colour is the target's styleClass. The
 * target's source is the page's http(s) address or a PDF's urn:x-pdf key, any other key a
 * Jianbao URN.
 */
import type { Highlight, Selector, Settings } from '../model';
import { safeCssColor, safeHttpUrl } from './escape-html';
import { stableHash } from './stable-hash';
import type { ExportBundle } from './export-bundle';
import { isoTimestamp } from './format-date';
import { joinPieces } from './pieces';

/** Namespace of the few properties the W3C model has no term for (page title, article id). */
export const JIANBAO_NS = 'https://jianbao.invalid/ns#';

/** The JSON-LD context every export carries. */
export const W3C_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { jianbao: JIANBAO_NS }] as const;

/**
 * A PDF's key (urn:x-pdf:<fingerprint>, as Hypothesis names PDFs) and its items' article ids: kept
 * as they are, so an imported annotation finds its PDF again whatever address it is opened from.
 */
const PDF_KEY = /^urn:x-pdf:[0-9a-f]{16,64}(?:#item-\d{1,6})?$/u;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The annotation IRI of a highlight id: urn:uuid for uuids, else a urn that keeps the id. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:jianbao:annotation:${encodeURIComponent(id)}`;
}

function w3cSelector(selector: Selector): Record<string, unknown> {
  switch (selector.type) {
    case 'TextQuoteSelector':
      return { type: selector.type, exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix };
    case 'TextPositionSelector':
      return { type: selector.type, start: selector.start, end: selector.end };
    case 'PageSelector':
      return { type: selector.type, index: selector.index, ...(selector.label ? { label: selector.label } : {}) };
    case 'RangeSelector': {
      const point = (xpath: string, offset: number) => ({
        type: 'XPathSelector',
        value: xpath,
        refinedBy: { type: 'TextPositionSelector', start: offset, end: offset },
      });
      return {
        type: 'RangeSelector',
        startSelector: point(selector.startContainer, selector.startOffset),
        endSelector: point(selector.endContainer, selector.endOffset),
      };
    }
  }
}

const CSS_CLASS = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Per colour key, the rule `.yellow { background-color: #ffe066; }` when key and value are
 * safe in CSS. Each annotation carries only its own colour's rule (the model puts the
 * stylesheet on the annotation; the whole palette on each would double a large export).
 */
function colourRules(settings: Settings | undefined): Map<string, string> {
  const rules = new Map<string, string>();
  for (const c of settings?.palette ?? []) {
    const value = safeCssColor(c.value);
    if (CSS_CLASS.test(c.key) && value) rules.set(c.key, `.${c.key} { background-color: ${value}; }`);
  }
  return rules;
}

/** One highlight as a W3C Annotation (without its own @context; the collection carries it). */
export function toW3cAnnotation(highlight: Highlight, stylesheet?: string): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (highlight.note.trim()) {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: highlight.note, format: 'text/plain' });
  }
  for (const tag of highlight.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const annotation: Record<string, unknown> = {
    id: annotationIri(highlight.id),
    type: 'Annotation',
    motivation: highlight.note.trim() ? 'commenting' : 'highlighting',
    created: isoTimestamp(highlight.createdAt),
    modified: isoTimestamp(highlight.updatedAt),
  };
  if (body.length) annotation.body = body;
  annotation.target = {
    // The page's address when it is http(s); any other key becomes a Jianbao URN, never a javascript: or file: address.
    source: safeHttpUrl(highlight.pageUrl) || PDF_KEY.test(highlight.pageUrl) ? highlight.pageUrl : `urn:jianbao:page:${stableHash(highlight.pageUrl)}`,
    styleClass: highlight.color,
    selector: highlight.selectors.map(w3cSelector),
  };
  if (stylesheet) annotation.stylesheet = { type: 'CssStylesheet', value: stylesheet };
  annotation['jianbao:pageTitle'] = highlight.pageTitle;
  // Article ids are page addresses (URL or URL#item-N): an address that is not http(s) becomes a URN.
  if (highlight.articleId !== undefined) {
    const address = /^[a-z][a-z0-9+.-]*:/i.test(highlight.articleId) && !safeHttpUrl(highlight.articleId) && !PDF_KEY.test(highlight.articleId);
    annotation['jianbao:articleId'] = address ? `urn:jianbao:article:${stableHash(highlight.articleId)}` : highlight.articleId;
  }
  return annotation;
}

/** The bundle's highlights as one AnnotationCollection, pretty-printed JSON-LD, an annotation at a time. */
export function* w3cPieces(bundle: ExportBundle): Generator<string> {
  const highlights = [...bundle.highlights].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const rules = colourRules(bundle.settings);
  const head = {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Jianbao highlights',
    generator: { type: 'Software', name: 'Jianbao' },
    generated: bundle.exportedAt.toISOString(),
    total: highlights.length,
  };
  const headLines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  yield `{\n${headLines.join('\n')}\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [\n`;
  // One annotation per line: readable and diffable at a third of the pretty-printed size.
  for (const [i, h] of highlights.entries()) yield `${i ? ',\n' : ''}      ${JSON.stringify(toW3cAnnotation(h, rules.get(h.color)))}`;
  yield '\n    ]\n  }\n}\n';
}

/** The AnnotationCollection as one string. */
export const buildW3c = (bundle: ExportBundle): string => joinPieces(w3cPieces(bundle));

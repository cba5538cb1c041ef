/**
 * Citations for the extension pages (popup, options, the book): every request goes to the
 * background's engine host (citeproc-js in a worker, behind an offscreen document on Chrome),
 * which keeps one compiled engine per style for all pages and for the highlight menu. Nothing
 * of the engine is in these pages' bundles.
 *
 * The host answers with the strings and, when the reader's own style could not be used, the
 * fallback (core/citation/style-fallback.ts): `renderCitationsReport` gives both, for a page
 * that tells the reader; `renderCitations` the strings alone (exports, which collect the
 * fallback through `collectingFallback`).
 *
 * `setCitationRenderer` swaps the transport (tests run the same engines in-process).
 */
import type { CitationRequest, RenderCitations } from '../src/core/citation/citation-request';
import { cslItem } from '../src/core/citation/csl-item';
import type { RenderCitationsReport, StyleFallback } from '../src/core/citation/style-fallback';
import type { ArticleRecord } from '../src/core/model';

// Loaded on first use, so importing this module does not touch the extension API.
const viaBackground: RenderCitationsReport = async (request) => (await import('./background-call')).callBackground('ui-bg:render-citations', request);

let renderer: RenderCitationsReport = viaBackground;

/** Renders a request with the engine, saying whether the reader's style was used. */
export const renderCitationsReport: RenderCitationsReport = (request) => renderer(request);

/** Renders a request with the engine (the strings only). */
export const renderCitations = async (request: CitationRequest): Promise<string[]> => (await renderer(request)).values;

/** A renderer for one export run that keeps the first fallback it meets, and reads it back. */
export function collectingFallback(): { render: RenderCitations; fallback: () => StyleFallback | undefined } {
  let seen: StyleFallback | undefined;
  return {
    render: async (request) => {
      const { values, fallback } = await renderer(request);
      seen ??= fallback;
      return values;
    },
    fallback: () => seen,
  };
}

/** Uses another transport (tests: the engines in-process). */
export function setCitationRenderer(render: RenderCitationsReport): void {
  renderer = render;
}

/** The reference of one article in a style, as plain text or HTML, and the fallback if the style was not usable. */
export async function referenceOf(
  article: ArticleRecord,
  style: string,
  accessedAt: Date,
  format: 'text' | 'html' = 'text',
): Promise<{ text: string; fallback?: StyleFallback }> {
  const { values, fallback } = await renderer({ style, format, kind: 'references', items: [cslItem(article, accessedAt)] });
  return { text: values[0] ?? '', ...(fallback && { fallback }) };
}

/**
 * Citations for the extension pages (popup, options, the book): every request goes to the
 * background's engine host (citeproc-js in a worker, behind an offscreen document on Chrome),
 * which keeps one compiled engine per style for all pages and for the highlight menu. Nothing
 * of the engine is in these pages' bundles.
 *
 * `setCitationRenderer` swaps the transport (tests run the same engines in-process).
 */
import type { CitationRequest, RenderCitations } from '../src/core/citation/citation-request';
import { cslItem } from '../src/core/citation/csl-item';
import type { ArticleRecord } from '../src/core/model';

// Loaded on first use, so importing this module does not touch the extension API.
const viaBackground: RenderCitations = async (request) => (await import('./background-call')).callBackground('ui-bg:render-citations', request);

let renderer: RenderCitations = viaBackground;

/** Renders a request with the engine. */
export const renderCitations = (request: CitationRequest): Promise<string[]> => renderer(request);

/** Uses another transport (tests: the engines in-process). */
export function setCitationRenderer(render: RenderCitations): void {
  renderer = render;
}

/** The reference of one article in a style, as plain text or HTML. */
export async function referenceOf(article: ArticleRecord, style: string, accessedAt: Date, format: 'text' | 'html' = 'text'): Promise<string> {
  const [text] = await renderCitations({ style, format, kind: 'references', items: [cslItem(article, accessedAt)] });
  return text ?? '';
}

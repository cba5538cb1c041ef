/**
 * A reader's own CSL style can pass every check when it is added and still be one the engine
 * cannot use: citeproc-js may refuse to build it (an unknown element, a missing macro), or build
 * it and print only its "no printed form" markers. Such a style must not stop citations: the
 * request is made again in the default style, and the reply says so, with the engine's words,
 * for the page to tell the reader. A bundled style's failure is a fault and is thrown.
 */
import type { CitationRequest } from './citation-request';
import type { EngineRequest } from './engine-cache';
import { DEFAULT_STYLE_ID, resolveStyle, type CustomStyle } from './style-choice';

/** Which own style was not used, and what the engine said about it. */
export interface StyleFallback {
  /** The style id the request named ("custom:…"). */
  style: string;
  /** Its title, as the reader knows it. */
  title: string;
  /** The engine's message, or the marker it printed instead of a citation. */
  engineMessage: string;
  /** The style the citations were made in instead. */
  usedStyle: string;
}

/** What a citation host answers: the rendered strings, and the fallback if there was one. */
export interface RenderedCitations {
  values: string[];
  fallback?: StyleFallback;
}

/** A host that reports fallbacks (the background; tests that stand in for it). */
export type RenderCitationsReport = (request: CitationRequest) => Promise<RenderedCitations>;

/**
 * The sentence that tells the reader their style was not used, why, and what was used instead,
 * in the UI language of `t` (_locales citationStyleFellBack; the used style by its option name).
 */
export function fallbackSentence(fallback: StyleFallback, t: (key: string, ...subs: string[]) => string): string {
  return t('citationStyleFellBack', fallback.title, t(`citationStyle_${fallback.usedStyle.replace(/-/g, '_')}`), fallback.engineMessage);
}

/** What citeproc-js prints in place of an entry its style cannot form. */
const ENGINE_MARKER = /\[CSL STYLE ERROR[^\]]*\]|\[NO_PRINTED_FORM\]/;

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 300);
}

/** Renders a request with `engines`; a reader's own style the engine cannot use falls back to the default style. */
export async function renderWithFallback(
  request: CitationRequest,
  custom: readonly CustomStyle[],
  engines: (request: EngineRequest) => Promise<string[]>,
): Promise<RenderedCitations> {
  const run = (id: string) => {
    const { style, locale } = resolveStyle(id, custom);
    return engines({ style, locale: request.locale ?? locale, format: request.format, kind: request.kind, items: request.items });
  };
  const own = custom.find((s) => s.id === request.style);
  if (!own) return { values: await run(request.style) };
  let engineMessage: string;
  try {
    const values = await run(own.id);
    const marked = values.find((v) => ENGINE_MARKER.test(v));
    if (marked === undefined) return { values };
    engineMessage = ENGINE_MARKER.exec(marked)![0];
  } catch (error) {
    engineMessage = messageOf(error);
  }
  return { values: await run(DEFAULT_STYLE_ID), fallback: { style: own.id, title: own.title, engineMessage, usedStyle: DEFAULT_STYLE_ID } };
}

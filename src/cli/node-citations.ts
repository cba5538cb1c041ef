/**
 * The citation engines in Node (command line, tests): the same CitationEngines the extension's
 * engine worker runs, reading the shipped csl/ files from disk instead of fetching them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeFile } from '../core/citation/bundled-styles';
import type { RenderCitations } from '../core/citation/citation-request';
import { CitationEngines } from '../core/citation/engine-cache';
import { resolveStyle, type CustomStyle } from '../core/citation/style-choice';
import { renderWithFallback, type RenderCitationsReport } from '../core/citation/style-fallback';

const CSL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../csl');

/** Engines over the shipped files. */
export function nodeEngines(): CitationEngines {
  return new CitationEngines({
    styleFile: async (file) => readFileSync(path.join(CSL_DIR, 'styles', file), 'utf8'),
    localeFile: async (locale) => readFileSync(path.join(CSL_DIR, 'locales', localeFile(locale)), 'utf8'),
  });
}

/** Renders requests as the background does, with `custom` as the reader's own styles. */
export function nodeRenderCitations(custom: readonly CustomStyle[] = [], engines = nodeEngines()): RenderCitations {
  return (request) => {
    const { style, locale } = resolveStyle(request.style, custom);
    return engines.render({ style, locale: request.locale ?? locale, format: request.format, kind: request.kind, items: request.items });
  };
}

/**
 * Renders requests as the background's host does, own styles the engine cannot use falling back
 * to the default style (tests that stand in for the host). The command line keeps the strict
 * nodeRenderCitations: a style file it was given that does not work is an error there.
 */
export function nodeRenderReport(custom: readonly CustomStyle[] = [], engines = nodeEngines()): RenderCitationsReport {
  return (request) => renderWithFallback(request, custom, (r) => engines.render(r));
}

/** Reads the shipped CSL styles and locales from csl/ for the command line and tests (the extension fetches them). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITATION_LOCALES, localeFile, type BundledStyle, type CitationLocale } from '../core/citation/bundled-styles';

const CSL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../csl');

/** The text of a bundled style file. */
export function readBundledStyle(style: BundledStyle): string {
  return readFileSync(path.join(CSL_DIR, 'styles', style.file), 'utf8');
}

/** Every shipped locale file's text, by locale. */
export function readLocales(): Record<CitationLocale, string> {
  return Object.fromEntries(
    CITATION_LOCALES.map((l) => [l, readFileSync(path.join(CSL_DIR, 'locales', localeFile(l)), 'utf8')]),
  ) as Record<CitationLocale, string>;
}

/**
 * The CSL styles shipped with Jianbao (csl/styles/, official files, unchanged, CC BY-SA 3.0)
 * and the locales (csl/locales/). Ids are what Settings.citationStyle stores; the first five
 * keep the ids of the earlier hand-written formatters, so stored settings stay valid.
 */

/** One bundled style: its id, the file under csl/styles/, a label and the locale it is written in. */
export interface BundledStyle {
  id: string;
  file: string;
  label: string;
  defaultLocale: CitationLocale;
}

/** The locales shipped in csl/locales/. */
export const CITATION_LOCALES = ['zh-CN', 'en-US'] as const;

/** A shipped locale. */
export type CitationLocale = (typeof CITATION_LOCALES)[number];

export const BUNDLED_STYLES: readonly BundledStyle[] = [
  { id: 'gbt7714-2015', file: 'china-national-standard-gb-t-7714-2015-numeric.csl', label: 'GB/T 7714-2015 (numeric)', defaultLocale: 'zh-CN' },
  { id: 'gbt7714-2015-author-date', file: 'china-national-standard-gb-t-7714-2015-author-date.csl', label: 'GB/T 7714-2015 (author-date)', defaultLocale: 'zh-CN' },
  { id: 'gbt7714-2025', file: 'china-national-standard-gb-t-7714-2025-numeric.csl', label: 'GB/T 7714-2025 (numeric)', defaultLocale: 'zh-CN' },
  { id: 'apa', file: 'apa.csl', label: 'APA 7th edition', defaultLocale: 'en-US' },
  { id: 'mla', file: 'modern-language-association.csl', label: 'MLA 9th edition', defaultLocale: 'en-US' },
  { id: 'chicago', file: 'chicago-notes-bibliography.csl', label: 'Chicago 18th edition (notes and bibliography)', defaultLocale: 'en-US' },
  { id: 'chicago-author-date', file: 'chicago-author-date.csl', label: 'Chicago 18th edition (author-date)', defaultLocale: 'en-US' },
];

/** The bundled style with this id, if any. */
export function bundledStyle(id: string): BundledStyle | undefined {
  return BUNDLED_STYLES.find((s) => s.id === id);
}

/** Whether a string is a shipped locale. */
export function isCitationLocale(value: string): value is CitationLocale {
  return (CITATION_LOCALES as readonly string[]).includes(value);
}

/** The file under csl/locales/ for a locale. */
export const localeFile = (locale: CitationLocale): string => `locales-${locale}.xml`;

/**
 * Which style a citation is made in: Settings.citationStyle holds a bundled style's id or
 * "custom:<hash>" for a CSL file the reader added (stored in browser.storage.local under
 * CUSTOM_STYLES_KEY). An id that names nothing (a custom style since removed, an old value)
 * falls back to GB/T 7714-2015, so a citation is always made.
 */
import { bundledStyle, type CitationLocale } from './bundled-styles';
import type { LoadableStyle } from './engine-cache';
import { stableHash } from '../export/stable-hash';

/** The style a fresh install cites in. */
export const DEFAULT_STYLE_ID = 'gbt7714-2015';

/** Where the reader's own styles are kept (browser.storage.local). */
export const CUSTOM_STYLES_KEY = 'citationStyles';

/** How many own styles a reader can keep (each up to 1 MB, storage.local holds 10 MB by default). */
export const MAX_CUSTOM_STYLES = 8;

/** A CSL file the reader added, as stored. */
export interface CustomStyle {
  id: string;
  title: string;
  xml: string;
}

/** The stored record of a checked CSL file: its id is a hash of its text, so adding it twice keeps one. */
export function customStyle(title: string, xml: string): CustomStyle {
  return { id: `custom:${stableHash(xml)}`, title: title.slice(0, 200), xml };
}

/** The reader's own styles from storage, keeping only well-formed records. */
export function storedCustomStyles(stored: unknown): CustomStyle[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((s): s is CustomStyle => typeof s === 'object' && s !== null && typeof s.id === 'string' && s.id.startsWith('custom:') && typeof s.title === 'string' && typeof s.xml === 'string')
    .slice(0, MAX_CUSTOM_STYLES);
}

/** The style to load for an id, and the locale to write it in (a bundled style's own; a reader's style decides itself). */
export function resolveStyle(id: string, custom: readonly CustomStyle[]): { style: LoadableStyle; locale?: CitationLocale } {
  const own = id.startsWith('custom:') ? custom.find((s) => s.id === id) : undefined;
  if (own) return { style: { key: own.id, xml: own.xml } };
  const bundled = bundledStyle(id) ?? bundledStyle(DEFAULT_STYLE_ID)!;
  return { style: { key: bundled.id, file: bundled.file }, locale: bundled.defaultLocale };
}

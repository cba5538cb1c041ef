/**
 * The settings a fresh install starts with. Five named colours, chosen to stay readable under
 * black text on white pages and under light text on dark pages (the painter blends them at
 * reduced opacity on dark pages).
 */
import type { PaletteColor, Settings } from '../model';
import { CLIPPING_LIMIT_BOUNDS, DEFAULT_CLIPPING_SETTINGS, type ClippingSettings } from '../clippings/clipping';
import { isSafePaletteColor } from './color-rules';

export const DEFAULT_PALETTE: PaletteColor[] = [
  { key: 'yellow', name: 'Yellow', value: '#ffe066' },
  { key: 'green', name: 'Green', value: '#a9e5a1' },
  { key: 'blue', name: 'Blue', value: '#a5d8ff' },
  { key: 'pink', name: 'Pink', value: '#ffc2e2' },
  { key: 'orange', name: 'Orange', value: '#ffc078' },
];

/** The options page allows up to this many colours (one CSS highlight each). */
export const MAX_PALETTE_COLORS = 8;

export const DEFAULT_SETTINGS: Settings = {
  palette: DEFAULT_PALETTE,
  defaultColor: 'yellow',
  exportFormat: 'markdown',
  citationStyle: 'gbt7714-2015',
  snapToWords: true,
  hideHighlightsFromPage: false,
  excludedSites: [],
  clipping: DEFAULT_CLIPPING_SETTINGS,
};

function clampLimit(value: unknown, bounds: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(bounds.max, Math.max(bounds.min, Math.round(value))) : fallback;
}

/** The clipping settings with every limit inside its bounds (an old or tampered store may hold anything). */
export function cleanClippingSettings(stored: unknown): ClippingSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<ClippingSettings>;
  const d = DEFAULT_CLIPPING_SETTINGS;
  return {
    images: typeof s.images === 'boolean' ? s.images : d.images,
    maxClippingBytes: clampLimit(s.maxClippingBytes, CLIPPING_LIMIT_BOUNDS.maxClippingBytes, d.maxClippingBytes),
    maxTotalBytes: clampLimit(s.maxTotalBytes, CLIPPING_LIMIT_BOUNDS.maxTotalBytes, d.maxTotalBytes),
  };
}

/** Fills what a stored (possibly older or partial) settings object lacks with defaults. */
export function withDefaults(stored: Partial<Settings> | undefined | null): Settings {
  const merged: Settings = { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
  // Palette keys and values go into CSS on every highlighted page: an entry outside the colour
  // rules (from an old or tampered store) is dropped, never painted.
  const safe = Array.isArray(merged.palette) ? merged.palette.filter((c) => typeof c === 'object' && c !== null && isSafePaletteColor(c)) : [];
  merged.palette = (safe.length ? safe : DEFAULT_PALETTE).slice(0, MAX_PALETTE_COLORS);
  if (!merged.palette.some((c) => c.key === merged.defaultColor)) merged.defaultColor = merged.palette[0].key;
  merged.clipping = cleanClippingSettings(merged.clipping);
  return merged;
}

/** Whether a page's host matches one of the reader's "stay off" patterns (`example.com`, `*.example.com`). */
export function isExcludedSite(pageUrl: string, patterns: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return patterns.some((raw) => {
    const pattern = raw.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (!pattern) return false;
    if (pattern.startsWith('*.')) {
      const base = pattern.slice(2);
      return host === base || host.endsWith(`.${base}`);
    }
    return host === pattern || host.endsWith(`.${pattern}`);
  });
}

/** How palette colours are shown: default names translated, a name the reader chose kept as is. */
import type { PaletteColor } from '../src/core/model';
import { DEFAULT_PALETTE } from '../src/core/settings/default-settings';
import { t } from './i18n';

/** The colour's name for display; the untouched default names come from _locales (colorYellow…). */
export function colorName(color: PaletteColor): string {
  const original = DEFAULT_PALETTE.find((c) => c.key === color.key);
  if (original && original.name === color.name) {
    const key = `color${color.key[0].toUpperCase()}${color.key.slice(1)}`;
    const translated = t(key);
    if (translated !== key) return translated;
  }
  return color.name;
}

/** The CSS colour of a palette key; a key no longer in the palette falls back to the default palette, then yellow. */
export function swatchOf(palette: readonly PaletteColor[], key: string): string {
  return palette.find((c) => c.key === key)?.value ?? DEFAULT_PALETTE.find((c) => c.key === key)?.value ?? '#ffe066';
}

/** The display name of a palette key (the key itself when the colour was removed from the palette). */
export function nameOfKey(palette: readonly PaletteColor[], key: string): string {
  const color = palette.find((c) => c.key === key) ?? DEFAULT_PALETTE.find((c) => c.key === key);
  return color ? colorName(color) : key;
}

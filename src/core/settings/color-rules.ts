/**
 * The one rule for a palette colour's key and the one rule for its value. Both end up inside
 * CSS the painter writes into every highlighted page (`::highlight(jianbao-<key>)`,
 * `[data-jb-color="<key>"]`, `background-color:<value>`) and in swatch styles, and both can
 * come from an imported file, so anything outside these shapes is refused: a key or value that
 * passes cannot close a selector, open a rule or fetch a `url(...)`.
 */
import * as v from 'valibot';
import type { PaletteColor } from '../model';

/** Lowercase letters, digits and hyphens: the default keys ("yellow") and the options page's new ones ("custom-3"). */
export const COLOR_KEY_PATTERN = /^[a-z0-9-]{1,32}$/;

/** "#rrggbb", what the options page's `<input type="color">` writes and the default palette uses. */
export const COLOR_VALUE_PATTERN = /^#[0-9a-f]{6}$/i;

export function isColorKey(key: unknown): key is string {
  return typeof key === 'string' && COLOR_KEY_PATTERN.test(key);
}

export function isColorValue(value: unknown): value is string {
  return typeof value === 'string' && COLOR_VALUE_PATTERN.test(value);
}

/** Whether a palette entry's key and value are both safe to put into CSS. */
export function isSafePaletteColor(color: Pick<PaletteColor, 'key' | 'value'>): boolean {
  return isColorKey(color.key) && isColorValue(color.value);
}

export const ColorKeySchema = v.pipe(
  v.string(),
  v.regex(COLOR_KEY_PATTERN, 'a colour key is 1 to 32 lowercase letters, digits or hyphens'),
);

export const ColorValueSchema = v.pipe(v.string(), v.regex(COLOR_VALUE_PATTERN, 'a colour value is "#" and six hex digits'));

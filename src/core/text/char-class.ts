/**
 * Character classes used by normalisation, segmentation and tokenising. Written as code-point
 * range checks instead of regexes because normalisation calls them once per character of a
 * whole e-paper page (see bench/segment.bench.ts).
 */

/** True for a CJK ideograph (Han, including extension A and compatibility ideographs). */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

/** True for CJK punctuation and fullwidth forms that sit flush against ideographs (no spaces around them). */
export function isCjkPunct(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0x2014 ||
    code === 0x2026 ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x00b7
  );
}

/** True for anything that is laid out on the CJK grid: ideographs, kana, hangul and CJK punctuation. */
export function isCjk(code: number): boolean {
  return (
    isHan(code) ||
    isCjkPunct(code) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

/** True for ASCII letters and digits (after fullwidth folding). */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** True for an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for a space-like character that justification or line layout inserts (not a newline). */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b);
}

/**
 * Folds fullwidth ASCII digits and letters to halfwidth and leaves everything else alone: NFKC
 * would also turn CJK punctuation such as `，` and `（` into ASCII, which changes the text's meaning
 * in Chinese typesetting.
 */
export function foldFullwidthCode(code: number): number {
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return code - 0xfee0;
  }
  return code;
}

/** Applies {@link foldFullwidthCode} to a whole string. */
export function foldFullwidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldFullwidthCode(text.charCodeAt(i)));
  return out;
}

/**
 * Visual width of a line in em: an ideograph or CJK punctuation mark takes a full cell, an ASCII
 * character about half, and spaces nothing (justification stretches them, so they carry no width).
 */
export function visualWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    width += code >= 0x2e80 || isCjkPunct(code) ? 1 : 0.5;
  }
  return width;
}

/** Escaping for BibTeX/BibLaTeX field values. */

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // In T1/OT1 text (what BibTeX hands LaTeX) < and > print as ¡ and ¿, and ` ' opens quotes.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '`': '\\textasciigrave{}',
};

/**
 * Escapes TeX specials so the value is printed literally; newlines and tabs collapse to spaces.
 * Hyphen runs are broken up ("-{}-") because TeX turns -- and --- into dashes, and ?` !` into ¿ ¡.
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_^~<>`]/g, (ch) => BIBTEX_SPECIALS[ch])
    .replace(/-(?=-)/g, '-{}');
}

/**
 * A URL for the verbatim `url` field: backslash-escapes would be kept literally there, so
 * instead the characters that could break the field (braces, whitespace, backslash, %
 * that does not start an escape) are percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url
    .trim()
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[{}\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

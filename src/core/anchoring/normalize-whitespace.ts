/**
 * Whitespace rules shared by the DOM text model and by stored quotes, so a quote typed with
 * different spacing (or imported from another tool) compares equal to the page text.
 */

/** True for every code unit that `\s` matches; checked by code so the text-model walk stays fast. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Collapses each run of whitespace to one character: `\n` when the run holds a line break
 * (our text model writes block boundaries as `\n`), otherwise a plain space. Idempotent, so
 * quotes we produced ourselves pass through unchanged.
 */
export function normalizeWhitespace(value: string): string {
  return value.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '));
}

/** A reference list as a .txt file: the engine's entries (numbered by the style where it numbers them), one per line. */

export function buildCitationList(entries: readonly string[]): string {
  return entries.length ? `${entries.join('\n')}\n` : '';
}

/** The text "copy with citation" puts on the clipboard: the quote, the reader's note if any, then the reference. */
import type { Highlight } from '../model';

export function citedQuoteText(highlight: Pick<Highlight, 'exact' | 'note'>, reference: string): string {
  const parts = [`“${highlight.exact.trim()}”`];
  if (highlight.note.trim()) parts.push(highlight.note.trim());
  if (reference.trim()) parts.push(reference.trim());
  return parts.join('\n\n');
}

/**
 * The lead of a body: its opening characters, which is what a headline summarises (names and
 * topic words of the lead). Headline matching compares headlines with leads only; capping the
 * text also keeps tokenising a page cheap.
 */

/** Characters of a body's opening used for matching it with a headline. */
const LEAD_CHARS = 600;

/**
 * End (exclusive) of the lead starting at line `from`: whole lines up to the first one that
 * brings the text to LEAD_CHARS (so the lead may run a little over).
 */
export function leadEnd(lines: ReadonlyArray<{ text: string }>, from = 0): number {
  let chars = 0;
  let k = from;
  while (k < lines.length && chars < LEAD_CHARS) chars += lines[k++].text.length;
  return k;
}

/** The text of the lead of `lines`. */
export function leadText(lines: ReadonlyArray<{ text: string }>): string {
  let text = '';
  for (let k = 0, end = leadEnd(lines); k < end; k++) text += lines[k].text;
  return text;
}

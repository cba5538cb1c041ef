/**
 * Failure detail for studying Jianbao's misses (`--detail`): the stored quote with its context,
 * the stage that answered, and the edited text around the expected and the anchored place.
 */
import { createTextModel, matchInModel } from '../../src/dom/anchoring/index';
import type { Selector, TextQuoteSelector } from '../../src/core/model';
import { normalizeWhitespace } from '../../src/core/anchoring/normalize-whitespace';
import { scoreCandidate } from '../../src/core/anchoring/score-candidate';

/** Offset in `text` of the n-th non-whitespace character (the judge's unit). */
function offsetOfVisible(text: string, n: number): number {
  // Code points, as the judge counts them (an emoji is one visible character).
  let seen = 0;
  let i = 0;
  for (const ch of text) {
    if (!/\s/.test(ch)) {
      if (seen === n) return i;
      seen++;
    }
    i += ch.length;
  }
  return text.length;
}

const show = (s: string): string => JSON.stringify(s);

/** A few lines describing why a stored highlight did not anchor where expected. */
export function describeFailure(root: Element, stored: Selector[], expected: [number, number] | null): string {
  const model = createTextModel(root);
  const quote = stored.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = stored.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
  const match = matchInModel(model, stored);
  const lines = [
    `    stored: ${show(quote?.prefix ?? '')} [${show(quote?.exact ?? '')}] ${show(quote?.suffix ?? '')} at ${position?.start}`,
    `    answer: ${match ? `${match.method} at ${match.start} ${show(model.text.slice(match.start, match.end).slice(0, 60))}` : 'orphan'}`,
  ];
  if (expected) {
    const start = offsetOfVisible(model.text, expected[0]);
    const end = offsetOfVisible(model.text, expected[1] - 1) + 1;
    lines.push(`    expect: at ${start} ${show(model.text.slice(Math.max(0, start - 40), start))} [${show(model.text.slice(start, end))}] ${show(model.text.slice(end, end + 40))}`);
    const target = {
      exact: normalizeWhitespace(quote?.exact ?? ''),
      prefix: normalizeWhitespace(quote?.prefix ?? ''),
      suffix: normalizeWhitespace(quote?.suffix ?? ''),
      hintStarts: position ? [position.start] : [],
    };
    const occurrences: string[] = [];
    for (let at = model.text.indexOf(target.exact); at !== -1 && occurrences.length < 6; at = model.text.indexOf(target.exact, at + 1)) {
      const c = scoreCandidate(model.text, target, at, at + target.exact.length, 0);
      occurrences.push(`${at} (p ${c.prefixSimilarity?.toFixed(2)} s ${c.suffixSimilarity?.toFixed(2)} score ${c.score.toFixed(1)})`);
    }
    lines.push(`    exact occurrences: ${occurrences.join(', ')}`);
  }
  return lines.join('\n');
}

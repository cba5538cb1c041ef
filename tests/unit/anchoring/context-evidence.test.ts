import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../src/core/anchoring/match-quote';
import { quoteAt } from '../../../src/core/anchoring/quote-context';
import { scoreCandidate } from '../../../src/core/anchoring/score-candidate';
import { prefixAlignDistance, suffixAlignDistance } from '../../../src/core/anchoring/text-similarity';
import { findContextSites } from '../../../src/core/anchoring/find-context-sites';

function stored(text: string, exact: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  const span = { start, end: start + exact.length };
  return { ...quoteAt(text, span), hints: [span] };
}

const slice = (text: string, m: { start: number; end: number } | null) => (m ? text.slice(m.start, m.end) : null);

describe('anchored context alignment', () => {
  it('charges an inserted word only its own length', () => {
    expect(prefixAlignDistance('Lawan raised the motion', 'stateLawan raised the motion after')).toBe(5);
    expect(suffixAlignDistance('justice. Who are we as a ', 'criminal justice. Who are we as a ')).toBe(0);
  });

  it('scores context with an inserted word above context that is merely similar text', () => {
    const text = 'Senator Lawan moved a motion.\nLawan raised the motion after the deaths of two members.';
    const target = { ...stored(text, 'Senator Lawan moved a motion.'), hintStarts: [0] };
    const inserted = text.replace('\nLawan', '\nstateLawan');
    const unrelated = 'Senator Lawan moved a motion.\nThe session then went on with the budget debate.';
    const withInsert = scoreCandidate(inserted, target, 0, target.exact.length).suffixSimilarity!;
    const withOther = scoreCandidate(unrelated, target, 0, target.exact.length).suffixSimilarity!;
    expect(withInsert).toBeGreaterThan(withOther);
  });
});

describe('matchQuote evidence rules', () => {
  it('finds an opening sentence when a word was inserted right after it', () => {
    const text = 'A team led by NASA researchers has confirmed water vapour above Europa.\nAnd that is a big deal as the search for life goes on.';
    const query = stored(text, 'A team led by NASA researchers has confirmed water vapour above Europa.');
    const edited = text.replace('\nAnd', '\nWashingtonAnd');
    expect(slice(edited, matchQuote(edited, query))).toBe(query.exact);
  });

  it('finds the last line when a paragraph was inserted just before it', () => {
    const text = 'The talks ended late on Monday.\nBoth sides will meet again next week.\nThe views expressed are those of the author.';
    const query = stored(text, 'The views expressed are those of the author.');
    const edited = text.replace('\nThe views', '\nA new paragraph about something else entirely, added later.\nThe views');
    const match = matchQuote(edited, query);
    expect(match!.start).toBe(edited.indexOf('The views'));
  });

  it('keeps a short unique quote whose context was replaced as an orphan', () => {
    const text = 'The game adds new maps, missions and characters.\nAll...';
    const query = stored(text, 'All');
    const edited = text.replace('\nAll', '\nA paragraph inserted by the editor later on.\nAll');
    expect(matchQuote(edited, { ...query, hints: [] })).toBeNull();
  });

  it('does not take a whole quote before a line of the same characters for a deletion', () => {
    const line = '_'.repeat(40);
    const text = `Questions to answer in your notebook:\n${line}.\n${line}\n${line}\nEnd of the worksheet.`;
    const query = stored(text, `${line}.`);
    expect(findContextSites(text, query.prefix, query.suffix, query.exact, query.exact.length + 8).every((s) => !s.isEmpty)).toBe(true);
    const edited = 'An inserted paragraph.\n' + text;
    expect(matchQuote(edited, query)!.start).toBe(edited.indexOf(`${line}.`));
  });

  it('does not accept a stale hint that lands on a shifted copy in a column of identical lines', () => {
    const text = `Flow chart\n┌──────────────────┐\n${'│\n'.repeat(30)}└──────┘\nEnd.`;
    const at = text.indexOf('│') + 2 * 8;
    const query = quoteAt(text, { start: at, end: at + 1 });
    const edited = 'A paragraph inserted at the top.\n' + text;
    const moved = at + 'A paragraph inserted at the top.\n'.length;
    // The hint is one line off: its context still agrees ~94 % on both sides, the real place 100 %.
    expect(matchQuote(edited, { ...query, hints: [{ start: moved - 2, end: moved - 1 }] })!.start).toBe(moved);
  });

  it('returns null when a repeated sentence keeps its short prefix at the copy and its suffix at the original', () => {
    const lead = 'showing the dramatic moment a kidnapped girl';
    const text = `A video ${lead} was rescued by police was released Monday.\nMore text follows here about the case.\nWatch: A video ${lead} was rescued by police officers.`;
    const query = stored(text, lead);
    const edited = text.replace('A video showing', 'A are showing');
    const match = matchQuote(edited, { ...query, hints: [] });
    expect(match === null || match.start === edited.indexOf(lead)).toBe(true);
    expect(match?.start).not.toBe(edited.lastIndexOf(lead));
  });
});

describe('quotes with no letter or digit', () => {
  const zwsp = '\u200b';
  const text = `Feel the exciting rhythms of the drum!\n${zwsp}\n${zwsp}\nOur team, made up of Nam Yong and friends.`;

  it('anchors at their place while the context on both sides is unchanged', () => {
    const query = stored(text, zwsp, 0);
    expect(matchQuote(text, query)?.start).toBe(query.hints[0].start);
  });

  it('become orphans when one of two identical neighbouring lines is deleted', () => {
    const query = stored(text, zwsp, 0);
    const edited = text.replace(`${zwsp}\n${zwsp}\n`, `${zwsp}\n`);
    // The copy left over sits at the old place with ~94 % of its context: no evidence which one went.
    expect(matchQuote(edited, query)).toBeNull();
  });
});

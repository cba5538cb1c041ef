import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../src/core/anchoring/match-quote';
import { quoteAt } from '../../../src/core/anchoring/quote-context';

const ARTICLE = [
  'The city council met on Tuesday to discuss the new budget for public transport.',
  'Council members said the plan would add twelve bus routes and extend tram service.',
  'Residents at the meeting asked whether fares would rise next year.',
  'The mayor said fares would stay the same until at least 2026.',
].join('\n');

function selectorFor(text: string, exact: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  const span = { start, end: start + exact.length };
  return { ...quoteAt(text, span), hints: [span] };
}

describe('matchQuote', () => {
  it('confirms the stored position when its text and context still match', () => {
    const query = selectorFor(ARTICLE, 'twelve bus routes');
    const match = matchQuote(ARTICLE, query);
    expect(match?.method).toBe('position');
    expect(ARTICLE.slice(match!.start, match!.end)).toBe('twelve bus routes');
  });

  it('finds the quote again after a paragraph was inserted above it', () => {
    const query = selectorFor(ARTICLE, 'asked whether fares would rise');
    const edited = 'BREAKING: a new paragraph appears at the top of the story.\n' + ARTICLE;
    const match = matchQuote(edited, query);
    expect(edited.slice(match!.start, match!.end)).toBe('asked whether fares would rise');
    expect(match!.start).toBe(edited.indexOf('asked whether'));
  });

  it('prefers the occurrence whose context matches over a copy placed earlier', () => {
    const query = selectorFor(ARTICLE, 'fares would stay the same');
    const edited = 'Pull quote: fares would stay the same\n' + ARTICLE;
    const match = matchQuote(edited, { ...query, hints: [] });
    expect(match!.start).toBe(edited.lastIndexOf('fares would stay the same'));
  });

  it('anchors the edited span when a few characters inside the quote changed', () => {
    const query = selectorFor(ARTICLE, 'extend tram service');
    const edited = ARTICLE.replace('extend tram service', 'extend trum servise');
    const match = matchQuote(edited, query);
    expect(edited.slice(match!.start, match!.end)).toBe('extend trum servise');
    expect(match!.method === 'context' || match!.method === 'fuzzy').toBe(true);
  });

  it('anchors an edited one-word quote between its intact contexts', () => {
    const query = selectorFor(ARTICLE, 'Tuesday');
    const edited = ARTICLE.replace('Tuesday', 'Tuezdai');
    const match = matchQuote(edited, query);
    expect(edited.slice(match!.start, match!.end)).toBe('Tuezdai');
  });

  it('returns null when the quote was deleted, even if the word occurs elsewhere', () => {
    const query = selectorFor(ARTICLE, 'the', 2);
    const at = query.hints[0].start;
    const edited = ARTICLE.slice(0, at) + ARTICLE.slice(at + 4);
    expect(matchQuote(edited, query)).toBeNull();
  });

  it('does not find a word-initial quote inside another word', () => {
    const text = 'He said it was only a matter of time.';
    const start = text.indexOf(' a ') + 1;
    const query = { ...quoteAt(text, { start, end: start + 1 }), hints: [{ start, end: start + 1 }] };
    const edited = 'He said it was only matter of time.';
    expect(matchQuote(edited, query)).toBeNull();
  });

  it('returns null when two copies are equally well confirmed', () => {
    const text = 'First paragraph here.\nThe quoted paragraph.\nLast paragraph here.';
    const query = selectorFor(text, 'The quoted paragraph.');
    const edited = 'First paragraph here.\nThe quoted paragraph.\nThe quoted paragraph.\nLast paragraph here.';
    expect(matchQuote(edited, { ...query, hints: [] })).toBeNull();
  });

  it('treats whitespace in a stored quote the way the text model does', () => {
    const query = { exact: 'new   budget\tfor', prefix: 'to discuss the ', suffix: ' public transport.' };
    const match = matchQuote(ARTICLE, query);
    expect(ARTICLE.slice(match!.start, match!.end)).toBe('new budget for');
  });

  it('matches Chinese text exactly and with an edited character', () => {
    const text = '本报讯 记者昨日走访了长春市某医院。\n医生介绍，此次生育对她的身体造成很大伤害，女婴需要观察治疗。';
    const query = selectorFor(text, '造成很大伤害');
    expect(text.slice(matchQuote(text, query)!.start, matchQuote(text, query)!.end)).toBe('造成很大伤害');
    const edited = text.replace('造成很大伤害', '造成很小伤害');
    const match = matchQuote(edited, query);
    expect(edited.slice(match!.start, match!.end)).toBe('造成很小伤害');
  });

  it('returns null for an empty quote', () => {
    expect(matchQuote(ARTICLE, { exact: '' })).toBeNull();
  });
});

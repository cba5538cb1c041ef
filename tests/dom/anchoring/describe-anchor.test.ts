import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorInModel, createTextModel, describe } from '../../../src/dom/anchoring/index';
import type { RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../../../src/core/model';

const ARTICLE =
  '<h1>Council keeps fares</h1>' +
  '<p>The city council met on Tuesday to discuss the new budget for public transport.</p>' +
  '<p>Council members said the plan would add <a href="#">twelve bus routes</a> and extend tram service.</p>' +
  '<p>Residents at the meeting asked whether fares would rise next year.</p>' +
  '<p>The mayor said fares would stay the same until at least 2026.</p>';

function mount(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

function select(root: Element, text: string): Range {
  const model = createTextModel(root);
  const start = model.text.indexOf(text);
  const range = document.createRange();
  const find = (offset: number, isEnd: boolean): [Node, number] => {
    const char = isEnd ? offset - 1 : offset;
    return [model.nodes[model.charNode[char]], model.charOffset[char] + (isEnd ? 1 : 0)];
  };
  range.setStart(...find(start, false));
  range.setEnd(...find(start + text.length, true));
  return range;
}

const quoteOf = (selectors: Selector[]) => selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;

suite('describe', () => {
  it('returns a DOM hint, a position and a quote with prefix and suffix', () => {
    const root = mount(ARTICLE);
    const selectors = describe(root, select(root, 'twelve bus routes and extend'));
    const hint = selectors.find((s): s is RangeSelector => s.type === 'RangeSelector')!;
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
    const quote = quoteOf(selectors);
    expect(quote.exact).toBe('twelve bus routes and extend');
    expect(quote.prefix.endsWith('would add ')).toBe(true);
    expect(quote.suffix.startsWith(' tram service.')).toBe(true);
    expect(createTextModel(root).text.slice(position.start, position.end)).toBe(quote.exact);
    expect(hint.startContainer).toBe('/p[2]');
  });

  it('describes a selection across paragraphs with a line break in the quote', () => {
    const root = mount(ARTICLE);
    const quote = quoteOf(describe(root, select(root, 'next year.\nThe mayor')));
    expect(quote.exact).toBe('next year.\nThe mayor');
  });

  it('returns no selectors for a selection without visible text', () => {
    const root = mount('<p>One</p><script>var hidden = 1;</script><p>Two</p>');
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('script')!);
    expect(describe(root, range)).toEqual([]);
  });
});

suite('anchor', () => {
  it('puts the highlight back on an unchanged page', async () => {
    const root = mount(ARTICLE);
    const selectors = describe(root, select(root, 'asked whether fares would rise'));
    expect((await anchor(root, selectors))?.toString()).toBe('asked whether fares would rise');
  });

  it('survives a paragraph inserted above and words re-wrapped in markup', async () => {
    const root = mount(ARTICLE);
    const selectors = describe(root, select(root, 'asked whether fares would rise'));
    const edited = mount(
      '<p>Update: a paragraph was added.</p>' +
        ARTICLE.replace('asked whether fares would rise', '<span>asked</span>\n   whether <a href="#">fa</a><b>res</b> would   rise'),
    );
    const range = await anchor(edited, selectors);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('asked whether fares would rise');
  });

  it('returns null (an orphan) when the quote was deleted', async () => {
    const root = mount(ARTICLE);
    const selectors = describe(root, select(root, 'twelve bus routes'));
    const edited = mount(ARTICLE.replace('<a href="#">twelve bus routes</a> ', ''));
    expect(await anchor(edited, selectors)).toBeNull();
  });

  it('anchors many highlights against one text model', () => {
    const root = mount(ARTICLE);
    const quotes = ['Tuesday', 'twelve bus routes', 'fares would stay the same'];
    const stored = quotes.map((q) => describe(root, select(root, q)));
    const model = createTextModel(root);
    expect(stored.map((s) => anchorInModel(model, s)?.toString())).toEqual(quotes);
  });

  it('treats stored selectors as untrusted and orphans malformed ones', async () => {
    const root = mount(ARTICLE);
    const bad = [
      { type: 'RangeSelector', startContainer: '/p[1]/../../x', startOffset: -1, endContainer: 'p[999]', endOffset: 2 },
      { type: 'TextPositionSelector', start: 5, end: 2 },
    ] as Selector[];
    expect(await anchor(root, bad)).toBeNull();
  });

  it('anchors Chinese text split by markup', async () => {
    const html = '<p>本报讯 记者昨日走访了长春市某医院。</p><p>医生介绍，此次生育对她的身体造成很大伤害。</p>';
    const root = mount(html);
    const selectors = describe(root, select(root, '造成很大伤害'));
    const edited = mount(html.replace('造成很大伤害', '造成<span>很大</span>伤害'));
    expect((await anchor(edited, selectors))?.toString()).toBe('造成很大伤害');
  });
});

/** Which headline detectArticle picks (issue 11): the printed <h1> over a social title, entities, boilerplate. */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';

const page = (head: string, body: string): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells the reader what happened at the council meeting on Thursday, who spoke, and what was decided about the river.</p>`).join('');
const detect = (doc: Document) => detectArticle(doc, 'https://paper.example/story');

describe('detectArticle titles', () => {
  it('takes the printed <h1> over a social og:title that no block repeats', () => {
    const a = detect(page('<meta property="og:title" content="If You Can Picture A Tarot Card, It Is Because of These 3 People">', `<article><h1>The Deck of Cards That Made Tarot A Global Phenomenon</h1>${PROSE}</article>`));
    expect(a.title).toBe('The Deck of Cards That Made Tarot A Global Phenomenon');
    expect(a.fieldConfidence.title?.evidence).toEqual(['headline', 'printed-headline']);
  });

  it('decodes entities left in og:title and never takes a greeting <title>', () => {
    expect(detect(page('<meta property="og:title" content="It&amp;#8217;s spring">', `<article><h1>Other words</h1>${PROSE}</article>`)).title).toBe('It’s spring');
    expect(detect(page('<title>谢谢您访问本站</title>', `<div><p>首页</p></div>${PROSE}`)).title).not.toBe('谢谢您访问本站');
  });

  // Site names (issue 11): the page's own name, declared or in its address, is never the headline.
  const courier = (head: string, body: string) => detectArticle(page(head, body), 'https://www.rivercourier.example/metro/council-river-plan');
  const HEADER = '<header class="masthead"><a href="/">River Courier</a></header>';

  it('never takes the site name for the headline when <title> is "Site | Section"', () => {
    const a = courier('<title>River Courier | Metro</title>', `${HEADER}<article><h1>Council backs the river plan</h1>${PROSE}</article>`);
    expect(a.title).toBe('Council backs the river plan');
  });

  it('drops an og:title that is only the site name', () => {
    const a = courier('<meta property="og:title" content="The River Courier"><meta property="og:site_name" content="The River Courier">', `<article><h1>Council backs the river plan</h1>${PROSE}</article>`);
    expect(a.title).toBe('Council backs the river plan');
  });

  it('cuts the site part off an og:title or JSON-LD headline to the printed headline', () => {
    const og = courier('<meta property="og:title" content="Council backs the river plan | River Courier">', `<article><h1>Council backs the river plan</h1>${PROSE}</article>`);
    expect(og.title).toBe('Council backs the river plan');
    expect(og.fieldConfidence.title?.evidence).toContain('cleaned');
    const ld = courier('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs plan — The River Courier"}</script>', `<article><h1>Council backs plan</h1>${PROSE}</article>`);
    expect(ld.title).toBe('Council backs plan');
  });

  it('keeps a metadata title whose printed <h1> is only a topic label', () => {
    const a = courier('<meta property="og:title" content="Floods - what the council will do next">', `<article><h1>Floods</h1>${PROSE}</article>`);
    expect(a.title).toBe('Floods - what the council will do next');
  });

  it('reads "Site: Headline" and a "- Powered by" suffix in <title> when nothing else names the article', () => {
    expect(courier('<title>River Courier: Council backs the river plan</title>', `<div class="story">${PROSE}</div>`).title).toBe('Council backs the river plan');
    expect(courier('<title>Council backs the river plan after a long night - Powered by Discuz!</title>', `<div class="story">${PROSE}</div>`).title).toBe(
      'Council backs the river plan after a long night',
    );
  });

  it('decodes references left in the printed headline itself', () => {
    const a = courier('<title>x</title>', `<article><h1>Mayor&amp;#8217;s &amp;#8216;river&amp;#8217; plan</h1>${PROSE}</article>`);
    expect(a.title).toBe('Mayor’s ‘river’ plan');
  });
});

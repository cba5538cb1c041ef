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
});

/**
 * The headline's own box (issue 11, English/Japanese pages): the byline a magazine template prints
 * above the <h1> in the same title block, and microdata that says which heading is the headline.
 * Hand-made pages, one general pattern per test.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';

const page = (head: string, body: string): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Part ${i + 1}: the harbour board met again on Monday and argued about the dredging contract, the fishermen's fees and the new pier lights.</p>`).join('');
const related = (name: string, i: number): string => `<li><div><a href="/story/${i}">Another story number ${i}</a><p class="byline"><span itemprop="author"><span itemprop="name">By ${name}</span></span></p></div></li>`;

describe('detectArticle: the byline in the headline box', () => {
  it('takes the marked byline printed above the h1 in its title block over related-story bylines between headline and body', () => {
    const doc = page(
      '<meta property="article:author" content="Mara Lindqvist">',
      `<main><article><header><div class="title-block"><div class="rubric"><p class="byline" itemprop="author"><span itemprop="name"><a href="/author/mara-lindqvist/">Mara Lindqvist</a></span></p></div>` +
        `<h1>Harbour board splits over dredging</h1></div></header>` +
        `<aside><ul>${related('Tomas Berg', 1)}${related('Ines Okafor', 2)}</ul></aside>` +
        `<div class="body">${PROSE}</div></article></main>`,
    );
    const a = detectArticle(doc, 'https://port.example/2021/04/12/harbour');
    expect(a.authors.map((p) => p.name)).toEqual(['Mara Lindqvist']);
    expect(a.fieldConfidence.authors?.evidence).toContain('agrees:byline-element');
  });

  it('reads a byline element above the headline in a <header> when no text byline names anyone', () => {
    const doc = page(
      '',
      `<article><header><div class="kicker">Science</div><div class="meta"><span class="author-name">Kenji Watanabe</span></div><div><h1>How the lake froze in April</h1></div></header>${PROSE}` +
        `<section><div class="author-name">Someone Else</div></section></article>`,
    );
    expect(detectArticle(doc, 'https://lake.example/a').authors.map((p) => p.name)).toEqual(['Kenji Watanabe']);
  });

  it('keeps a text byline the meta agrees with, whatever the headline box holds', () => {
    const doc = page(
      '<meta property="article:author" content="Ada Quist">',
      `<article><header><span class="byline">Ada Quist</span><h1>Tram line opens</h1></header><p>By Ada Quist</p>${PROSE}</article>`,
    );
    expect(detectArticle(doc, 'https://tram.example/x').authors.map((p) => p.name)).toEqual(['Ada Quist']);
  });
});

describe('detectArticle: microdata names the headline', () => {
  it('does not take an h1 marked alternativeHeadline over the h2 marked headline', () => {
    const doc = page(
      '<title>Garden Mistakes | Home Pages</title><meta property="og:title" content="Seven Garden Mistakes New Owners Make, and How to Avoid Them">',
      `<article><header><h1 itemprop="alternativeHeadline">Garden Mistakes</h1><h2 itemprop="headline"><span>Seven Garden Mistakes New Owners Make, and How to Avoid Them</span></h2></header>${PROSE}</article>`,
    );
    const a = detectArticle(doc, 'https://home.example/garden-mistakes');
    expect(a.title).toBe('Seven Garden Mistakes New Owners Make, and How to Avoid Them');
    expect(a.subtitle).toBeUndefined();
  });

  it('still reads an unmarked h1 + h2 as headline and subtitle', () => {
    const doc = page('', `<article><h1>Flood waters recede in the valley</h1><h2>Farmers count the cost of a week under water</h2>${PROSE}</article>`);
    const a = detectArticle(doc, 'https://valley.example/flood');
    expect(a.title).toBe('Flood waters recede in the valley');
    expect(a.subtitle).toBe('Farmers count the cost of a week under water');
  });
});

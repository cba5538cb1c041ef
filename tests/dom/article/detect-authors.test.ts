/**
 * Where detectArticle finds authors (issue 11): repeated author metas, the og:article: spelling,
 * a portal in the author slot, the page's marked byline element next to the headline, and a
 * text byline that the page's author meta contradicts. One test per general pattern.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { isConfidentDetection } from '../../../src/core/article/field-confidence';

const page = (head: string, body: string): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells the reader what happened at the council meeting on Thursday, who spoke, and what was decided about the river.</p>`).join('');
const names = (doc: Document): string[] => detectArticle(doc, 'https://paper.example/2022/03/31/story').authors.map((p) => p.name);

describe('detectArticle authors', () => {
  it('reads one author per repeated citation_author tag as one list', () => {
    const doc = page('<meta name="citation_author" content="Havell Markus"><meta name="citation_author" content="Jun Zhao"><meta name="citation_author" content="Ajay Goel">', `<article><h1>Urine DNA</h1>${PROSE}</article>`);
    expect(names(doc)).toEqual(['Havell Markus', 'Jun Zhao', 'Ajay Goel']);
  });

  it('reads og:article:author and og:article:published_time as the article: properties', () => {
    const doc = page('<meta property="og:article:author" content="Cécile Ducourtieux"><meta property="og:article:published_time" content="2019-05-07T11:59:43+00:00">', `<article><h1>Perspectives</h1>${PROSE}</article>`);
    const a = detectArticle(doc, 'https://paper.example/economie/story');
    expect(a.authors.map((p) => p.name)).toEqual(['Cécile Ducourtieux']);
    expect(a.date).toBe('2019-05-07T11:59:43+00:00');
  });

  it('offers a portal named as author as the publication, never as a person', () => {
    const doc = page('<meta name="author" content="网易">', `<article><h1>标题</h1>${PROSE}</article>`);
    const a = detectArticle(doc, 'https://news.example/a.html');
    expect(a.authors).toEqual([]);
    expect(a.publication).toBe('网易');
    expect(a.sources.publication).toBe('meta-author');
  });

  it('drops placeholders a template leaves in the author meta', () => {
    expect(names(page('<meta name="author" content="name">', `<article><h1>Headline</h1>${PROSE}</article>`))).toEqual([]);
  });

  it('takes the marked byline element right after the headline, not the bylines of related stories further down', () => {
    const doc = page(
      '',
      `<article><h1>Housing slows</h1><div class="content__author"><a href="/author/pete-evans">Pete Evans</a></div>${PROSE}</article>` +
        '<section><div class="story"><span class="author-name">Ann Other</span></div><div class="story"><span class="author-name">Sam Third</span></div></section>',
    );
    expect(names(doc)).toEqual(['Pete Evans']);
  });

  it('reads the author link of a byline box that also prints the date', () => {
    const doc = page('', `<article><h1>Apple Pencil</h1><div class="byline--x"><time>Wednesday January 18, 2017 10:44 am PST</time> by <a rel="author" href="/author/juli-clover/">Juli Clover</a></div>${PROSE}</article>`);
    expect(names(doc)).toEqual(['Juli Clover']);
  });

  it('keeps the pieces of a byline element apart (name, then a social link)', () => {
    const doc = page('', `<article><h1>Giuliani</h1><span class="author">Andrew Husband<a class="twitter" href="https://twitter.com/x">Twitter</a></span>${PROSE}</article>`);
    expect(names(doc)).toEqual(['Andrew Husband']);
  });

  it('finds a byline element inside the article footer', () => {
    const doc = page('', `<article><h1>Giant flowers</h1>${PROSE}<footer><p class="byline">By Christie Wilcox</p></footer></article>`);
    expect(names(doc)).toEqual(['Christie Wilcox']);
  });

  it('prefers the author meta over a contradicting text byline when the marked byline agrees with the meta', () => {
    const doc = page(
      '<meta property="article:author" content="Arielle Pardes">',
      `<article><h1>Helvetica</h1><p>By Sanae Akiyama</p><p class="byline__name"><a href="/author/arielle-pardes/">Arielle Pardes</a></p>${PROSE}</article>`,
    );
    const a = detectArticle(doc, 'https://paper.example/story');
    expect(a.authors.map((p) => p.name)).toEqual(['Arielle Pardes']);
    expect(a.fieldConfidence.authors?.evidence).toContain('agrees:byline-element');
  });

  it('lowers a text byline that the author meta contradicts when nothing else decides', () => {
    const meta = '<meta property="article:author" content="Arielle Pardes">';
    const body = `<article><h1>Helvetica</h1><p>By Sanae Akiyama</p>${PROSE}</article>`;
    const contradicted = detectArticle(page(meta, body), 'https://paper.example/story');
    const alone = detectArticle(page('', body), 'https://paper.example/story');
    expect(contradicted.fieldConfidence.authors?.evidence).toContain('conflicts:og');
    expect(contradicted.fieldConfidence.authors!.score).toBeLessThan(alone.fieldConfidence.authors!.score);
  });

  it('scores a Japanese name in a byline element as a surname match', () => {
    const doc = page('<html lang="ja">', `<article><h1>Appleニュース一気読み</h1><div class="leaf-headline-inner"><span class="writer">松村太郎</span></div>${PROSE}</article>`);
    const a = detectArticle(doc, 'https://japan.example/article/1/');
    expect(a.authors.map((p) => p.name)).toEqual(['松村太郎']);
    expect(a.fieldConfidence.authors?.evidence).toContain('surname');
    expect(isConfidentDetection(a, 'authors')).toBe(true);
  });
});

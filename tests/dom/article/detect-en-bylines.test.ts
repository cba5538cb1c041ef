/**
 * English bylines on whole pages (issue 11): an author meta filled with the printed byline, a blog's
 * "Posted on <date> by <name>" line under the headline, and a byline box that runs on into the
 * author's job and employer. Hand-made pages.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';

const page = (head: string, body: string): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const PROSE = Array.from({ length: 5 }, (_, i) => `<p>Section ${i + 1}. The county library reopened its reading room after two years of repairs, and the queue at the door stretched past the bakery.</p>`).join('');
const facts = (doc: Document, url = 'https://county.example/library') => detectedFacts(detectArticle(doc, url));

describe('detectArticle English bylines', () => {
  it('an author slot that copies the printed byline gives the names, never its job title (issue 11)', () => {
    const h1 = '<article><h1>Library reopens its reading room</h1>' + PROSE + '</article>';
    const cases: Array<[string, string[]]> = [
      ['<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library reopens its reading room","author":{"@type":"Person","name":"By NINA PARK, AP Sports Writer"}}</script>', ['NINA PARK']],
      ['<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library reopens its reading room","author":[{"@type":"Person","name":"Omar Haddad"},{"@type":"Person","name":"Senior Political Correspondent"}]}</script>', ['Omar Haddad']],
      ['<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library reopens its reading room","author":{"@type":"Person","name":"By ANN LEE and OMAR HADDAD, Associated Press"}}</script>', ['ANN LEE', 'OMAR HADDAD']],
      ['<meta name="author" content="Analysis by Theo Walsh, CNN Editor-at-large">', ['Theo Walsh']],
      ['<meta name="author" content="Ruth Obi, BBC Science Correspondent">', ['Ruth Obi']],
    ];
    for (const [head, names] of cases) {
      const doc = page(head, h1);
      expect(detectArticle(doc, 'https://county.example/library').authors.map((p) => p.name)).toEqual(names);
    }
  });

  it('a wire agency alone in an author slot is not a person (issue 11)', () => {
    for (const agency of ['PTI', 'IANS', 'UPI']) {
      const doc = page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library reopens","author":{"@type":"Person","name":"${agency}"}}</script>`, '<article><h1>Library reopens</h1>' + PROSE + '</article>');
      expect(detectArticle(doc, 'https://county.example/library').authors).toEqual([]);
    }
  });

  it('strips the "By" an author meta carries', () => {
    const a = facts(page('<meta name="byl" content="By Harriet Osei and Milan Kovac">', `<article><h1>Library reopens</h1>${PROSE}</article>`));
    expect(a.authors.map((p) => p.name)).toEqual(['Harriet Osei', 'Milan Kovac']);
  });

  it('reads "Posted on <date> by <name>" under the headline, names and date', () => {
    const a = facts(page('', `<div class="post"><h1>Library reopens</h1><div class="entry-meta">Posted on June 4, 2015 by <a href="/people/agnes">Agnes Moreau</a></div>${PROSE}</div>`));
    expect(a.authors.map((p) => p.name)).toEqual(['Agnes Moreau']);
    expect(a.date?.slice(0, 10)).toBe('2015-06-04');
  });

  it('keeps only the person of a byline that goes on with a job title and an organisation', () => {
    const a = facts(page('', `<article><h1>Library reopens</h1><div class="byline">By <a href="/bio/j-park">Jisoo Park</a>, Staff Attorney, ACLU Free Speech, Access, and Library Project</div>${PROSE}</article>`));
    expect(a.authors.map((p) => p.name)).toEqual(['Jisoo Park']);
  });

  it('reads a "By" line printed over the headline inside the article box', () => {
    const a = facts(page('', `<article><div class="head"><div class="kicker-line">By Harriet Osei</div><h1>Library reopens</h1></div>${PROSE}</article>`));
    expect(a.authors.map((p) => p.name)).toEqual(['Harriet Osei']);
  });

  it('never takes a commenter marked as author for the article\'s author', () => {
    const a = facts(page('', `<article><h1>Library reopens</h1>${PROSE}</article><section id="comments"><div class="comment"><span class="author">Sam Spade</span><p>Good news for the town at last, and about time.</p></div></section>`));
    expect(a.authors).toEqual([]);
  });

  it('never takes an author marked in a sidebar of other stories', () => {
    const a = facts(page('', `<aside><div class="popular"><a href="/x">Storm hits</a><span class="author">Tom Roe</span></div></aside><article><h1>Library reopens</h1>${PROSE}</article>`));
    expect(a.authors).toEqual([]);
  });

  it('never takes the byline of a related story listed under the article', () => {
    const one = facts(page('', `<article><h1>Library reopens</h1>${PROSE}<h3><a href="/a">Storm hits the bay</a></h3><p>By Tom Roe</p></article>`));
    expect(one.authors).toEqual([]);
    const list = facts(page('', `<article><h1>Library reopens</h1>${PROSE}<div class="more"><h3><a href="/a">Storm hits</a></h3><p>By Tom Roe</p><h3><a href="/b">Ferry late</a></h3><p>By Ann Poe</p></div></article>`));
    expect(list.authors).toEqual([]);
  });

  it('reads a wire story\'s closing "(Reporting by …; Editing by …)" line: reporters, not editors, and keeps it in the text', () => {
    const a = facts(page('', `<article><h1>Library reopens</h1>${PROSE}<p>(Reporting by Ines Marlow and Kofi Mensah; Editing by Hugo Brandt)</p></article>`));
    expect(a.authors.map((p) => `${p.name}/${p.role}`)).toEqual(['Ines Marlow/reporter', 'Kofi Mensah/reporter']);
    expect(a.body.text).toContain('Reporting by Ines Marlow');
  });

  it('reads co-authors each followed by a job title', () => {
    const a = facts(page('', `<article><h1>Library reopens</h1><p class="byline">By Nadia Brook, Staff Writer, and Tomas Lind, Staff Writer</p>${PROSE}</article>`));
    expect(a.authors.map((p) => p.name)).toEqual(['Nadia Brook', 'Tomas Lind']);
  });
});

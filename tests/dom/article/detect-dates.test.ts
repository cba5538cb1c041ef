/**
 * Where detectArticle finds the article's own date (issue 11): microdata, the date stamp next to
 * the headline (<time> or an element classed as a date), a date label cell, and the publication
 * line over a later "updated" line. One test per general pattern.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';

const page = (head: string, body: string): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells the reader what happened at the council meeting on Thursday, who spoke, and what was decided about the river.</p>`).join('');
const detect = (doc: Document) => detectArticle(doc, 'https://paper.example/story');

describe('detectArticle dates', () => {
  it('reads schema.org microdata datePublished from its content attribute', () => {
    const a = detect(page('', `<article><h1>Head First</h1><dl><dt>発行年月日</dt><dd itemprop="datePublished" content="2019-04-26">2019年04月</dd></dl>${PROSE}<p>2019年12月17日更新</p></article>`));
    expect(a.date).toBe('2019-04-26');
    expect(a.sources.date).toBe('microdata');
  });

  it('takes the <time> of the headline zone, not one of a related story further down', () => {
    const a = detect(page('', `<article><h1>Council votes</h1><p class="meta">By Jane Doe <time datetime="2021-05-04T10:00:00Z">May 4</time></p>${PROSE}</article><section><h2>Related</h2><time datetime="2020-01-01">Jan 1</time></section>`));
    expect(a.date).toBe('2021-05-04T10:00:00Z');
    expect(a.sources.date).toBe('time-element');
  });

  it('ignores a <time> that is only further down the page', () => {
    const a = detect(page('', `<article><h1>Council votes</h1>${PROSE}</article><section><div class="other"><time datetime="2020-01-01">Jan 1</time></div></section>`));
    expect(a.sources.date).not.toBe('time-element');
  });

  it('reads a date stamp classed as a date just above the headline in the same header box', () => {
    const a = detect(page('', `<article><header><div class="row"><aside><ul><li class="item content__meta__date">19.07.2022</li></ul></aside><div><h2>Das Geheimnis der Riesenblumen</h2></div></div></header>${PROSE}</article>`));
    expect(a.date).toBe('2022-07-19');
  });

  it('reads a publication-date label cell with the cell after it', () => {
    const a = detect(page('', `<article><h1>異世界おもいで食堂</h1><dl><dt>配信開始日</dt><dd>2019/3/5</dd></dl>${PROSE}</article>`));
    expect(a.date).toBe('2019-03-05');
  });

  it('prefers the publication line to a later "updated" line', () => {
    const a = detect(page('', `<article><h1>Council votes</h1><p>Updated: June 2, 2021</p><p>Published: May 4, 2021</p>${PROSE}</article>`));
    expect(a.date).toBe('2021-05-04');
  });

  it('uses an update stamp when the page prints no other date', () => {
    const a = detect(page('', `<article><h1>Council votes</h1><p>Updated: June 2, 2021</p>${PROSE}</article>`));
    expect(a.date).toBe('2021-06-02');
  });

  // Templates print two stamps in the headline zone, not always the publication one first.
  describe('the publication stamp over an update stamp printed before it', () => {
    const zone = (stamps: string) => detect(page('', `<article><h1>Council votes</h1><div class="meta">${stamps}</div>${PROSE}</article>`));

    it('a <time class="updated"> before a <time class="published"> (WordPress themes)', () => {
      const a = zone('<time class="updated" datetime="2021-03-05T10:00:00Z">March 5</time> <time class="entry-date published" datetime="2021-03-03T09:00:00Z">March 3</time>');
      expect(a.date).toBe('2021-03-03T09:00:00Z');
      expect(a.sources.date).toBe('time-element');
    });

    it('a <time> labelled "Updated" before one labelled "Published"', () => {
      const a = zone('Updated: <time datetime="2021-03-05">Mar 5</time> | Published: <time datetime="2021-03-03">Mar 3</time>');
      expect(a.date).toBe('2021-03-03');
    });

    it('a stamp inside an element classed "updated", and the pubdate attribute', () => {
      expect(zone('<span class="last-updated">Updated <time datetime="2021-03-05">Mar 5</time></span> <span><time datetime="2021-03-03">Mar 3</time></span>').date).toBe('2021-03-03');
      expect(zone('<p>Last modified <time datetime="2021-03-05">Mar 5</time></p><p>First printed <time pubdate datetime="2021-03-03">Mar 3</time></p>').date).toBe('2021-03-03');
    });

    it('a stamp classed both "published updated" is the publication stamp (a WordPress post never edited)', () => {
      const a = zone('<time class="entry-date published updated" datetime="2021-03-03T09:00:00Z">March 3</time>');
      expect(a.sources.date).toBe('time-element');
      expect(a.date).toBe('2021-03-03T09:00:00Z');
    });

    it('itemprop=dateModified before itemprop=datePublished', () => {
      expect(zone('<time itemprop="dateModified" datetime="2021-03-05">Mar 5</time> <time itemprop="datePublished" datetime="2021-03-03">Mar 3</time>').date).toBe('2021-03-03');
    });

    it('the first stamp when neither says what it is, as before', () => {
      expect(zone('<time datetime="2021-03-05">Mar 5</time> <time datetime="2021-03-03">Mar 3</time>').date).toBe('2021-03-05');
    });

    it('an update stamp alone is a suggestion, and loses to a publication line in the text', () => {
      const alone = zone('Updated <time datetime="2021-03-05">Mar 5</time>');
      expect(alone.date).toBe('2021-03-05');
      expect(alone.sources.date).toBe('time-updated');
      expect(detectedFacts(alone).date).toBeUndefined();
      const withLine = detect(page('', `<article><h1>Council votes</h1><p>Updated <time datetime="2021-03-05">Mar 5</time></p><p>Published March 3, 2021</p>${PROSE}</article>`));
      expect(withLine.date).toBe('2021-03-03');
    });
  });
});

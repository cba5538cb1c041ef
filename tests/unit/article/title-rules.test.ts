/** The headline patterns of issue 11, one test per general pattern (core/article/title-rules). */
import { describe, expect, it } from 'vitest';
import { decodeEntities, isBoilerplateTitle, prefersPrintedHeadline, withoutPoweredBy } from '../../../src/core/article/title-rules';
import { cutDeclaredSite, siteNamesOf, siteScore, stripSiteFromTitle } from '../../../src/core/article/clean-text';

describe('decodeEntities', () => {
  it('decodes numeric and named references a template left in a title', () => {
    expect(decodeEntities('It&#8217;s the &#x201C;end&#x201D; &amp; more &rsquo;')).toBe('It’s the “end” & more ’');
  });

  it('leaves unknown or invalid references as written', () => {
    expect(decodeEntities('a &foo; b &#xD800; c')).toBe('a &foo; b &#xD800; c');
  });
});

describe('isBoilerplateTitle', () => {
  it('rejects greetings and "powered by" titles', () => {
    for (const t of ['谢谢您访问我们的网站', '欢迎访问人民网', 'Powered by Discuz!', '论坛 - Powered by phpwind']) expect(isBoilerplateTitle(t)).toBe(true);
  });

  it('rejects navigation links and the 本文原标题 note', () => {
    for (const t of ['Next article', 'Next story: the mayor speaks', '下一篇：市政府召开会议', '本文原标题：《城市的河》']) expect(isBoilerplateTitle(t)).toBe(true);
  });

  it('rejects the page address', () => {
    for (const t of ['https://news.example.com/2020/01/02/story.html', 'www.example.com', 'blog.example.com/post/1']) expect(isBoilerplateTitle(t)).toBe(true);
  });

  it('keeps real headlines', () => {
    for (const t of ['City council approves river plan', '全市召开河长制工作会议', 'Next steps for the city budget']) expect(isBoilerplateTitle(t)).toBe(false);
  });
});

describe('prefersPrintedHeadline', () => {
  it('takes the printed headline when the metadata title is cut at a quote inside it', () => {
    expect(prefersPrintedHeadline('Mayor says "', 'Mayor says "we will rebuild the bridge"')).toBe(true);
  });

  it('takes a printed full headline over a different social title', () => {
    expect(prefersPrintedHeadline("Zsa Zsa Gabor's Palm Springs home is for sale and it's pure paradise", "Take a tour inside Zsa Zsa Gabor's former Palm Springs retreat — it's for sale!")).toBe(true);
  });

  it('keeps the metadata title when the two are spellings of one headline', () => {
    expect(prefersPrintedHeadline('How we designed Dropbox’s ATF - an async task framework', 'How we designed Dropbox ATF: an async task framework')).toBe(false);
  });

  it('keeps the metadata title when the printed one is a short label or contained in it', () => {
    expect(prefersPrintedHeadline('The 5 Biggest Decorating Mistakes Millennials Make', 'Decorating')).toBe(false);
    expect(prefersPrintedHeadline('Council approves river plan | The Courier', 'Council approves river plan')).toBe(false);
  });
});

describe('site names in titles (issue 11)', () => {
  const site = siteNamesOf(['The Lakeside Ledger'], 'https://www.lakesideledger.example/metro/ferry-fares');

  it('reads the site name from the address, past device and section sub-domains and short second levels', () => {
    expect(siteNamesOf([], 'https://news.bbc.co.uk/x').host).toBe('bbc');
    expect(siteNamesOf([], 'https://m.example-post.com/a').host).toBe('examplepost');
    expect(siteNamesOf([], undefined).host).toBeUndefined();
  });

  it('scores a part that is the site, holds it, or is something else', () => {
    expect(siteScore('The Lakeside Ledger', site)).toBe(2);
    expect(siteScore('LakesideLedger.com', site)).toBe(2);
    expect(siteScore('Lakeside Ledger Online', site)).toBe(2);
    expect(siteScore('Lakeside Ledger Metro Edition', site)).toBe(1);
    expect(siteScore('Ferry fares rise for the first time since 2009', site)).toBe(0);
  });

  it('cuts the site part wherever it stands, also "Site: Headline"', () => {
    expect(stripSiteFromTitle('Lakeside Ledger | Ferry fares rise', site)).toBe('Ferry fares rise');
    expect(stripSiteFromTitle('Fares rise - The Lakeside Ledger Online Edition', site)).toBe('Fares rise');
    expect(stripSiteFromTitle('The Lakeside Ledger: Ferry fares rise again in spring', site)).toBe('Ferry fares rise again in spring');
    // A colon inside a headline that does not follow the site's name stays.
    expect(stripSiteFromTitle('Ferries: the fares rise again', site)).toBe('Ferries: the fares rise again');
  });

  it('takes the part the page prints as its headline', () => {
    expect(stripSiteFromTitle('Fares rise | Metro | A very long name of a regional newspaper', undefined, 'Fares rise')).toBe('Fares rise');
  });

  it('cuts a declared site off a metadata title only when one part is left', () => {
    expect(cutDeclaredSite('Ferry fares rise | The Lakeside Ledger', site)).toBe('Ferry fares rise');
    expect(cutDeclaredSite('Ferry fares rise | Metro | The Lakeside Ledger', site)).toBe('Ferry fares rise | Metro | The Lakeside Ledger');
    expect(cutDeclaredSite('Ferry fares rise - and what riders pay', site)).toBe('Ferry fares rise - and what riders pay');
  });
});

describe('withoutPoweredBy', () => {
  it('keeps a thread title from a forum <title> and drops the "Powered by" part', () => {
    expect(withoutPoweredBy('渡口票价上涨 - 本地新闻 - 湖畔论坛 - Powered by Discuz!')).toBe('渡口票价上涨 - 本地新闻 - 湖畔论坛');
    expect(withoutPoweredBy('Ferry fares rise for the first time in years — Powered by WordPress')).toBe('Ferry fares rise for the first time in years');
  });

  it('leaves a bare "Forum - Powered by X" as it is (boilerplate)', () => {
    expect(withoutPoweredBy('论坛 - Powered by phpwind')).toBe('论坛 - Powered by phpwind');
    expect(isBoilerplateTitle(withoutPoweredBy('论坛 - Powered by phpwind'))).toBe(true);
  });

  it('decodes references encoded twice or three times', () => {
    expect(decodeEntities('Rider&amp;#8217;s fare &amp;amp;amp; more')).toBe('Rider’s fare & more');
  });
});

/** The headline patterns of issue 11, one test per general pattern (core/article/title-rules). */
import { describe, expect, it } from 'vitest';
import { decodeEntities, isBoilerplateTitle, prefersPrintedHeadline } from '../../../src/core/article/title-rules';

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

import { describe, expect, it } from 'vitest';
import { ARTICLE_THRESHOLD, articleConfidence, isIndexLikeUrl, type ArticleEvidence } from '../../../src/core/article/article-confidence';

const article: ArticleEvidence = {
  bodyWeightedLength: 2400,
  proseBlocks: 8,
  linkBlocks: 0,
  pageLinkShare: 0.3,
  declaredArticle: true,
  declaredOther: false,
  isIndexLikeUrl: false,
  hasTitle: true,
  hasDate: true,
};

describe('articleConfidence', () => {
  it('goes down as the evidence for one article weakens', () => {
    const steps: ArticleEvidence[] = [
      article,
      { ...article, declaredArticle: false },
      { ...article, declaredArticle: false, hasDate: false },
      { ...article, declaredArticle: false, hasDate: false, bodyWeightedLength: 300 },
      { ...article, declaredArticle: false, hasDate: false, bodyWeightedLength: 300, linkBlocks: 12, proseBlocks: 2 },
      { ...article, declaredArticle: false, hasDate: false, bodyWeightedLength: 300, linkBlocks: 12, proseBlocks: 2, isIndexLikeUrl: true },
    ];
    const scores = steps.map(articleConfidence);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);
    expect(scores[0]).toBeGreaterThanOrEqual(ARTICLE_THRESHOLD);
    expect(scores[scores.length - 1]).toBeLessThan(ARTICLE_THRESHOLD);
  });

  it('stays within 0 and 1', () => {
    expect(articleConfidence({ ...article, bodyWeightedLength: 1e9 })).toBeLessThanOrEqual(1);
    expect(articleConfidence({ ...article, bodyWeightedLength: 0, declaredArticle: false, declaredOther: true, isIndexLikeUrl: true, pageLinkShare: 1 })).toBe(0);
  });
});

describe('isIndexLikeUrl', () => {
  it('recognises home pages, section fronts and searches', () => {
    expect(isIndexLikeUrl('https://news.example.com/')).toBe(true);
    expect(isIndexLikeUrl('https://news.example.com/world/')).toBe(true);
    expect(isIndexLikeUrl('https://news.example.com/search?q=river')).toBe(true);
  });

  it('leaves article URLs alone', () => {
    expect(isIndexLikeUrl('https://news.example.com/world/2022/03/31/talks-resume.html')).toBe(false);
    expect(isIndexLikeUrl('http://paper.people.com.cn/rmrb/html/2022-03/31/nw.D110000renmrb_20220331_2-03.htm')).toBe(false);
  });
});

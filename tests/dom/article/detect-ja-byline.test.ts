/** A Japanese page's byline under the headline (issue 11): read as the author and kept out of the body. Hand-made page. */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { detectedFacts } from '../../../src/core/article/field-confidence';

const PROSE = Array.from({ length: 5 }, (_, i) => `<p>第${i + 1}段。市の図書館は二年ぶりに閲覧室を再開し、朝から多くの利用者が列を作った。館長は新しい書架と照明について説明した。</p>`).join('');

describe('detectArticle Japanese bylines', () => {
  it('reads 文＝name under the headline as the author, not body text', () => {
    const doc = new DOMParser().parseFromString(`<html lang="ja"><body><article><h1>図書館が閲覧室を再開</h1><p class="credit">文＝岡本 悠</p>${PROSE}</article></body></html>`, 'text/html');
    const a = detectArticle(doc, 'https://news.example.jp/articles/123');
    expect(detectedFacts(a).authors.map((p) => p.name)).toEqual(['岡本 悠']);
    expect(a.body.text).not.toContain('岡本');
  });
});

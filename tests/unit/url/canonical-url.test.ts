import { describe, expect, it } from 'vitest';
import { isSameSite, mayAccessPage } from '../../../src/core/url/page-access';
import { canonicalPageUrl, normalizeUrl } from '../../../src/core/url/canonical-url';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters and sorts the rest', () => {
    expect(normalizeUrl('https://News.example.com/a?z=1&utm_source=x&fbclid=y&a=2#top')).toBe(
      'https://news.example.com/a?a=2&z=1',
    );
  });

  it('ignores the e-paper view switch ?div=-1', () => {
    expect(normalizeUrl('http://epaper.example.cn/html/2022-03/31/content_1.htm?div=-1')).toBe(
      'http://epaper.example.cn/html/2022-03/31/content_1.htm',
    );
  });

  it('refuses addresses that are not web pages', () => {
    expect(normalizeUrl('chrome://extensions')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});

describe('canonicalPageUrl', () => {
  it('prefers the canonical link of an article', () => {
    expect(canonicalPageUrl('https://m.example.com/a/1?utm_medium=s', 'https://www.example.com/a/1')).toBe(
      'https://www.example.com/a/1',
    );
  });

  it('resolves a relative canonical link against the page', () => {
    expect(canonicalPageUrl('https://example.com/news/1.html?from=timeline', '/news/1.html')).toBe(
      'https://example.com/news/1.html',
    );
  });

  it('ignores a canonical link that points an article at the home page', () => {
    expect(canonicalPageUrl('https://example.com/news/1.html', 'https://example.com/')).toBe(
      'https://example.com/news/1.html',
    );
  });

  it('ignores a canonical link to another site, whose highlights this page may not touch', () => {
    expect(canonicalPageUrl('https://evil.example/a', 'https://bank.example/statement')).toBe('https://evil.example/a');
    expect(canonicalPageUrl('http://paper.example.cn/a', 'https://www.paper.example.cn/a')).toBe('https://www.paper.example.cn/a');
  });
});

describe('isSameSite / mayAccessPage', () => {
  it('treats scheme, port and a www./m. label as the same site, and nothing else', () => {
    expect(isSameSite('https://m.example.com/x', 'http://www.example.com:8080/y')).toBe(true);
    expect(isSameSite('https://example.com/x', 'https://example.com.evil.example/x')).toBe(false);
    expect(isSameSite('https://news.example.com/x', 'https://example.com/x')).toBe(false);
    expect(isSameSite('file:///a/b.html', 'file:///a/b.html')).toBe(true);
    expect(isSameSite('file:///a/b.html', 'file:///a/c.html')).toBe(false);
    expect(isSameSite('https://example.com/', 'urn:x-jianbao:1')).toBe(false);
    expect(mayAccessPage(undefined, 'https://example.com/')).toBe(false);
  });
});

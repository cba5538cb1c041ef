import { describe, expect, it } from 'vitest';
import { FINGERPRINT_CHARS, framePageKey, isFramePageKey, textFingerprint } from '../../../src/core/url/frame-key';
import { canonicalPageUrl } from '../../../src/core/url/canonical-url';
import { senderPageAddress } from '../../../src/core/url/page-access';

const PAGE = 'http://paper.example.cn/html/2022-03/31/node_2.htm';
const ARTICLE = '乡村振兴战略全面推进。\n  今年以来，各地扎实推进乡村建设行动，农村人居环境持续改善。';

describe('framePageKey', () => {
  it('is the parent page plus a fingerprint fragment, which no page key has', () => {
    const key = framePageKey(PAGE, '乡村振兴', ARTICLE);
    expect(key).toMatch(/^http:\/\/paper\.example\.cn\/html\/2022-03\/31\/node_2\.htm#jianbao-frame=[0-9a-f]{8}$/);
    expect(isFramePageKey(key)).toBe(true);
    expect(isFramePageKey(canonicalPageUrl(`${PAGE}#jianbao-frame=12345678`))).toBe(false);
    expect(isFramePageKey(PAGE)).toBe(false);
  });

  it('is the same for the same text however it is wrapped or indented, and for a nested frame keeps one fragment', () => {
    const key = framePageKey(PAGE, '乡村振兴', ARTICLE);
    expect(framePageKey(PAGE, '乡村振兴 ', ARTICLE.replace(/\n\s*/g, ' '))).toBe(key);
    expect(framePageKey(key, '乡村振兴', ARTICLE)).toBe(key);
  });

  it('differs for another text (a viewer\'s next message) and another title; ignores what follows the first characters', () => {
    const key = framePageKey(PAGE, 'A', ARTICLE);
    expect(framePageKey(PAGE, 'A', ARTICLE.replace('农村', '城市'))).not.toBe(key);
    expect(framePageKey(PAGE, 'B', ARTICLE)).not.toBe(key);
    const long = 'x'.repeat(FINGERPRINT_CHARS);
    expect(textFingerprint('', `${long}comments: 1`)).toBe(textFingerprint('', `${long}comments: 2`));
    expect(textFingerprint('', 'a')).not.toBe(textFingerprint('', 'b'));
  });
});

describe('senderPageAddress', () => {
  it('is the frame\'s own address when it has one', () => {
    expect(senderPageAddress('https://news.example/a', 'https://news.example')).toBe('https://news.example/a');
    expect(senderPageAddress('file:///home/me/a.html', 'null')).toBe('file:///home/me/a.html');
  });
  it('is the creator\'s origin for about:blank and about:srcdoc, and nothing without a web origin', () => {
    expect(senderPageAddress('about:blank', 'https://news.example')).toBe('https://news.example/');
    expect(senderPageAddress('about:srcdoc', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(senderPageAddress('about:blank', 'null')).toBeUndefined();
    expect(senderPageAddress('about:srcdoc', undefined)).toBeUndefined();
    expect(senderPageAddress('about:blank', 'https://news.example/path')).toBeUndefined();
    expect(senderPageAddress('about:addons', 'https://news.example')).toBeUndefined();
  });
});

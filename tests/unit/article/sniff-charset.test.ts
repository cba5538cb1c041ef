import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, looksLikeHtml, sniffCharset } from '../../../src/core/article/sniff-charset';

const gbkPage = new Uint8Array(readFileSync(new URL('../../fixtures/pages/gbk-news.html', import.meta.url)));
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffCharset', () => {
  it('maps a declared gb2312 page to GB18030', () => {
    expect(sniffCharset(gbkPage)).toBe('gb18030');
  });

  it('honours a byte-order mark before any declaration', () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="gbk">')]))).toBe('utf-8');
  });

  it('falls back to UTF-8 without a declaration', () => {
    expect(sniffCharset(ascii('<html><body>hi</body></html>'))).toBe('utf-8');
  });
});

describe('decodeHtml', () => {
  it('decodes a GBK page by its declared charset', () => {
    const html = decodeHtml(gbkPage);
    expect(html).toContain('老城区改造启动');
    expect(html).toContain('本报讯（记者尹娟）');
  });

  it('decodes a page re-encoded to UTF-8 that still declares GBK as UTF-8', () => {
    const html = '<meta charset="gbk"><p>长江保护修复</p>';
    expect(decodeHtml(new TextEncoder().encode(html))).toBe(html);
  });
});

describe('looksLikeHtml', () => {
  it('tells HTML from other text', () => {
    expect(looksLikeHtml(decodeHtml(gbkPage))).toBe(true);
    expect(looksLikeHtml('{"name": "jianbao"}')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isPdfAddress, readerAddress, readerPdfKey } from '../../../src/core/pdf/pdf-address';

describe('isPdfAddress', () => {
  it('knows a PDF by its path, with or without a query', () => {
    expect(isPdfAddress('https://paper.example.cn/images/2022-03/31/02/rmrb2022033102.pdf')).toBe(true);
    expect(isPdfAddress('http://127.0.0.1:8080/a/B.PDF?download=0#page=2')).toBe(true);
    expect(isPdfAddress('file:///home/reader/jzrb-20220331-02.pdf')).toBe(true);
  });

  it('refuses pages, other schemes and addresses that only mention pdf', () => {
    expect(isPdfAddress('https://example.com/pdf/index.html')).toBe(false);
    expect(isPdfAddress('https://example.com/view?file=a.pdf')).toBe(false);
    expect(isPdfAddress('chrome-extension://abc/viewer/viewer.html?file=x.pdf')).toBe(false);
    expect(isPdfAddress('javascript:alert(1)//.pdf')).toBe(false);
    expect(isPdfAddress('not a url.pdf')).toBe(false);
    expect(isPdfAddress(undefined)).toBe(false);
  });
});

describe('readerAddress', () => {
  it('passes the PDF address as one encoded parameter', () => {
    const address = readerAddress('chrome-extension://id/viewer/viewer.html', 'https://x.cn/a b.pdf?x=1&y=2');
    expect(new URL(address).searchParams.get('file')).toBe('https://x.cn/a b.pdf?x=1&y=2');
  });
});

describe('readerPdfKey', () => {
  const viewer = 'chrome-extension://id/viewer/viewer.html';
  it('reads the PDF key the reader put into its own address', () => {
    expect(readerPdfKey(`${viewer}?file=x&pdf=urn%3Ax-pdf%3A23e450e8d6148016a7718ceb95c4025a`, viewer)).toBe('urn:x-pdf:23e450e8d6148016a7718ceb95c4025a');
  });
  it('ignores other pages and keys that are not PDF keys', () => {
    expect(readerPdfKey('https://evil.example/viewer/viewer.html?pdf=urn:x-pdf:23e450e8d6148016a7718ceb95c4025a', viewer)).toBeUndefined();
    expect(readerPdfKey(`${viewer}?pdf=https://news.example.com/a`, viewer)).toBeUndefined();
    expect(readerPdfKey(`${viewer}?file=x`, viewer)).toBeUndefined();
    expect(readerPdfKey(undefined, viewer)).toBeUndefined();
  });
});

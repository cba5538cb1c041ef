/**
 * Where the reader's PDF comes from: only http(s) and file addresses in `?file=` are fetched;
 * anything else (script, data, blob, extension pages, relative or broken addresses) is refused.
 * The file name shown and read for the issue comes from the address, decoded when it can be.
 */
import { describe, expect, it } from 'vitest';
import { addressFromQuery, fileNameOf } from '../../../viewer/open-source';

const query = (address: string) => `?file=${encodeURIComponent(address)}`;

describe('the reader page address', () => {
  it('takes http, https and file addresses', () => {
    expect(addressFromQuery(query('https://paper.example.cn/2022-03/31/jzrb-20220331-02.pdf'))).toBe('https://paper.example.cn/2022-03/31/jzrb-20220331-02.pdf');
    expect(addressFromQuery(query('http://127.0.0.1:8080/a.pdf?download=1'))).toBe('http://127.0.0.1:8080/a.pdf?download=1');
    expect(addressFromQuery(query('file:///home/reader/报纸/02.pdf'))).toBe('file:///home/reader/%E6%8A%A5%E7%BA%B8/02.pdf');
  });

  it('refuses every other scheme, relative and broken addresses, and a missing parameter', () => {
    for (const address of ['javascript:alert(1)', 'data:application/pdf;base64,JVBERi0=', 'blob:https://example.com/1', 'chrome-extension://abc/options/options.html', 'ftp://example.com/a.pdf', '/a.pdf', 'a.pdf', 'http://']) {
      expect(addressFromQuery(query(address)), address).toBeUndefined();
    }
    expect(addressFromQuery('')).toBeUndefined();
    expect(addressFromQuery('?pdf=urn:x-pdf:23e450e8d6148016')).toBeUndefined();
  });
});

describe('fileNameOf', () => {
  it('is the decoded last segment of the path', () => {
    expect(fileNameOf('https://paper.example.cn/pdf/%E4%BA%BA%E6%B0%91%E6%97%A5%E6%8A%A5-02.pdf?x=1')).toBe('人民日报-02.pdf');
    expect(fileNameOf('https://paper.example.cn/')).toBe('https://paper.example.cn/');
  });

  it('keeps a segment with a stray percent sign as it is instead of failing the open', () => {
    expect(fileNameOf('https://paper.example.cn/pdf/100%25-%E0%A4%A.pdf')).toBe('100%25-%E0%A4%A.pdf');
  });
});

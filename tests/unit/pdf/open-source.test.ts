/**
 * Where the reader's PDF comes from: only http(s) and file addresses in `?file=` are fetched;
 * anything else (script, data, blob, extension pages, relative or broken addresses) is refused.
 * The file name shown and read for the issue comes from the address, decoded when it can be.
 */
import { describe, expect, it } from 'vitest';
import { addressFromQuery, fetchPdf, fileNameOf, PdfTooLargeError, readPdfFile } from '../../../viewer/open-source';

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

/**
 * A body that never ends unless cancelled: `pulled` counts the chunks the reader asked for, so
 * a test sees that the fetch stopped at the limit instead of reading everything first.
 */
function endlessBody(chunkBytes: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(seen.pulled % 251));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

const serving = (response: Response) => (async () => response) as unknown as typeof fetch;

describe('fetchPdf and the size limit', () => {
  it('reads a body without Content-Length to the end, chunks joined in order', async () => {
    const chunks = [new Uint8Array([37, 80, 68, 70]), new Uint8Array([45, 49]), new Uint8Array([46, 55])];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const source = await fetchPdf('https://paper.example.cn/a/jzrb-20220331-02.pdf', serving(new Response(body)), 100);
    expect(Array.from(source.bytes)).toEqual([37, 80, 68, 70, 45, 49, 46, 55]);
    expect(source.name).toBe('jzrb-20220331-02.pdf');
  });

  it('stops an endless body with no Content-Length once it passes the limit, and cancels the download', async () => {
    const { stream, seen } = endlessBody(64 * 1024);
    const response = new Response(stream);
    expect(response.headers.get('content-length')).toBeNull();
    const error = await fetchPdf('https://paper.example.cn/big.pdf', serving(response), 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfTooLargeError);
    expect((error as PdfTooLargeError).limit).toBe(1024 * 1024);
    expect(seen.cancelled).toBe(true);
    // 1 MB in 64 KB chunks: the 17th passes the limit; a stream may pull a chunk ahead (high-water mark 1).
    expect(seen.pulled).toBeGreaterThanOrEqual(17);
    expect(seen.pulled).toBeLessThanOrEqual(18);
  });

  it('stops a body whose Content-Length understates it', async () => {
    const { stream, seen } = endlessBody(1000);
    const response = new Response(stream, { headers: { 'content-length': '1500' } });
    await expect(fetchPdf('https://paper.example.cn/lying.pdf', serving(response), 5000)).rejects.toBeInstanceOf(PdfTooLargeError);
    expect(seen.cancelled).toBe(true);
  });

  it('refuses a Content-Length over the default 200 MB limit before reading the body', async () => {
    const { stream, seen } = endlessBody(1000);
    const response = new Response(stream, { headers: { 'content-length': String(201 * 1024 * 1024) } });
    await expect(fetchPdf('https://paper.example.cn/huge.pdf', serving(response))).rejects.toBeInstanceOf(PdfTooLargeError);
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(1); // at most what the stream pulled on its own when made
  });

  it('takes a body exactly at the limit, and says HTTP errors as such', async () => {
    const bytes = new Uint8Array(4096).fill(7);
    expect((await fetchPdf('https://paper.example.cn/edge.pdf', serving(new Response(bytes)), 4096)).bytes.byteLength).toBe(4096);
    await expect(fetchPdf('https://paper.example.cn/gone.pdf', serving(new Response('no', { status: 404 })))).rejects.toThrow('HTTP 404');
  });

  it('holds for a chosen or dropped file as well', async () => {
    const file = new File([new Uint8Array(2049)], '人民日报-02.pdf', { type: 'application/pdf' });
    await expect(readPdfFile(file, 2048)).rejects.toBeInstanceOf(PdfTooLargeError);
    expect((await readPdfFile(file, 4096)).name).toBe('人民日报-02.pdf');
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, fetchImage } from '../../../src/background/clippings/fetch-image';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const requests: string[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/photo.png') return res.end(PNG);
    if (req.url === '/huge.png') {
      // No Content-Length: the cap must hold while reading.
      res.write(PNG);
      const chunk = Buffer.alloc(1024 * 1024);
      let sent = 0;
      const more = () => {
        while (sent < 17 && res.write(chunk)) sent++;
        if (sent < 17) res.once('drain', more);
        else res.end();
      };
      return more();
    }
    if (req.url === '/elsewhere') {
      res.writeHead(302, { location: '/photo.png' });
      return res.end();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchImage', () => {
  it('fetches an image a local page shows, following a redirect that stays allowed', async () => {
    const got = await fetchImage(`${base}/photo.png`, 1_000_000, `${base}/article.html`);
    expect(got).toMatchObject({ type: 'image/png', size: PNG.length });
    expect(await fetchImage(`${base}/elsewhere`, 1_000_000, `${base}/article.html`)).toMatchObject({ type: 'image/png' });
  });

  it('sends no request at all for a local-network address named by a public page', async () => {
    requests.length = 0;
    expect(await fetchImage(`${base}/photo.png`, 1_000_000, 'https://news.example.com/a.html')).toBeNull();
    expect(requests).toEqual([]);
  });

  it('keeps no image over MAX_IMAGE_BYTES, whatever budget the reader left', async () => {
    expect(MAX_IMAGE_BYTES).toBeLessThan(17 * 1024 * 1024);
    expect(await fetchImage(`${base}/huge.png`, 1024 * 1024 * 1024, `${base}/article.html`)).toBeNull();
  });
});

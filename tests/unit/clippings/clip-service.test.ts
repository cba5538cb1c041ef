import { beforeEach, describe, expect, it } from 'vitest';
import { clipArticle } from '../../../src/background/clippings/clip-service';
import { deleteClipping, dropOldImages, updateClipping } from '../../../src/background/clippings/clipping-service';
import type { ImageFetcher } from '../../../src/background/clippings/fetch-image';
import { allClippings, clippingImages, clippingStorageByPaper, clippingText, searchClippingIds } from '../../../src/background/db/clipping-queries';
import type { JianbaoDb } from '../../../src/background/db/database';
import { DEFAULT_CLIPPING_SETTINGS } from '../../../src/core/clippings/clipping';
import type { DetectedArticle } from '../../../src/messages';
import { freshDb } from '../fake-db';
import fs from 'node:fs';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
function png(size: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  bytes.set(PNG);
  return bytes.buffer;
}

/** Serves images by address: `big` is 600 KB, `html` is not an image, `missing` fails. */
const fetcher: ImageFetcher = async (src, maxBytes) => {
  if (src.includes('missing')) return null;
  if (src.includes('html')) return null;
  const size = src.includes('big') ? 600_000 : 2_000;
  return size > maxBytes ? null : { bytes: png(size), type: 'image/png', size };
};

const article: DetectedArticle = {
  kind: 'html',
  url: 'https://epaper.example.cn/html/2022-03/31/content_6.htm',
  title: '“最美石油红”守护碧水蓝天',
  authors: [{ name: '张三', role: 'reporter' }],
  publication: '荆州日报',
  date: '2022-03-31',
  page: '02',
  language: 'zh-CN',
  bodyText: '早上8时，江汉油田的清晨。\n\n废弃井在哪里，他和同事就把绿色环保延伸到哪里。',
  sources: {},
};

const img = (src: string, paragraph = 0) => ({ src: `https://epaper.example.cn/${src}.jpg`, alt: src, caption: '', paragraph });

let db: JianbaoDb;
beforeEach(() => {
  db = freshDb();
});

describe('clipArticle', () => {
  it('asks for no address a page could not show itself: local network from a public page, other schemes, credentials', async () => {
    const asked: string[] = [];
    const recording: ImageFetcher = async (src, maxBytes, pageUrl) => {
      asked.push(`${src} for ${pageUrl}`);
      return fetcher(src, maxBytes, pageUrl);
    };
    const images = [
      img('a'),
      { src: 'http://192.168.1.1/cgi-bin/reboot.jpg', alt: '', caption: '', paragraph: 0 },
      { src: 'http://localhost:8080/admin.png', alt: '', caption: '', paragraph: 0 },
      { src: 'ftp://files.example.cn/p.jpg', alt: '', caption: '', paragraph: 0 },
      { src: 'https://user:pw@epaper.example.cn/p.jpg', alt: '', caption: '', paragraph: 1 },
      img('b', 1),
    ];
    const report = await clipArticle(db, { article, images }, { fetcher: recording, now: 1000 });
    expect(asked).toEqual([`https://epaper.example.cn/a.jpg for ${article.url}`, `https://epaper.example.cn/b.jpg for ${article.url}`]);
    expect(report).toMatchObject({ images: 2, imagesSkipped: 4 });
    // A page served from the local network may keep its own network's images.
    asked.length = 0;
    const local = { ...article, url: 'http://127.0.0.1:8377/paper/content_6.htm' };
    await clipArticle(db, { article: local, images: [{ src: 'http://127.0.0.1:8377/paper/photo.jpg', alt: '', caption: '', paragraph: 0 }] }, { fetcher: recording, now: 2000 });
    expect(asked).toEqual([`http://127.0.0.1:8377/paper/photo.jpg for ${local.url}`]);
  });

  it('stores heading, text with paragraphs, tokens and the images in order; clipping again keeps note and tags', async () => {
    const report = await clipArticle(db, { article, images: [img('a', 0), img('missing'), img('b', 1)] }, { fetcher, now: 1000 });
    expect(report).toEqual({ clippings: [{ id: article.url, title: article.title, created: true }], images: 2, imagesSkipped: 1 });
    const [clipping] = await allClippings(db);
    expect(clipping).toMatchObject({ id: article.url, publication: '荆州日报', date: '2022-03-31', page: '02', imageCount: 2, imageBytes: 4000, imagesSkipped: 1, note: '', tags: [], createdAt: 1000 });
    expect((await clippingText(db, article.url))!.bodyText).toBe(article.bodyText);
    const images = await clippingImages(db, article.url);
    expect(images.map((i) => [i.alt, i.paragraph, i.type, i.size, new Uint8Array(i.bytes).slice(0, 4)])).toEqual([
      ['a', 0, 'image/png', 2000, PNG.slice(0, 4)],
      ['b', 1, 'image/png', 2000, PNG.slice(0, 4)],
    ]);
    expect(await searchClippingIds(db, '石油')).toEqual(new Set([article.url]));
    expect(await searchClippingIds(db, '绿色环保')).toEqual(new Set([article.url]));
    expect(await searchClippingIds(db, '天然气')).toEqual(new Set());

    await updateClipping(db, article.url, { note: '值得再读 climate', tags: ['环保', ' #能源 '] }, 2000);
    expect(await searchClippingIds(db, 'clim')).toEqual(new Set([article.url]));
    const again = await clipArticle(db, { article: { ...article, title: '新标题' }, images: [img('a')] }, { fetcher, now: 3000 });
    expect(again.clippings[0].created).toBe(false);
    const [refreshed] = await allClippings(db);
    expect(refreshed).toMatchObject({ title: '新标题', note: '值得再读 climate', tags: ['环保', '能源'], createdAt: 1000, updatedAt: 3000, imageCount: 1 });
  });

  it('keeps images within the per-clipping and total limits, and none when images are off', async () => {
    const settings = { ...DEFAULT_CLIPPING_SETTINGS, maxClippingBytes: 1_000_000, maxTotalBytes: 1_300_000 };
    const first = await clipArticle(db, { article, images: [img('big1'), img('big2'), img('small')] }, { fetcher, settings });
    // 600 KB fits, a second 600 KB does not (1.2 MB > 1 MB), the small one still does.
    expect([first.images, first.imagesSkipped]).toEqual([2, 1]);
    const other = { ...article, url: 'https://epaper.example.cn/other.htm' };
    const second = await clipArticle(db, { article: other, images: [img('big3'), img('small2')] }, { fetcher, settings });
    // 602 KB are used of 1.3 MB: 698 KB are left, so 600 KB fits and then only the small one.
    expect([second.images, second.imagesSkipped]).toEqual([2, 0]);
    const third = await clipArticle(db, { article: { ...article, url: 'https://x.example/3' }, images: [img('big4')] }, { fetcher, settings });
    expect([third.images, third.imagesSkipped]).toEqual([0, 1]);
    const off = await clipArticle(db, { article: { ...article, url: 'https://x.example/4' }, images: [img('small3')] }, { fetcher, settings: { ...settings, images: false } });
    expect([off.images, off.imagesSkipped]).toEqual([0, 1]);
    expect((await clippingStorageByPaper(db))[0]).toMatchObject({ paper: '荆州日报', clippings: 4, images: 4, bytes: 1_204_000 });
  });

  it('clips the items of a raw newspaper page, the selected one when there is a selection, and only new ones after a highlight', async () => {
    const seed = fs.readFileSync('../shared/fixtures/seed-page.txt', 'utf8');
    const page: DetectedArticle = { ...article, kind: 'text-page', url: 'https://epaper.example.cn/seed.txt', title: 'seed', bodyText: seed };
    const one = await clipArticle(db, { article: page, images: [img('a')], quote: '整改32台高耗能设备' }, { fetcher });
    expect(one.clippings).toHaveLength(1);
    expect(one.images).toBe(0); // items of a text page have no images
    expect((await clippingText(db, one.clippings[0].id))!.bodyText).toContain('整改32台高耗能设备');
    const again = await clipArticle(db, { article: page, images: [], quote: '整改32台高耗能设备', onlyIfNew: true }, { fetcher });
    expect(again.clippings).toEqual([]);
    const all = await clipArticle(db, { article: page, images: [] }, { fetcher });
    expect(all.clippings.length).toBeGreaterThan(3);
    expect(all.clippings.every((c) => c.id.startsWith(`${page.url}#item-`))).toBe(true);
  });

  it('drops the images of old clippings and deletes a clipping with its text and images', async () => {
    await clipArticle(db, { article, images: [img('a'), img('b')] }, { fetcher });
    const dropped = await dropOldImages(db, { before: '2022-04-01' });
    expect(dropped).toEqual({ clippings: 1, bytes: 4000 });
    expect(await clippingImages(db, article.url)).toEqual([]);
    expect((await allClippings(db))[0]).toMatchObject({ imageCount: 0, imageBytes: 0 });
    expect(await clippingText(db, article.url)).toBeDefined();
    expect(await deleteClipping(db, article.url)).toEqual({ removed: true });
    expect(await allClippings(db)).toEqual([]);
    expect(await clippingText(db, article.url)).toBeUndefined();
  });
});

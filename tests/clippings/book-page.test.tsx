import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clipping } from '../../src/core/clippings/clipping';
import { fakeBrowser, uiState } from '../popup/fake-browser';
import { makeHighlight } from '../popup/seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { openDb } = await import('../../src/background/db/database');
const { BookApp } = await import('../../clippings/book-app');
const { clippingTextRow } = await import('../../src/background/clippings/clip-service');

const URL1 = 'https://epaper.example.cn/html/2022-03/31/content_6.htm';
const URL2 = 'https://epaper.example.cn/html/2022-03/31/content_7.htm';
const BODY1 = '早上8时，江汉油田的清晨。\n\n废弃井在哪里，他和同事就把绿色环保延伸到哪里。We’d go.';

function clipping(id: string, title: string, extra: Partial<Clipping> = {}): Clipping {
  return { id, pageUrl: id, url: id, title, authors: [{ name: '张三', role: 'reporter' }], publication: '荆州日报', date: '2022-03-31', page: '02', language: 'zh-CN', note: '', tags: [], imageCount: 0, imageBytes: 0, imagesSkipped: 0, createdAt: 1, updatedAt: 1, ...extra };
}

async function seedBook() {
  const db = openDb();
  await Promise.all([db.clippings.clear(), db.clippingTexts.clear(), db.clippingImages.clear(), db.annotations.clear()]);
  const a = clipping(URL1, '“最美石油红”守护碧水蓝天', { imageCount: 1, imageBytes: 12, tags: ['环保'] });
  const b = clipping(URL2, '加快城市运行管理“一网统管”', { createdAt: 2 });
  const c = clipping('https://news.example.com/climate', 'The climate report', { publication: 'The Guardian', date: '2021-11-18', page: 'A3', language: 'en', createdAt: 3 });
  await db.clippings.bulkPut([a, b, c]);
  await db.clippingTexts.bulkPut([
    clippingTextRow(a, BODY1),
    clippingTextRow(b, '城市运行管理。'),
    clippingTextRow(c, 'Glasgow talks.'),
  ]);
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).buffer;
  await db.clippingImages.put({ id: `${a.id}#img-0`, clippingId: a.id, index: 0, sourceUrl: 'https://epaper.example.cn/p.png', type: 'image/png', bytes, size: 12, alt: '油田', caption: '江汉油田', paragraph: 1 });
  await db.annotations.put(makeHighlight('h1', '绿色环保', { pageUrl: a.id, articleId: a.id, color: 'green', note: '这是笔记', createdAt: 5 }));
}

/** A Blob's bytes (jsdom's Blob has no arrayBuffer()). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** The shown clipping's header line and byline, opened by its address in an interface language. */
async function shownHeader(language: 'en' | 'zh_CN', id: string): Promise<{ meta: string | null; byline: string | null }> {
  uiState.language = language;
  location.hash = new URLSearchParams({ clip: id }).toString();
  const { container, unmount } = render(<BookApp />);
  await waitFor(() => expect(container.querySelector('article.clipping')?.getAttribute('data-clipping')).toBe(id));
  const header = { meta: container.querySelector('.clip-meta')!.textContent, byline: container.querySelector('.clip-byline')?.textContent ?? null };
  unmount();
  return header;
}

beforeEach(async () => {
  uiState.language = 'zh_CN';
  location.hash = '';
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = vi.fn(() => 'blob:test/1');
  (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = vi.fn();
  await seedBook();
});
afterEach(cleanup);

describe('the clipping book page', () => {
  it('shows contents by paper → date → 版 → article and renders a clipping from the stored record', async () => {
    const { container } = render(<BookApp />);
    await waitFor(() => expect(container.querySelector('[data-clip]')).not.toBeNull());
    const paper = container.querySelector('details[data-group="paper"]')!;
    expect(paper.querySelector('.toc-paper')!.textContent).toBe('荆州日报');
    expect(paper.querySelector('.toc-date')!.textContent).toBe('2022-03-31');
    expect(paper.querySelector('.toc-page-label')!.textContent).toBe('第02版');
    expect([...paper.querySelectorAll('[data-clip]')].map((a) => a.textContent)).toEqual(['“最美石油红”守护碧水蓝天', '加快城市运行管理“一网统管”']);
    // The count comes with the headings, after the first screen.
    await waitFor(() => expect(container.querySelector('[data-role="count"]')?.textContent).toBe('共 3 篇剪报'));
    await waitFor(() => expect(container.querySelector('.toc-paper + .count')?.textContent).toBe('2'));

    fireEvent.click(container.querySelector(`[data-clip="${URL1}"]`)!);
    await waitFor(() => expect(container.querySelector('article.clipping')).not.toBeNull());
    const article = container.querySelector('article.clipping')!;
    expect(article.querySelector('.clip-headline')!.textContent).toBe('“最美石油红”守护碧水蓝天');
    const mark = article.querySelector('mark.hl')!;
    expect(mark.textContent).toBe('绿色环保');
    expect(mark.getAttribute('data-color')).toBe('green');
    expect((mark as HTMLElement).style.backgroundColor).not.toBe('');
    expect(article.querySelector('.margin-note .note-text')!.textContent).toBe('这是笔记');
    expect(article.querySelector('.note-ref')!.textContent).toBe('1');
    // The reference comes from the citation engine (in-process here, the background's worker in the extension).
    await waitFor(() => expect(article.querySelector('[data-role="citation"]')?.textContent).toContain('荆州日报'));
    expect(article.querySelector('[data-role="citation"]')!.textContent).toMatch(/^张三\. “最美石油红”守护碧水蓝天\[N\/OL\]\. 荆州日报, 2022-03-31\(2\)\[1970-01-01\]\. https:\/\/epaper/);
    // The image comes from the stored bytes, before the paragraph it stood before.
    const img = article.querySelector('.clip-figure img') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe('blob:test/1');
    expect(img.closest('figure')!.nextElementSibling!.textContent).toContain('废弃井');
    // Latin text in a Chinese article carries its own language; text stays text.
    expect(article.querySelector('.clip-column span[lang="en"]')!.textContent).toBe('We’d go.');
    expect(article.querySelector('script, iframe')).toBeNull();
  });

  it('searches the clippings (Chinese and English) and filters by paper, tag and colour', async () => {
    const { container } = render(<BookApp />);
    await waitFor(() => expect(container.querySelector('[data-clip]')).not.toBeNull());
    const titles = () => [...container.querySelectorAll('[data-clip]')].map((a) => a.textContent);
    fireEvent.input(container.querySelector('[data-role="book-search"]')!, { target: { value: '油田' } });
    await waitFor(() => expect(titles()).toEqual(['“最美石油红”守护碧水蓝天']));
    fireEvent.input(container.querySelector('[data-role="book-search"]')!, { target: { value: 'glasg' } });
    await waitFor(() => expect(titles()).toEqual(['The climate report']));
    fireEvent.input(container.querySelector('[data-role="book-search"]')!, { target: { value: '' } });
    await waitFor(() => expect(titles()).toHaveLength(2)); // the first paper's group is open
    fireEvent.change(container.querySelector('[data-role="filter-tag"]')!, { target: { value: '环保' } });
    await waitFor(() => expect(titles()).toEqual(['“最美石油红”守护碧水蓝天']));
    fireEvent.change(container.querySelector('[data-role="filter-tag"]')!, { target: { value: '' } });
    fireEvent.change(container.querySelector('[data-role="filter-color"]')!, { target: { value: 'green' } });
    await waitFor(() => expect(titles()).toEqual(['“最美石油红”守护碧水蓝天']));
    fireEvent.change(container.querySelector('[data-role="filter-color"]')!, { target: { value: '' } });
    fireEvent.change(container.querySelector('[data-role="filter-paper"]')!, { target: { value: 'The Guardian' } });
    await waitFor(() => expect(titles()).toEqual(['The climate report']));
  });

  it('writes a byline in the clipping`s own language whatever the interface`s, each role word once', async () => {
    const db = openDb();
    const zh = clipping('https://epaper.example.cn/byline', '荆江大堤', { authors: [{ name: '石建芬', role: 'correspondent' }, { name: '王子瑶', role: 'reporter' }, { name: '寇涛', role: 'correspondent' }] });
    const en = clipping('https://news.example.com/byline', 'Flood walls', { language: 'en', publication: 'The Guardian', authors: [{ name: 'Jane Doe', role: 'reporter' }, { name: 'Ann Lee', role: 'author' }, { name: 'Tom Poe', role: 'photographer' }] });
    // No language stored: Chinese names make a Chinese byline.
    const unknown = clipping('https://epaper.example.cn/unknown', 'Untitled', { language: undefined, authors: [{ name: '闵涛', role: 'photographer' }] });
    await db.clippings.bulkPut([zh, en, unknown]);
    await db.clippingTexts.bulkPut([zh, en, unknown].map((c) => clippingTextRow(c, '正文。')));
    const bylineOf = async (language: 'en' | 'zh_CN', id: string) => (await shownHeader(language, id)).byline;
    expect(await bylineOf('en', zh.id)).toBe('通讯员 石建芬、寇涛 记者 王子瑶');
    expect(await bylineOf('zh_CN', zh.id)).toBe('通讯员 石建芬、寇涛 记者 王子瑶');
    expect(await bylineOf('zh_CN', en.id)).toBe('By Jane Doe and Ann Lee; photographs by Tom Poe');
    expect(await bylineOf('en', unknown.id)).toBe('摄影 闵涛');
  });

  it('writes the header`s date and page in the article`s language, not the paper`s or the interface`s', async () => {
    const db = openDb();
    // An English article of a paper whose name is Chinese used to read "Nov 18, 2021 · 第02版".
    const en = clipping('https://www.example.cn/en/flood', 'Flood walls hold', { language: 'en', publication: '中国日报 China Daily', date: '2021-11-18', page: '02' });
    const zh = clipping('https://epaper.example.cn/dam', '荆江大堤', { publication: 'Jingzhou Daily', date: '2022-03-31', page: '2' });
    await db.clippings.bulkPut([en, zh]);
    await db.clippingTexts.bulkPut([en, zh].map((c) => clippingTextRow(c, 'Text.')));
    for (const ui of ['en', 'zh_CN'] as const) {
      expect((await shownHeader(ui, en.id)).meta).toBe('中国日报 China Daily · Nov 18, 2021 · Page 2');
      expect((await shownHeader(ui, zh.id)).meta).toBe('Jingzhou Daily · 2022年3月31日 · 第02版');
    }
  });

  it('shows a large search result`s newest matches first, then all of them with the count and the exports', async () => {
    const db = openDb();
    const many = Array.from({ length: 75 }, (_, i) => clipping(`https://paper.example.cn/${i}`, `普法宣传 ${i}`, { date: `2022-04-${String(1 + (i % 20)).padStart(2, '0')}`, createdAt: 100 + i }));
    await db.clippings.bulkPut(many);
    await db.clippingTexts.bulkPut(many.map((c) => clippingTextRow(c, '普法工作。')));
    const marks: string[] = [];
    const mark = vi.spyOn(performance, 'mark').mockImplementation((name: string) => (marks.push(name), undefined as unknown as PerformanceMark));
    const { container } = render(<BookApp />);
    await waitFor(() => expect(container.querySelector('[data-role="count"]')?.textContent).toBe('共 78 篇剪报'));
    fireEvent.input(container.querySelector('[data-role="book-search"]')!, { target: { value: '普法' } });
    await waitFor(() => expect(container.querySelector('[data-role="count"]')?.textContent).toBe('78 篇中的 75 篇'));
    // Every group of a result of at most 200 is open: all 75 are listed, and the exports are offered for them.
    expect(container.querySelectorAll('[data-clip]').length).toBe(75);
    expect(container.querySelector('[data-export="epub"]')).not.toBeNull();
    // First the newest 60 were drawn (search-rendered), then every match (search-counted).
    expect(marks.filter((m) => m.startsWith('jianbao:search-'))).toEqual(['jianbao:search-start', 'jianbao:search-rendered', 'jianbao:search-ids', 'jianbao:search-counted']);
    mark.mockRestore();
  });

  it('exports the shown clippings (a search result, then the whole book) as EPUB, HTML and Markdown', async () => {
    const made: Blob[] = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = vi.fn((b: Blob) => {
      made.push(b);
      return 'blob:test/2';
    });
    const { container } = render(<BookApp />);
    await waitFor(() => expect(container.querySelector('[data-clip]')).not.toBeNull());
    const button = (format: string) => container.querySelector(`[data-export="${format}"]`) as HTMLButtonElement;
    // Print and export appear once every heading is read (the first screen comes from indexes).
    await waitFor(() => expect(container.querySelector('[role="group"] .muted')?.textContent).toBe('导出所显示的 3 篇：'));
    fireEvent.input(container.querySelector('[data-role="book-search"]')!, { target: { value: '油田' } });
    await waitFor(() => expect(container.querySelector('[role="group"] .muted')!.textContent).toBe('导出所显示的 1 篇：'));
    const downloads = () => made.filter((b) => b.type !== 'image/png');
    fireEvent.click(button('epub'));
    await waitFor(() => expect(downloads()).toHaveLength(1));
    const epub = unzipSync(await blobBytes(downloads()[0]));
    expect(downloads()[0].type).toBe('application/epub+zip');
    expect(Object.keys(epub).filter((n) => n.startsWith('EPUB/text/'))).toEqual(['EPUB/text/c0001.xhtml']);
    const chapter = strFromU8(epub['EPUB/text/c0001.xhtml']);
    expect(chapter).toContain('“最美石油红”守护碧水蓝天');
    expect(chapter).toContain('<mark class="hl c1">绿色环保</mark>');
    expect(chapter).toContain('这是笔记');
    expect(Object.keys(epub)).toContain('EPUB/images/i0001-0.png');
    expect(strFromU8(epub['EPUB/nav.xhtml'])).toContain('<h2>目录</h2>');

    fireEvent.input(container.querySelector('[data-role="book-search"]')!, { target: { value: '' } });
    await waitFor(() => expect(container.querySelector('[role="group"] .muted')!.textContent).toBe('导出所显示的 3 篇：'));
    await waitFor(() => expect(button('html').disabled).toBe(false));
    fireEvent.click(button('html'));
    await waitFor(() => expect(downloads()).toHaveLength(2));
    const html = new TextDecoder().decode(await blobBytes(downloads()[1]));
    expect([...html.matchAll(/<h2 class="clip-headline">(.*?)<\/h2>/gu)].map((m) => m[1].replace(/<[^>]+>/gu, ''))).toEqual(['“最美石油红”守护碧水蓝天', '加快城市运行管理“一网统管”', 'The climate report']);
    expect(html).toContain('data:image/png;base64,');
    await waitFor(() => expect(button('markdown').disabled).toBe(false));
    fireEvent.click(button('markdown'));
    await waitFor(() => expect(downloads()).toHaveLength(3));
    const md = unzipSync(await blobBytes(downloads()[2]));
    expect(Object.keys(md).filter((n) => n.includes('/clippings/'))).toHaveLength(3);
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { BOOK_HTML_CSP, buildBookHtml } from '../../../src/core/clippings/book-export/book-html';
import { buildBookMarkdown, MARKDOWN_ROOT } from '../../../src/core/clippings/book-export/book-markdown';
import { bookBundle, hostileBookBundle, PHOTO_JPEG, PHOTO_WEBP } from '../../fixtures/clippings/book-bundle';

const JPEG_BASE64 = Buffer.from(PHOTO_JPEG).toString('base64');

describe('single-file HTML export of the book', () => {
  it('holds contents, every clipping in contents order with highlights, notes and images as data: URLs', () => {
    const html = buildBookHtml(bookBundle(), { language: 'en' });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(BOOK_HTML_CSP);
    expect(BOOK_HTML_CSP).toContain("default-src 'none'");
    expect([...doc.querySelectorAll('.contents a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['加快城市运行管理“一网统管”', '#a1-article'],
      ['“最美石油红”守护碧水蓝天', '#a2-article'],
      ['我市启动“2022清风行动”', '#a3-article'],
      ['River levels fall for a third week', '#a4-article'],
    ]);
    expect([...doc.querySelectorAll('article')].map((a) => a.id)).toEqual(['a1-article', 'a2-article', 'a3-article', 'a4-article']);
    const srcs = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src')!.replace(/,.*$/su, ','));
    expect(srcs).toEqual(['data:image/png;base64,', 'data:image/jpeg;base64,', 'data:image/png;base64,', 'data:image/webp;base64,']);
    expect(html).toContain(`data:image/jpeg;base64,${JPEG_BASE64}"`);
    expect(html).toContain(Buffer.from(PHOTO_WEBP).toString('base64'));
    const second = doc.getElementById('a2-article')!;
    expect(second.querySelector('mark')?.textContent).toBe('整改32台高耗能设备');
    expect(second.querySelector('.notes li')?.textContent).toContain('Compare with the 2021 figure.');
    expect([...second.querySelectorAll('.article-note p')].map((p) => p.textContent)).toEqual(['Note on the article', '油田环保：整改设备的数字值得追踪。', '第二行笔记。']);
    expect(doc.querySelector('.contents h2')?.textContent).toBe('Contents');
  });

  it('gives the article`s address once: the link says "Original" when the reference holds the address', () => {
    const bundle = bookBundle();
    const [a, b] = bundle.clippings!.clippings;
    const citations = new Map([[a.id, `Ref. ${a.url}.`], [b.id, 'Ref without an address.']]);
    const doc = new JSDOM(buildBookHtml(bundle, { language: 'en', citations })).window.document;
    const header = (id: string) => [...doc.querySelectorAll('article')].find((el) => el.querySelector(`.original a[href="${a.url === id ? a.url : b.url}"]`))!.querySelector('.clip-head')!;
    expect(header(a.url).textContent!.split(a.url).length - 1).toBe(1);
    expect(header(a.url).querySelector('.original')!.textContent).toBe('Original');
    expect(header(b.url).querySelector('.original')!.textContent).toBe(`Original: ${b.url}`);
  });

  it('labels in Chinese for a Chinese interface', () => {
    const doc = new JSDOM(buildBookHtml(bookBundle(), { language: 'zh-CN' })).window.document;
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.querySelector('h1')?.textContent).toBe('剪报本');
    expect(doc.querySelector('.contents h2')?.textContent).toBe('目录');
  });

  it('escapes every hostile field: no script, no handler, no javascript: link, no injected CSS', () => {
    const html = buildBookHtml(hostileBookBundle());
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, iframe, svg, b, i').length).toBe(0);
    expect([...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    expect([...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href')).filter((h) => !h!.startsWith('#'))).toEqual([]);
    expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src')!.slice(0, 15))).toEqual(['data:image/png;']);
    expect(doc.querySelector('style')?.textContent).not.toContain('red;}');
    expect(doc.querySelector('h2.clip-headline')?.textContent).toContain('<script>alert("t")</script>');
  });
});

describe('Markdown folder export of the book', () => {
  const md = new MarkdownIt({ html: false, linkify: false });

  it('writes a contents note, one note per clipping with front matter and footnotes, and the images', () => {
    const files = unzipSync(buildBookMarkdown(bookBundle(), { language: 'zh-CN' }));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      `${MARKDOWN_ROOT}/attachments/0001-0.png`,
      `${MARKDOWN_ROOT}/attachments/0002-0.jpg`,
      `${MARKDOWN_ROOT}/attachments/0004-0.png`,
      `${MARKDOWN_ROOT}/attachments/0004-1.webp`,
      `${MARKDOWN_ROOT}/clippings/2022-03-30 River levels fall for a third week.md`,
      `${MARKDOWN_ROOT}/clippings/2022-03-31 “最美石油红”守护碧水蓝天.md`,
      `${MARKDOWN_ROOT}/clippings/2022-03-31 加快城市运行管理“一网统管”.md`,
      `${MARKDOWN_ROOT}/clippings/2022-03-31 我市启动“2022清风行动”.md`,
      `${MARKDOWN_ROOT}/剪报本.md`,
    ]);
    expect(files[`${MARKDOWN_ROOT}/attachments/0002-0.jpg`]).toEqual(PHOTO_JPEG);
    const index = strFromU8(files[`${MARKDOWN_ROOT}/剪报本.md`]);
    expect(index).toContain('## 荆州日报\n\n### 2022-03-31\n\n#### 第02版\n\n- [加快城市运行管理“一网统管”](clippings/2022-03-31%20%E5%8A%A0');
    // Every contents link names a file of the zip.
    const links = [...index.matchAll(/\]\((clippings\/[^)]+)\)/gu)].map((m) => `${MARKDOWN_ROOT}/${decodeURIComponent(m[1])}`);
    expect(links.every((l) => names.includes(l))).toBe(true);
    expect(links).toHaveLength(4);

    const english = strFromU8(files[`${MARKDOWN_ROOT}/clippings/2022-03-30 River levels fall for a third week.md`]);
    expect(english.startsWith('---\ntitle: "River levels fall for a third week"\npaper: "The Daily Example"\ndate: "2022-03-30"\npage: "A3"\nsection: "World"\nauthors: ["Jane Smith"]\nurl: "https://news.example/2022/03/30/river"\ntags: ["drought", "rivers"]\n')).toBe(true);
    expect(english).toContain('Farmers along the Yangtze have ==switched to drought-resistant crops==[^1], and we’d expect');
    expect(english).toContain('![The riverbank at Jingzhou.](../attachments/0004-0.png)');
    expect(english).toContain('[^1]: Which crops? Ask the ministry. #agriculture');
    expect(english).toContain('[^2]: “a sentence the stored text does not hold”');
    // Rendered, the highlight is the only emphasis and the image the only image.
    const rendered = new JSDOM(md.render(english.replace(/^---[\s\S]*?---\n/u, ''))).window.document;
    expect([...rendered.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['../attachments/0004-0.png', '../attachments/0004-1.webp']);
  });

  it('keeps hostile text literal: no link, image, HTML or footnote comes from page text', () => {
    const files = unzipSync(buildBookMarkdown(hostileBookBundle()));
    const note = Object.entries(files).find(([name]) => name.includes('/clippings/'))!;
    expect(note[0]).not.toMatch(/[<>:"|?*\\]/u);
    const text = strFromU8(note[1]);
    const body = text.replace(/^---[\s\S]*?\n---\n/u, '');
    const doc = new JSDOM(md.render(body)).window.document;
    expect(doc.querySelectorAll('script, iframe, b, i').length).toBe(0);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([]);
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['../attachments/0001-0.png']);
    // The front matter is one YAML scalar per line.
    expect(text.split('\n---\n')[0].split('\n').slice(1).every((line) => /^[a-z]+: (".*"|\[.*\])$/u.test(line))).toBe(true);
  });
});

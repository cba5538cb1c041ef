import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildEpub } from '../../../src/core/clippings/book-export/book-epub';
import type { ExportBundle } from '../../../src/core/export/export-bundle';
import { bookBundle, hostileBookBundle, PHOTO_JPEG } from '../../fixtures/clippings/book-bundle';

interface EpubcheckMessage {
  ID: string;
  severity: string;
  message: string;
  locations: { path: string; line: number }[];
}

/** Runs Debian's epubcheck (installed by .ci/run): every message it gave, and the files it read. */
function epubcheck(bytes: Uint8Array): { messages: string[]; items: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'epub-'));
  const file = path.join(dir, 'book.epub');
  const report = path.join(dir, 'report.json');
  writeFileSync(file, bytes);
  try {
    execFileSync('java', ['-jar', '/usr/share/java/epubcheck.jar', file, '--json', report], { stdio: 'pipe' });
  } catch {
    // A non-zero exit means errors; the report says which.
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as { messages: EpubcheckMessage[]; items: { id: string }[] };
  return {
    messages: json.messages.map((m) => `${m.severity} ${m.ID} ${m.message} ${m.locations.map((l) => `${l.path}:${l.line}`).join(' ')}`),
    items: json.items.map((i) => i.id).sort(),
  };
}

/** The seed book with the hostile clipping added (one validator run checks both). */
function bookWithHostile(): ExportBundle {
  const book = bookBundle();
  const hostile = hostileBookBundle();
  const set = book.clippings!;
  const bad = hostile.clippings!;
  return {
    ...book,
    highlights: [...book.highlights, ...hostile.highlights],
    settings: hostile.settings,
    clippings: { clippings: [...set.clippings, ...bad.clippings], texts: [...set.texts, ...bad.texts], images: [...set.images, ...bad.images] },
  };
}

const XHTML = 'application/xhtml+xml';

describe('EPUB export of the book', () => {
  it('passes epubcheck with 0 errors and 0 warnings: seed articles with images, Chinese and English, and a hostile clipping', () => {
    const report = epubcheck(buildEpub(bookWithHostile(), { language: 'zh-CN' }));
    expect(report.messages).toEqual([]);
    // It read the whole book: five chapters, the nav, the style sheet and the four EPUB images.
    expect(report.items.filter((id) => !id.startsWith('ePubCheck'))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'css', 'i1-0', 'i2-0', 'i3-0', 'i5-0', 'nav']);
  }, 120_000);

  it('holds the chapters, the images (WebP left out) and a nav by paper → date → 版 → headline', () => {
    const files = unzipSync(buildEpub(bookBundle(), { language: 'zh-CN' }));
    const names = Object.keys(files);
    expect(names[0]).toBe('mimetype');
    expect(strFromU8(files.mimetype)).toBe('application/epub+zip');
    expect(names.filter((n) => n.startsWith('EPUB/images/')).sort()).toEqual(['EPUB/images/i0001-0.png', 'EPUB/images/i0002-0.jpg', 'EPUB/images/i0004-0.png']);
    expect(files['EPUB/images/i0002-0.jpg']).toEqual(PHOTO_JPEG);
    const nav = new JSDOM(strFromU8(files['EPUB/nav.xhtml']), { contentType: XHTML }).window.document;
    const tree = (ol: Element): unknown[] =>
      [...ol.children].map((li) => {
        const label = li.querySelector(':scope > span, :scope > a')!;
        const sub = li.querySelector(':scope > ol');
        return sub ? [label.textContent, tree(sub)] : `${label.textContent} → ${label.getAttribute('href')}`;
      });
    // Papers by name, dates newest first, pages "2" and "02" one 版, articles in the order clipped.
    expect(tree(nav.querySelector('nav ol')!)).toEqual([
      ['荆州日报', [['2022-03-31', [['第02版', ['加快城市运行管理“一网统管” → text/c0001.xhtml', '“最美石油红”守护碧水蓝天 → text/c0002.xhtml', '我市启动“2022清风行动” → text/c0003.xhtml']]]]]],
      ['The Daily Example', [['2022-03-30', [['Page A3', ['River levels fall for a third week → text/c0004.xhtml']]]]]],
    ]);
    const english = new JSDOM(strFromU8(files['EPUB/text/c0004.xhtml']), { contentType: XHTML }).window.document;
    expect(english.querySelector('mark.c1')?.textContent).toBe('switched to drought-resistant crops');
    expect([...english.querySelectorAll('.notes li')].map((li) => li.textContent?.replace(/\s+/gu, ' ').trim())).toEqual([
      'Which crops? Ask the ministry. #agriculture ↩',
      'a sentence the stored text does not hold',
    ]);
    expect([...english.querySelectorAll('figure')].map((f) => [f.querySelector('img')?.getAttribute('src') ?? null, f.textContent])).toEqual([
      ['../images/i0004-0.png', 'The riverbank at Jingzhou.'],
      [null, '（此格式不支持该图片，未收入）A WebP chart.'],
    ]);
    expect(english.querySelector('.nowrap')?.textContent).toBe('2019年11月18日');
    const chinese = new JSDOM(strFromU8(files['EPUB/text/c0001.xhtml']), { contentType: XHTML }).window.document;
    expect(chinese.documentElement.getAttribute('lang')).toBe('zh');
    expect([...chinese.querySelectorAll('[lang="en"]')].map((e) => e.textContent)).toContain('G');
    expect(chinese.querySelector('.clip-meta')?.textContent).toBe('荆州日报 · 2022-03-31 · 第02版 · 要闻');
    expect(chinese.querySelector('mark.c0')?.textContent).toBe('力争在2023年底前，建成荆州市级城市运行管理服务平台');
  });

  it('stays well-formed and inert with hostile text: no script, no handler, no javascript: link, no bad CSS', () => {
    const files = unzipSync(buildEpub(hostileBookBundle()));
    const doc = new JSDOM(strFromU8(files['EPUB/text/c0001.xhtml']), { contentType: XHTML }).window.document;
    expect(doc.querySelectorAll('script, iframe, svg, b, i').length).toBe(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    const hrefs = [...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !/^(#|\.\.\/)/u.test(h ?? ''))).toEqual([]);
    expect(doc.querySelector('h1')?.textContent).toContain('<script>alert("t")</script>');
    expect(strFromU8(files['EPUB/text/c0001.xhtml'])).not.toMatch(/[\u0001\uFFFF]/u);
    expect(strFromU8(files['EPUB/book.css'])).not.toContain('red;}');
  });
});

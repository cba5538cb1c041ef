/**
 * The clipping book with 10,000 clippings (each with an image) in real Chromium with the built
 * extension, by the popup benchmark's method (marks in the page, a kept profile, medians of 7
 * runs): the book's first render (navigation start → contents in the DOM) and searches (query
 * start → the first screen of results in the DOM: the newest matches, then every match with
 * the count, also timed), each search against a naive full scan of the stored texts in the same
 * page (the alternative the token index replaces).
 * Run: npm run bench:clippings  (builds dist/ first).  BENCH_CLIPPINGS=N for another size.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Clipping } from '../src/core/clippings/clipping';
import { clippingTextRow } from '../src/background/clippings/clip-service';
import type { StoredClippingText } from '../src/core/clippings/clipping';
import { Random } from './anchor/random';
import { quantile } from './lib/text-metrics';
import { launchCached } from './popup/launch-cached';
import { waitForMark } from './lib/performance-marks';

const COUNT = Number(process.env.BENCH_CLIPPINGS ?? 10_000);
const RUNS = 7;
const QUERIES = ['普法', '城市管理', 'climate', 'climate report', '乡村振兴 教育', '教育 budget'];
const ZH = ['普法', '工作', '城市', '运行', '管理', '服务', '平台', '数字', '经济', '乡村', '振兴', '教育', '医疗', '改革', '发展', '生态', '环境', '交通', '建设', '法治', '基层', '治理', '群众', '企业', '创新', '科技', '文化', '农业', '安全', '社区'];
const EN = ['climate', 'report', 'city', 'council', 'budget', 'school', 'health', 'market', 'energy', 'housing', 'transport', 'election', 'court', 'water', 'river', 'farmers', 'workers', 'policy', 'minister', 'museum'];
const PAPERS = ['人民日报', '法治日报', '荆州日报', '经济日报', 'The Example Times', 'Daily Planet'];
const TAGS = ['法治', '数据', 'policy', 'climate', '城市'];
const IMAGE = readFileSync('tests/fixtures/clippings/photo.jpg');

const median = (xs: number[]) => quantile(xs, 0.5);
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms (n=${xs.length})`;

interface Seed {
  clippings: Clipping[];
  texts: StoredClippingText[];
}

function makeBook(count: number): Seed {
  const rng = new Random(20261202);
  const sentence = (zh: boolean, n: number) => (zh ? Array.from({ length: n }, () => rng.pick(ZH)).join('') + '。' : Array.from({ length: n }, () => rng.pick(EN)).join(' ') + '.');
  const seed: Seed = { clippings: [], texts: [] };
  const t0 = Date.UTC(2022, 0, 1);
  for (let i = 0; i < count; i++) {
    const zh = rng.next() < 0.67;
    const id = `https://paper${i % 40}.example.${zh ? 'cn' : 'com'}/html/${i}/content_${i}.htm`;
    const createdAt = t0 + i * 3_600_000;
    const clipping: Clipping = {
      id, pageUrl: id, url: id, title: sentence(zh, 4).slice(0, -1), authors: [{ name: zh ? '王子瑶' : 'Jane Doe', role: 'reporter' }],
      publication: rng.pick(PAPERS), date: new Date(t0 + Math.floor(i / 8) * 86_400_000).toISOString().slice(0, 10), page: String(1 + (i % 12)).padStart(2, '0'),
      language: zh ? 'zh' : 'en', note: rng.next() < 0.2 ? sentence(zh, 5) : '', tags: rng.next() < 0.3 ? [rng.pick(TAGS)] : [],
      imageCount: 1, imageBytes: IMAGE.length, imagesSkipped: 0, createdAt, updatedAt: createdAt,
    };
    const bodyText = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => sentence(zh, 8)).join(zh ? '' : ' ')).join('\n\n');
    seed.clippings.push(clipping);
    seed.texts.push(clippingTextRow(clipping, bodyText));
  }
  return seed;
}

/** Writes records with raw IndexedDB (JSON per chunk: faster than Playwright's argument encoding). */
async function put(page: Page, store: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    ([s, json]: readonly [string, string]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('jianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(s, 'readwrite', { durability: 'relaxed' });
          for (const row of JSON.parse(json) as unknown[]) tx.objectStore(s).put(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, JSON.stringify(records)] as const,
  );
}

/** One image per clipping, made in the page from one real JPEG (bytes are ArrayBuffers, as stored). */
async function putImages(page: Page, ids: string[]): Promise<void> {
  await page.evaluate(
    ([json, base64]: readonly [string, string]) =>
      new Promise<void>((resolve, reject) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const open = indexedDB.open('jianbao');
        open.onsuccess = () => {
          const tx = open.result.transaction('clippingImages', 'readwrite', { durability: 'relaxed' });
          for (const id of JSON.parse(json) as string[]) {
            tx.objectStore('clippingImages').put({ id: `${id}#img-0`, clippingId: id, index: 0, sourceUrl: `${id}.jpg`, type: 'image/jpeg', bytes: bytes.slice().buffer, size: bytes.length, alt: '', caption: '图片说明', paragraph: 1, width: 320, height: 200 });
          }
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [JSON.stringify(ids), IMAGE.toString('base64')] as const,
  );
}

/** The naive alternative: read every stored text and match the words by substring. */
function naiveSearch(page: Page, query: string): Promise<{ ms: number; hits: number }> {
  return page.evaluate(
    (q: string) =>
      new Promise<{ ms: number; hits: number }>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('jianbao');
        open.onsuccess = () => {
          const request = open.result.transaction('clippingTexts').objectStore('clippingTexts').getAll();
          request.onsuccess = () => {
            const words = q.toLowerCase().split(/\s+/u);
            const hits = (request.result as { bodyText: string }[]).filter((t) => words.every((w) => t.bodyText.toLowerCase().includes(w))).length;
            open.result.close();
            resolve({ ms: performance.now() - start, hits });
          };
          request.onerror = () => reject(request.error);
        };
      }),
    query,
  );
}

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const browser = await launchCached(`clippings-${COUNT}-v1`);
  const bookUrl = `chrome-extension://${browser.extensionId}/clippings/clippings.html`;
  try {
    const setup = await browser.context.newPage();
    const upgradeStart = Date.now();
    await setup.goto(bookUrl);
    await setup.waitForSelector('[data-role="count"], .empty-book', { timeout: 600_000 });
    console.log(`book ready (with any schema upgrade of the kept profile) in ${((Date.now() - upgradeStart) / 1000).toFixed(1)} s`);
    const stored = await setup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('jianbao');
          open.onsuccess = () => {
            const r = open.result.transaction('clippings').objectStore('clippings').count();
            r.onsuccess = () => (open.result.close(), resolve(r.result));
          };
        }),
    );
    if (stored !== COUNT) {
      const started = performance.now();
      const book = makeBook(COUNT);
      for (let i = 0; i < COUNT; i += 1_000) {
        await put(setup, 'clippings', book.clippings.slice(i, i + 1_000));
        await put(setup, 'clippingTexts', book.texts.slice(i, i + 1_000));
        await putImages(setup, book.clippings.slice(i, i + 1_000).map((c) => c.id));
      }
      console.log(`stored ${COUNT.toLocaleString('en')} clippings with one JPEG each in ${((performance.now() - started) / 1000).toFixed(1)} s (kept in .cache/bench-popup)`);
    } else console.log(`reused the ${stored.toLocaleString('en')} stored clippings`);
    await setup.close();

    const open: number[] = [];
    const script: number[] = [];
    const headings: number[] = [];
    const previewRead: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.goto(bookUrl);
      open.push(await waitForMark(page, 'jianbao:contents-rendered', 0, 30_000));
      script.push(await waitForMark(page, 'jianbao:script-start', 0, 30_000));
      previewRead.push(await waitForMark(page, 'jianbao:preview-read', 0, 30_000));
      headings.push(await waitForMark(page, 'jianbao:headings-read', 0, 30_000));
      await page.close();
    }
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(bookUrl);
    await waitForMark(page, 'jianbao:contents-rendered', 0, 30_000);
    // The first screen's size; the count line comes with every heading, after it.
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    const count = await page.textContent('[data-role="count"]');
    const clip = await page.getAttribute('[data-clip]', 'data-clip');
    const shown: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const before = await page.evaluate(() => performance.now());
      await page.click(`[data-clip="${clip}"]`);
      await page.evaluate(() => (location.hash = ''));
      await page.click(`[data-clip="${clip}"]`);
      shown.push((await waitForMark(page, 'jianbao:clipping-rendered', before, 30_000)) - before);
    }
    const searches: { q: string; ms: number[]; ids: number[]; counted: number[]; naive: number[]; hits: string; naiveHits: number }[] = [];
    for (const q of QUERIES) {
      const entry = { q, ms: [] as number[], ids: [] as number[], counted: [] as number[], naive: [] as number[], hits: '', naiveHits: 0 };
      for (let run = 0; run < RUNS; run++) {
        const before = await page.evaluate(() => performance.now());
        await page.fill('[data-role="book-search"]', q);
        const start = await waitForMark(page, 'jianbao:search-start', before, 30_000);
        entry.ms.push((await waitForMark(page, 'jianbao:search-rendered', start, 30_000)) - start);
        entry.ids.push((await waitForMark(page, 'jianbao:search-ids', start, 30_000)) - start);
        entry.counted.push((await waitForMark(page, 'jianbao:search-counted', start, 30_000)) - start);
        entry.hits = (await page.textContent('[data-role="count"]')) ?? '';
        const cleared = await page.evaluate(() => performance.now());
        await page.fill('[data-role="book-search"]', '');
        await waitForMark(page, 'jianbao:contents-rendered', cleared, 30_000);
        const naive = await naiveSearch(page, q);
        entry.naive.push(naive.ms);
        entry.naiveHits = naive.hits;
      }
      searches.push(entry);
    }
    console.log(`\nClipping book with ${COUNT.toLocaleString('en')} clippings, one image each (Chromium, ${RUNS} runs each)`);
    console.log(`book opens, contents in the DOM (navigation start → rendered; ${count}, ${elements} elements): ${fmt(open)}  [target ≤ 300 ms]`);
    console.log(`  book script started at: ${fmt(script)}`);
    console.log(`  first screen read from indexes at: ${fmt(previewRead)}`);
    console.log(`  every heading read at (after the first screen): ${fmt(headings)}`);
    console.log(`one clipping with its image shown (click → rendered): ${fmt(shown)}`);
    for (const s of searches) {
      console.log(`search "${s.q}" → ${s.hits} (first screen: its newest matches; naive substring scan finds ${s.naiveHits}): ${fmt(s.ms)}; naive full scan ${fmt(s.naive)}; ratio ${(median(s.naive) / median(s.ms)).toFixed(1)}×  [target ≤ 100 ms]`);
      console.log(`  every match found after ${fmt(s.ids)}; counted and drawn after ${fmt(s.counted)}`);
    }
  } finally {
    await browser.close();
  }
}

await main();

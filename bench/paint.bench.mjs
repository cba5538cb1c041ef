#!/usr/bin/env node
// Painter benchmark (issue 16): the CSS Custom Highlight painter (default; its ranges are
// readable by page scripts through CSS.highlights) against the overlay painter ("Hide my
// highlights from page scripts": boxes in a closed shadow root), side by side in one run, in
// real Chromium and Firefox ESR, on a generated article page with 2,000 highlights.
//
// Measured per painter: paint (2,000 paints until the next rendered frame), document scroll
// and scroll of a scrolling element (mean frame time over 60 scroll steps), reflow (the
// article's width changes; time to the next frame with the boxes placed again), print (a PDF of
// the first page, rendered with pdftoppm: are the highlight colours on paper?) and a dark page
// (screenshot: contrast of the highlighted text against its highlight).
// Run: npm run bench:paint   (BENCH_BROWSERS=chromium to skip Firefox)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { colourShare as pngColourShare, frequentColours } from '../tests/lib/png-colours.mjs';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const HIGHLIGHTS = Number(process.env.BENCH_HIGHLIGHTS ?? 2000);
const RUNS = 5;
const PAINTERS = ['custom-highlight', 'overlay'];
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-paint-bench-'));

const bundle = await build({ entryPoints: ['bench/paint/painters-entry.ts'], bundle: true, write: false, format: 'iife', minify: true, target: 'chrome121' });
const script = bundle.outputFiles[0].text;

const SENTENCES = [
  'The city council approved the river restoration plan on Tuesday after a long debate about its cost.',
  'Residents along the embankment said the new wetlands would protect their homes from floods.',
  '市政府表示，河道整治工程将在明年春季全面完工，沿岸居民的防洪压力将明显减轻。',
  'Engineers expect the first stage to finish before the rainy season, weather permitting.',
];
function pageHtml({ dark, scroller }) {
  const paragraphs = [];
  for (let i = 0; i < Math.ceil(HIGHLIGHTS / 2); i++) paragraphs.push(`<p>${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]}</p>`);
  const bg = dark ? 'body{background:#111;color:#eee}' : 'body{background:#fff;color:#222}';
  const box = scroller ? '#article{height:700px;overflow:auto}' : '';
  return `<!doctype html><html><head><meta charset="utf-8"><style>${bg}${box}body{font:17px/1.6 serif;margin:20px}#article{width:760px}</style></head>` +
    `<body><div id="article">${paragraphs.join('')}</div><script>${script}</script></body></html>`;
}
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(pageHtml({ dark: u.searchParams.has('dark'), scroller: u.searchParams.has('scroller') }));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** In the page: paints HIGHLIGHTS ranges (two per paragraph, the second sentence's first words and the first's middle). */
const PAINT_ALL = (args) => {
  const [kind, count] = args;
  window.__painter?.dispose();
  const painter = window.__painters[kind]();
  window.__painter = painter;
  const ps = [...document.querySelectorAll('#article p')];
  const ranges = [];
  for (let i = 0; ranges.length < count; i++) {
    const text = ps[i % ps.length].firstChild;
    const r = document.createRange();
    const half = Math.floor(text.data.length / 2);
    if (ranges.length % 2 === 0) { r.setStart(text, 4); r.setEnd(text, Math.min(40, half)); }
    else { r.setStart(text, half + 2); r.setEnd(text, Math.min(text.data.length, half + 50)); }
    ranges.push(r);
  }
  return new Promise((resolve) => {
    const t0 = performance.now();
    ranges.forEach((r, i) => painter.paint(`h${i}`, r, i % 3 === 0 ? 'green' : 'yellow'));
    void document.body.offsetHeight;
    // Done when a frame has been drawn with the highlights on screen painted (the overlay places
    // its boxes once the intersection observer has reported what is near the viewport).
    const done = () => {
      if (painter.placed && painter.placed() === 0) requestAnimationFrame(done);
      else requestAnimationFrame(() => resolve(performance.now() - t0));
    };
    requestAnimationFrame(done);
  });
};

/** In the page: mean frame time over 60 scroll steps of the document or of the article element. */
const SCROLL = (useElement) => new Promise((resolve) => {
  const target = useElement ? document.getElementById('article') : document.scrollingElement;
  target.scrollTop = 0;
  let step = 0;
  let last = 0;
  const times = [];
  const tick = (t) => {
    if (last) times.push(t - last);
    last = t;
    if (step++ >= 60) {
      times.sort((a, b) => a - b);
      resolve({ mean: times.reduce((a, b) => a + b, 0) / times.length, p95: times[Math.floor(times.length * 0.95)] });
      return;
    }
    // The painter's own scroll listener places its boxes in the next frame, as on a real page.
    target.scrollTop += 120;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});

/** In the page: the article changes width; time until the painter has placed its boxes again and a frame is drawn. */
const REFLOW = () => new Promise((resolve) => {
  const article = document.getElementById('article');
  const t0 = performance.now();
  article.style.width = article.style.width === '600px' ? '760px' : '600px';
  void document.body.offsetHeight;
  // The overlay's resize observer places the boxes in the next frame; one more frame draws them.
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A crop written as ImageMagick geometry (WxH+X+Y) as a rectangle. */
function cropRect(crop) {
  if (!crop) return undefined;
  const [, width, height, x, y] = crop.match(/^(\d+)x(\d+)\+(\d+)\+(\d+)$/).map(Number);
  return { x, y, width, height };
}

/** Share of the pixels of an image region in a colour near `hex`. */
function colourShare(png, hex, crop) {
  return pngColourShare(png, hex, { fuzz: 0.12, crop: cropRect(crop) });
}

/** WCAG contrast between the two most different frequent colours of a region (text and its highlight). */
function regionContrast(png, crop) {
  const colours = frequentColours(png, { crop: cropRect(crop), count: 6 });
  const lum = (hex) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bg = colours[0];
  let best = 1;
  let text = bg;
  for (const c of colours.slice(1)) {
    const [a, b] = [lum(bg.hex), lum(c.hex)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (c.n > bg.n * 0.02 && ratio > best) { best = ratio; text = c; }
  }
  return { background: `#${bg.hex.toLowerCase()}`, text: `#${text.hex.toLowerCase()}`, contrast: best };
}

async function openBrowser(name) {
  if (name === 'chromium') {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    return { page, pdf: (file) => page.pdf({ path: file, format: 'A4', printBackground: false }), close: () => browser.close() };
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  return { page, pdf: (file) => page.pdf({ path: file, format: 'A4', printBackground: false }), close: () => browser.close() };
}

const results = {};
for (const browserName of BROWSERS) {
  const b = await openBrowser(browserName);
  const { page } = b;
  for (const kind of PAINTERS) {
    const r = (results[`${browserName} ${kind}`] = {});
    await page.goto(`${origin}/`);
    const paints = [];
    for (let i = 0; i < RUNS; i++) paints.push(await page.evaluate(PAINT_ALL, [kind, HIGHLIGHTS]));
    r.paint = median(paints);
    const scrolls = [];
    for (let i = 0; i < 3; i++) scrolls.push((await page.evaluate(SCROLL, false)).mean);
    r.scrollDocument = median(scrolls);
    const reflows = [];
    for (let i = 0; i < RUNS; i++) reflows.push(await page.evaluate(REFLOW));
    r.reflow = median(reflows);
    await page.goto(`${origin}/?scroller`);
    await page.evaluate(PAINT_ALL, [kind, HIGHLIGHTS]);
    const inner = [];
    for (let i = 0; i < 3; i++) inner.push((await page.evaluate(SCROLL, true)).mean);
    r.scrollElement = median(inner);
    // Print: the first page of a PDF, are highlight colours on it?
    await page.goto(`${origin}/`);
    await page.evaluate(PAINT_ALL, [kind, HIGHLIGHTS]);
    const pdf = path.join(tmp, `${browserName}-${kind}.pdf`);
    await b.pdf(pdf);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-png', pdf, pdf.replace('.pdf', '')]);
    const printed = fs.readdirSync(tmp).find((f) => f.startsWith(`${browserName}-${kind}-`) && f.endsWith('.png'));
    r.printYellowShare = colourShare(path.join(tmp, printed), '#ffe066');
    // Dark page: contrast of the first highlighted passage.
    await page.goto(`${origin}/?dark`);
    await page.evaluate(PAINT_ALL, [kind, HIGHLIGHTS]);
    const box = await page.evaluate(() => {
      const t = document.querySelector('#article p').firstChild;
      const rg = document.createRange();
      rg.setStart(t, 4);
      rg.setEnd(t, 40);
      const rc = rg.getClientRects()[0];
      return { x: Math.round(rc.left), y: Math.round(rc.top), w: Math.round(rc.width), h: Math.round(rc.height) };
    });
    const shot = path.join(tmp, `${browserName}-${kind}-dark.png`);
    await page.screenshot({ path: shot });
    r.dark = regionContrast(shot, `${box.w}x${box.h}+${box.x}+${box.y}`);
    const lightShot = path.join(tmp, `${browserName}-${kind}-light.png`);
    await page.goto(`${origin}/`);
    await page.evaluate(PAINT_ALL, [kind, HIGHLIGHTS]);
    await page.screenshot({ path: lightShot });
    r.light = regionContrast(lightShot, `${box.w}x${box.h}+${box.x}+${box.y}`);
    // What a page script can read of the highlights.
    r.pageCanRead = await page.evaluate(() => {
      let n = 0;
      for (const [, h] of globalThis.CSS?.highlights ?? []) for (const range of h) if (range.toString()) n++;
      return n;
    });
  }
  await b.close();
}
server.close();

const fmt = (x) => (typeof x === 'number' ? x.toFixed(1) : String(x));
console.log(`\n${HIGHLIGHTS} highlights, median of ${RUNS} (scroll: mean frame time of 60 steps, median of 3 runs); screenshots and PDFs in ${tmp}`);
console.log('| browser | painter | paint ms | doc scroll frame ms | element scroll frame ms | reflow ms | print: yellow share of page 1 | light page: contrast | dark page: contrast (bg) | ranges a page script reads |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const [key, r] of Object.entries(results)) {
  const [browserName, kind] = key.split(' ');
  console.log(`| ${browserName} | ${kind} | ${fmt(r.paint)} | ${fmt(r.scrollDocument)} | ${fmt(r.scrollElement)} | ${fmt(r.reflow)} | ${(r.printYellowShare * 100).toFixed(2)} % | ${r.light.contrast.toFixed(1)} | ${r.dark.contrast.toFixed(1)} (${r.dark.background}) | ${r.pageCanRead} |`);
}
for (const browserName of BROWSERS) {
  const a = results[`${browserName} custom-highlight`];
  const o = results[`${browserName} overlay`];
  if (!a || !o) continue;
  console.log(`${browserName}: overlay / custom-highlight — paint ×${(o.paint / a.paint).toFixed(2)}, document scroll ×${(o.scrollDocument / a.scrollDocument).toFixed(2)}, element scroll ×${(o.scrollElement / a.scrollElement).toFixed(2)}, reflow ×${(o.reflow / a.reflow).toFixed(2)}`);
}

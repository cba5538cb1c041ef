#!/usr/bin/env node
// PDF reader benchmark (issue 13): Jianbao's reader page (viewer/, pdf.js viewer components +
// reading order + segmentation + article records + highlights) against the plain PDF.js viewer
// (the same pinned pdfjs-dist viewer components on a page of their own, without Jianbao), side
// by side in one run of Debian's Chromium, on the 4-page edition PDF (tests/fixtures/pdf).
//
// Measured per viewer, from the page's time origin (page load + fetching the PDF included):
// first text (the first page's text layer rendered), for Jianbao also the article list (every
// page segmented, the sidebar filled) and highlights ready (records stored, highlights
// anchored); JS heap in use after the document is open (CDP Performance.getMetrics). Medians of
// RUNS runs, alternating the two viewers. Needs `npm run build` first.
// Run: npm run bench:pdf
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/lib/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PDF = 'tests/fixtures/pdf/edition-4-pages.pdf';
if (!fs.existsSync('dist/chrome/viewer/viewer.html')) {
  console.error('dist/chrome is missing: run `npm run build` first');
  process.exit(1);
}

// The plain viewer: pdfjs-dist's own components, the same options (page width, text layer).
const PLAIN = `<!doctype html><html><head><meta charset="utf-8"><title>plain pdf.js</title>
<link rel="stylesheet" href="/pdfjs/web/pdf_viewer.css">
<style>#viewerContainer{position:absolute;inset:0;overflow:auto}</style></head>
<body><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div>
<script type="module">
  const lib = await import('/pdfjs/build/pdf.min.mjs');
  globalThis.pdfjsLib = lib;
  lib.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.min.mjs';
  const { EventBus, PDFLinkService, PDFFindController, PDFViewer } = await import('/pdfjs/web/pdf_viewer.mjs');
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const findController = new PDFFindController({ eventBus, linkService });
  const container = document.getElementById('viewerContainer');
  const viewer = new PDFViewer({ container, viewer: document.getElementById('viewer'), eventBus, linkService, findController });
  linkService.setViewer(viewer);
  eventBus.on('pagesinit', () => { viewer.currentScaleValue = 'page-width'; });
  eventBus.on('textlayerrendered', () => { if (!document.body.dataset.firstText) { performance.mark('plain:first-text'); document.body.dataset.firstText = 'ready'; } });
  const data = new Uint8Array(await (await fetch('/edition.pdf')).arrayBuffer());
  const doc = await lib.getDocument({ data, cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/', isEvalSupported: false }).promise;
  viewer.setDocument(doc);
  linkService.setDocument(doc);
</script></body></html>`;

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/plain.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(PLAIN);
  if (url.pathname === '/edition.pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end(fs.readFileSync(PDF));
  if (url.pathname.startsWith('/pdfjs/')) {
    const file = path.join('node_modules/pdfjs-dist', path.normalize(url.pathname.slice('/pdfjs/'.length)).replace(/^(\.\.[/\\])+/, ''));
    if (fs.existsSync(file) && fs.statSync(file).isFile()) {
      const type = file.endsWith('.mjs') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
      return res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
    }
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const markTime = (page, name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);

async function heap(page) {
  const session = await browser.context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage').catch(() => undefined);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

async function runJianbao() {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/viewer/viewer.html?file=${encodeURIComponent(`${origin}/edition.pdf`)}`);
  await page.waitForFunction(() => document.body.dataset.highlights === 'ready' && document.body.dataset.firstText === 'ready', null, { timeout: 120_000 });
  const result = {
    firstText: await markTime(page, 'jianbao:first-text'),
    articles: await markTime(page, 'jianbao:articles-listed'),
    highlights: await markTime(page, 'jianbao:highlights-ready'),
    items: await page.$$eval('#articles button[data-item]', (b) => b.length),
    heap: await heap(page),
  };
  await page.close();
  return result;
}

async function runPlain() {
  const page = await browser.newPage();
  await page.goto(`${origin}/plain.html`);
  await page.waitForFunction(() => document.body.dataset.firstText === 'ready', null, { timeout: 120_000 });
  await page.waitForTimeout(300);
  const result = { firstText: await markTime(page, 'plain:first-text'), heap: await heap(page) };
  await page.close();
  return result;
}

const jianbao = [];
const plain = [];
try {
  // One warm-up of each (disk cache, JIT), not counted.
  await runJianbao();
  await runPlain();
  for (let i = 0; i < RUNS; i++) {
    jianbao.push(await runJianbao());
    plain.push(await runPlain());
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (v) => `${v.toFixed(0)} ms`;
const mb = (v) => `${(v / 1024 / 1024).toFixed(1)} MB`;
const j = (key) => median(jianbao.map((r) => r[key]));
const p = (key) => median(plain.map((r) => r[key]));
console.log(`PDF reader, ${PDF} (4 pages), Chromium, median of ${RUNS} runs`);
console.log('| measure | Jianbao reader | plain PDF.js viewer | ratio |');
console.log('|---|---|---|---|');
console.log(`| open → first page text layer | ${ms(j('firstText'))} | ${ms(p('firstText'))} | ${(j('firstText') / p('firstText')).toFixed(2)}× |`);
console.log(`| open → article list (${jianbao[0].items} items, 4 pages segmented) | ${ms(j('articles'))} | — | |`);
console.log(`| open → records stored, highlights anchored | ${ms(j('highlights'))} | — | |`);
console.log(`| JS heap in use, document open | ${mb(j('heap'))} | ${mb(p('heap'))} | ${(j('heap') / p('heap')).toFixed(2)}× |`);

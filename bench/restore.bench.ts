/**
 * Large-library benchmark: restore of the big library (bench/lib/big-library.ts: 100,000
 * highlights over 5,000 articles with real bodies, 10,000 clippings with an image each) in real
 * Chromium and Firefox ESR through the options page (bench/restore/browser.ts, firefox.ts: time,
 * file size, peak memory),
 * then the same file in Node: the backup export's peak memory, and popup edits with a
 * 2,000-highlight page open. Each Node case runs
 * in a fresh Node process (so one case's garbage does not inflate another's peak), on
 * fake-indexeddb (which keeps the database in the JS heap: both sides of a comparison carry
 * the same database, the difference is the code's). Before/after pairs run in the same run:
 *   restore: whole text → message copy → JSON.parse + validate → write   vs   sliced stream
 *   export:  all records + one string                                     vs   paged Blobs
 *   edit:    re-anchor the whole page per edit (bg-cs:highlights-changed) vs   repaint one
 * Run: npm run bench:restore   (BENCH_HIGHLIGHTS=20000 for a quick run; BENCH_RESTORE_BROWSERS=firefox
 * for one browser, BENCH_RESTORE_BROWSERS_ONLY=1 to skip the Node cases)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Highlight } from '../src/core/model';
import { FULL_LIBRARY, writeLibrary, type LibrarySize } from './lib/big-library';
import { Random } from './anchor/random';

const HIGHLIGHTS = Number(process.env.BENCH_HIGHLIGHTS ?? FULL_LIBRARY.highlights);
/** The full library of issue 16, or one scaled down (same proportions) for a quick run. */
const SIZE: LibrarySize = HIGHLIGHTS === FULL_LIBRARY.highlights
  ? FULL_LIBRARY
  : { ...FULL_LIBRARY, highlights: HIGHLIGHTS, articles: Math.ceil(HIGHLIGHTS / 20), clippings: Math.ceil(HIGHLIGHTS / 10) };
const DIR = path.resolve('.cache/bench-restore');
const BACKUP = path.join(DIR, `library-${HIGHLIGHTS === FULL_LIBRARY.highlights ? 'full' : HIGHLIGHTS}.json`);

/** Real article texts (Chinese and English news) from the extraction benchmark's pages. */
function realBodies(): string[] {
  const bodies: string[] = [];
  for (const set of ['cwced-zh', 'readability-pages']) {
    const file = path.resolve('../shared/bench-data/extraction', set, 'pages.jsonl');
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { expected_text?: string }).expected_text ?? '';
      if (text.length > 400) bodies.push(text);
    }
  }
  return bodies;
}

// ---------------------------------------------------------------- child cases

/** Peak of heap + external memory (ArrayBuffers, Blob data) and of RSS while `run` runs, in MB. */
async function measure<T>(run: () => Promise<T>): Promise<{ ms: number; peakHeapMB: number; peakRssMB: number; baseHeapMB: number; value: T }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  const base = heap();
  let peak = base;
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, heap());
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 2);
  (globalThis as { __benchSample?: () => void }).__benchSample = sample;
  const t = performance.now();
  const value = await run();
  const ms = performance.now() - t;
  sample();
  clearInterval(timer);
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return { ms: Math.round(ms), peakHeapMB: mb(peak - base), peakRssMB: mb(peakRss), baseHeapMB: mb(base), value };
}

async function freshDb() {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const { default: Dexie } = await import('dexie');
  const factory = new IDBFactory();
  Object.assign(globalThis, { indexedDB: factory, IDBKeyRange });
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const { JianbaoDb } = await import('../src/background/db/database');
  return new JianbaoDb(`bench-${Date.now()}`);
}

async function child(name: string): Promise<unknown> {
  const { parseImportFile } = await import('../src/core/import/parse-import-file');
  const { BackupStreamReader } = await import('../src/core/import/backup-stream');
  const { importPlan } = await import('../src/background/services/import-service');
  const sample = () => (globalThis as { __benchSample?: () => void }).__benchSample?.();
  const db = await freshDb();
  await db.open();

  if (name === 'restore-message' || name === 'restore-stream') {
    const result = await measure(async () => {
      let plan;
      if (name === 'restore-message') {
        // Before: the options page read the file whole, the text was copied into a runtime
        // message, and the background parsed and validated it whole.
        const text = fs.readFileSync(BACKUP, 'utf8');
        const copy = structuredClone(text);
        sample();
        const parsed = parseImportFile(copy);
        sample();
        if (!parsed.ok) throw new Error(parsed.error.detail);
        plan = parsed.value;
      } else {
        // After: 1 MiB slices, decoded and validated record by record (options/restore-file.ts).
        const reader = new BackupStreamReader();
        const fd = fs.openSync(BACKUP, 'r');
        const buffer = Buffer.alloc(1024 * 1024);
        const decoder = new TextDecoder();
        for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) {
          reader.write(decoder.decode(buffer.subarray(0, n), { stream: true }));
          sample();
        }
        fs.closeSync(fd);
        const parsed = reader.finish();
        if (!parsed.ok) throw new Error(parsed.error.detail);
        plan = parsed.value;
      }
      const parsedAt = performance.now();
      const summary = await importPlan(db, plan, () => sample());
      return { summary, writeStartedAt: parsedAt };
    });
    // A second restore of the same file changes nothing (idempotent).
    return { ...result, value: result.value.summary, count: await db.annotations.count() };
  }

  if (name === 'export-string' || name === 'export-stream') {
    const { buildBackup } = await import('../src/core/export/backup-format');
    const { backupFile } = await import('../options/backup-file');
    const { DEFAULT_SETTINGS } = await import('../src/core/settings/default-settings');
    const reader = new BackupStreamReader();
    reader.write(fs.readFileSync(BACKUP, 'utf8'));
    const parsed = reader.finish();
    if (!parsed.ok) throw new Error(parsed.error.detail);
    await importPlan(db, parsed.value);
    const result = await measure(async () => {
      if (name === 'export-string') {
        // Before: every record in memory, then the whole file as one string, then one Blob.
        const [highlights, articles, clippings, texts, images] = await Promise.all([
          db.annotations.toArray(), db.articles.toArray(), db.clippings.toArray(), db.clippingTexts.toArray(), db.clippingImages.toArray(),
        ]);
        sample();
        const text = buildBackup({ highlights, articles, clippings: { clippings, texts, images }, settings: DEFAULT_SETTINGS, exportedAt: new Date(0) });
        sample();
        const blob = new Blob([text], { type: 'application/json' });
        sample();
        return blob.size;
      }
      const file = await backupFile(db, DEFAULT_SETTINGS, new Date(0));
      return file.blob.size;
    });
    return result;
  }
  throw new Error(`unknown case ${name}`);
}

// ---------------------------------------------------------------- popup edit latency

async function editBench(): Promise<Record<string, number>> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><body></body>', { url: 'https://news.example/a' });
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'Node', 'NodeFilter', 'Range', 'Element', 'HTMLElement', 'Text', 'getComputedStyle', 'DOMParser']) {
    g[key] = key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key];
  }
  const doc = dom.window.document;
  const words = realBodies().join('\n').split(/\n+/).filter((p) => p.length > 60);
  const paragraphs = words.slice(0, 700);
  doc.body.innerHTML = paragraphs.map((p, i) => `<p id="p${i}"></p>`).join('');
  paragraphs.forEach((p, i) => (doc.getElementById(`p${i}`)!.textContent = p));
  const rng = new Random(7);
  const page: Highlight[] = [];
  for (let i = 0; i < 2_000; i++) {
    const p = paragraphs[i % paragraphs.length];
    const start = rng.int(0, p.length - 30);
    const exact = p.slice(start, start + 20);
    page.push({
      id: `p-${i}`, pageUrl: 'https://news.example/a', pageTitle: 'A', exact, color: 'yellow', note: '', tags: [], tokens: [], status: 'anchored', createdAt: 1, updatedAt: 1,
      selectors: [{ type: 'TextQuoteSelector', exact, prefix: p.slice(Math.max(0, start - 32), start), suffix: p.slice(start + 20, start + 52) }],
    });
  }
  // The annotator's background calls answer at once (the page's own list, the anchoring
  // report): webextension-polyfill hands out an existing `browser` global as it is.
  let list = page;
  (g.browser as { runtime: { sendMessage: unknown } }).runtime.sendMessage = async ({ type }: { type: string }) => ({
    ok: true,
    value: type === 'cs-bg:list-page-highlights' ? list : { orphans: 0 },
  });
  const { PageHighlights } = await import('../src/content/annotator/page-highlights');
  const { DEFAULT_SETTINGS } = await import('../src/core/settings/default-settings');
  const highlights = new PageHighlights(doc as unknown as Document, DEFAULT_SETTINGS, { ensure: async () => [] } as never, 'https://news.example/a');
  await highlights.restore();
  const times = (n: number, f: (i: number) => Promise<unknown> | unknown) => async () => {
    const t = performance.now();
    for (let i = 0; i < n; i++) await f(i);
    return (performance.now() - t) / n;
  };
  const edits = 3;
  const reanchorMs = await times(edits, () => highlights.restore())();
  const targetedMs = await times(edits, (i) => highlights.applyStored({ ...page[i], color: i % 2 ? 'green' : 'blue' }))();
  // 800 deletes: the background's delete on fake-indexeddb plus the page's targeted removal.
  const db = await freshDb();
  await db.annotations.bulkPut(page);
  const { deleteHighlight } = await import('../src/background/services/highlight-service');
  const t800 = performance.now();
  for (let i = 0; i < 800; i++) {
    const deleted = await deleteHighlight(db, page[i].id);
    highlights.applyRemoved(deleted.id, deleted.pageUrl);
  }
  const targeted800 = performance.now() - t800;
  list = page.slice(800);
  return { reanchorMs: Math.round(reanchorMs), targetedMs: Number(targetedMs.toFixed(2)), targeted800Ms: Math.round(targeted800), estimatedReanchor800Ms: Math.round(reanchorMs * 800) };
}

// ---------------------------------------------------------------- parent

function runChild(args: string[]): unknown {
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', '--import', './bench/lib/extension-global.mjs', 'scripts/run-ts.mjs', 'bench/restore.bench.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const [mode, name] = process.argv.slice(2);
if (mode === 'child') {
  console.log(JSON.stringify(await child(name)));
} else if (mode === 'edit') {
  console.log(JSON.stringify(await editBench()));
} else {
  fs.mkdirSync(DIR, { recursive: true });
  const library = writeLibrary(BACKUP, SIZE);
  console.log(`library: ${library.highlights.toLocaleString()} highlights, ${library.articles.toLocaleString()} articles with real bodies (${(library.bodyChars / 1e6).toFixed(1)} M characters), ${library.clippings.toLocaleString()} clippings with ${library.images.toLocaleString()} images`);
  console.log(`backup file: ${(library.bytes / 1024 / 1024).toFixed(1)} MB, written in ${(library.ms / 1000).toFixed(1)} s`);
  // The reader's path in real Chromium: the options page's file input, then the backup button.
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  // BENCH_RESTORE_BROWSERS=chromium (or firefox) runs one browser: each takes minutes at full size.
  const browsers = (process.env.BENCH_RESTORE_BROWSERS ?? 'chromium,firefox').split(',');
  if (browsers.includes('chromium')) {
    console.log('real Chromium, options page:');
    execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/restore/browser.ts', BACKUP], { stdio: 'inherit' });
  }
  if (browsers.includes('firefox')) {
    console.log('real Firefox ESR, options page:');
    execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/restore/firefox.ts', BACKUP], { stdio: 'inherit' });
  }
  if (process.env.BENCH_RESTORE_BROWSERS_ONLY) process.exit(0);
  console.log('Node, fake-indexeddb (before/after pairs):');
  const rows: [string, unknown][] = [];
  for (const c of ['restore-message', 'restore-stream', 'export-string', 'export-stream']) {
    const r = runChild(['child', c]);
    rows.push([c, r]);
    console.log(c, JSON.stringify(r));
  }
  const edit = runChild(['edit']);
  console.log('popup edit with a 2,000-highlight page open (jsdom, annotator side)', JSON.stringify(edit));
  const get = (c: string) => rows.find(([n]) => n === c)![1] as { ms: number; peakHeapMB: number; peakRssMB: number };
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(1) : '∞');
  console.log(`restore: ${get('restore-message').ms} ms → ${get('restore-stream').ms} ms; peak heap+external ${get('restore-message').peakHeapMB} MB → ${get('restore-stream').peakHeapMB} MB (${ratio(get('restore-message').peakHeapMB, get('restore-stream').peakHeapMB)}×)`);
  console.log(`export: peak heap+external ${get('export-string').peakHeapMB} MB → ${get('export-stream').peakHeapMB} MB (${ratio(get('export-string').peakHeapMB, get('export-stream').peakHeapMB)}×)`);
}

/**
 * The restore of a big backup in real Firefox ESR with the built extension (dist/firefox), the
 * reader's path as in browser.ts for Chromium: the file goes into the options page's file input.
 * Driven by puppeteer-core over WebDriver BiDi (the e2e tests' way; the moz-extension host is
 * pinned by a pref). Measured: wall time per phase (reading, writing), the search index's second
 * pass until its backlog is empty, and the peak resident memory of Firefox's processes from
 * /proc (the parent process, which hosts IndexedDB in Firefox, and the extension process, which
 * runs the options page), sampled every 100 ms; and the counts of what was stored.
 * Run by bench/restore.bench.ts (npm run bench:restore) with the backup file's path, or alone:
 *   node scripts/run-ts.mjs bench/restore/firefox.ts BACKUP.json
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: firefox.ts BACKUP.json');

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const GECKO_ID = (JSON.parse(fs.readFileSync('manifest.json', 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
const UUID = '0c3f5b2e-8d41-4a6f-b7e9-2a1d6c9e4f70';

/**
 * Firefox's processes under `rootPid`, by role: the parent process (which hosts IndexedDB in
 * Firefox) and the others by their process name (`/proc/PID/comm`: "WebExtensions" runs the
 * options page, "Web Content", "Socket Process", …). The name, not the command line: children
 * forked by Firefox's fork server show the fork server's command line.
 */
function processesOf(rootPid: number): { pid: number; role: string }[] {
  const all = new Map<number, { ppid: number; name: string }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/\) \S (\d+)/.exec(fs.readFileSync(`/proc/${entry}/stat`, 'utf8'))?.[1]);
      all.set(Number(entry), { ppid, name: fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() });
    } catch {
      /* ended meanwhile */
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 10; at = all.get(at)?.ppid ?? 0, hops++) if (at === rootPid) return true;
    return false;
  };
  return [...all].filter(([pid]) => inTree(pid)).map(([pid, { name }]) => ({ pid, role: pid === rootPid ? 'parent' : name }));
}

const rssMB = (pid: number): number => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
};

/** The largest resident memory per role now (processes come and go: the tree is read each time). */
function rssByRole(rootPid: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of processesOf(rootPid)) out[p.role] = Math.max(out[p.role] ?? 0, rssMB(p.pid));
  return out;
}

async function withPeaks<T>(rootPid: number, run: () => Promise<T>): Promise<{ value: T; peakRssMB: Record<string, number> }> {
  const peakRssMB: Record<string, number> = {};
  let stop = false;
  const sampler = (async () => {
    while (!stop) {
      for (const [role, mb] of Object.entries(rssByRole(rootPid))) peakRssMB[role] = Math.max(peakRssMB[role] ?? 0, mb);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    return { value: await run(), peakRssMB };
  } finally {
    stop = true;
    await sampler;
  }
}

/** Runs in the options page: when each phase of the progress bar first showed, and its highest value. */
function watchPhases(): void {
  const w = window as unknown as { __phases: Record<string, { at: number; max: number }> };
  w.__phases = {};
  new MutationObserver(() => {
    const box = document.querySelector('[data-role="restore-progress"]');
    const phase = box?.getAttribute('data-phase');
    if (!phase) return;
    const entry = (w.__phases[phase] ??= { at: performance.now(), max: 0 });
    entry.max = Math.max(entry.max, Number(box!.querySelector('progress')?.value ?? 0));
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
}

/** Runs in the options page: how many records a store holds, by raw IndexedDB (0 for a store the schema lacks). */
function countOf(store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('jianbao');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) return db.close(), resolve(0);
      const count = db.transaction(store).objectStore(store).count();
      count.onsuccess = () => (db.close(), resolve(count.result));
      count.onerror = () => (db.close(), reject(count.error));
    };
  });
}

async function restore(page: Page) {
  await page.evaluate(watchPhases);
  const t0 = await page.evaluate(() => performance.now());
  const input = await page.$('[data-action="restore"]');
  if (!input) throw new Error('the options page has no restore input');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  // Polled from here, not waited for in the page: a BiDi call that waits 20 minutes is cut off.
  for (;;) {
    const done = await page.evaluate(() => !(document.querySelector('[data-action="restore"]') as HTMLInputElement).disabled && !!document.querySelector('[data-role="restore-status"]'));
    if (done) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const { end, phases, status } = await page.evaluate(() => ({
    end: performance.now(),
    phases: (window as unknown as { __phases: Record<string, { at: number; max: number }> }).__phases,
    status: document.querySelector('[data-role="restore-status"]')!.textContent ?? '',
  }));
  const writingAt = phases.writing?.at ?? end;
  const indexStart = Date.now();
  while ((await page.evaluate(countOf, 'indexBacklog')) > 0) await new Promise((r) => setTimeout(r, 1000));
  return {
    ms: Math.round(end - t0), readingMs: Math.round(writingAt - t0), writingMs: Math.round(end - writingAt),
    indexingMs: Date.now() - indexStart, status, maxPercent: [phases.reading?.max ?? -1, phases.writing?.max ?? -1],
  };
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-bench-restore-ff-'));
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  userDataDir: profile,
  protocolTimeout: 30 * 60_000,
  // Without it WebDriver BiDi refuses to navigate a tab to a moz-extension page (as in the e2e).
  args: ['--remote-allow-system-access'],
  extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
});
try {
  await browser.installExtension(path.resolve('dist/firefox'));
  const rootPid = browser.process()?.pid;
  if (!rootPid) throw new Error('no Firefox process');
  const page = await browser.newPage();
  // page.goto() does not return for moz-extension pages; the BiDi navigate command does.
  const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } }).browsingContext;
  await context.navigate(`moz-extension://${UUID}/options/options.html`, 'complete');
  await page.waitForSelector('[data-action="restore"]');
  const bytes = fs.statSync(file).size;
  console.log(`file: ${(bytes / 1024 / 1024).toFixed(1)} MB; Firefox ${await browser.version()}`);
  const results: Record<string, unknown> = { fileMB: Number((bytes / 1024 / 1024).toFixed(1)) };
  for (const step of ['first restore', 'second restore (same file)'] as const) {
    const { value, peakRssMB } = await withPeaks(rootPid, () => restore(page));
    const row = { ...value, peakRssMB };
    results[step] = row;
    console.log(step, JSON.stringify(row));
  }
  const counts: Record<string, number> = {};
  for (const store of ['annotations', 'articles', 'clippings', 'clippingTexts', 'clippingImages']) counts[store] = await page.evaluate(countOf, store);
  results.stored = counts;
  console.log('stored', JSON.stringify(counts));
  console.log(JSON.stringify(results));
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

/**
 * The restore of a big backup, and the backup of the restored library, in real Chromium with the
 * built extension, the way a reader does them: the file goes into the options page's file
 * input, the backup button downloads the file. Measured: wall time per phase (reading, writing),
 * the options page's JS heap (CDP Runtime.getHeapUsage, sampled every 100 ms), and the peak
 * resident memory of the extension's renderer, the browser process (Blob storage) and the
 * storage service from /proc (VmRSS, sampled with the heap), and the CPU seconds each of them
 * used in the writing phase (/proc utime + stime): in Chromium the IndexedDB backend runs in
 * the browser process, so that column is the database's own work. Since schema v6 a restore
 * writes the records first and their search-index entries in a second pass: `indexingMs` is
 * from the end of the restore until that pass's backlog is empty (0 for builds without it).
 * Run by bench/restore.bench.ts (npm run bench:restore) with the backup file's path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: browser.ts BACKUP.json');

interface Proc {
  pid: number;
  role: string;
}

/** The browser's processes by role: the one started with the profile directory and all its descendants. */
function processesOf(userDataDir: string): Proc[] {
  const all = new Map<number, { ppid: number; cmd: string }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const ppid = Number(/\) \S (\d+)/.exec(fs.readFileSync(`/proc/${entry}/stat`, 'utf8'))?.[1]);
      all.set(Number(entry), { ppid, cmd });
    } catch {
      /* ended meanwhile */
    }
  }
  const root = [...all].find(([, p]) => p.cmd.includes(userDataDir) && !p.cmd.includes('--type='))?.[0];
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 10; at = all.get(at)?.ppid ?? 0, hops++) if (at === root) return true;
    return false;
  };
  const procs: Proc[] = [];
  for (const [pid, { cmd }] of all) {
    if (!inTree(pid)) continue;
    const type = /--type=(\S+)/.exec(cmd)?.[1];
    const role = !type ? 'browser'
      : type === 'renderer' && cmd.includes('--extension-process') ? 'extension renderer'
      : type === 'utility' && cmd.includes('storage.mojom.StorageService') ? 'storage service'
      : type;
    procs.push({ pid, role });
  }
  return procs;
}

const kB = (pid: number, field: 'VmRSS'): number => {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
};

const ROLES = ['extension renderer', 'browser', 'storage service'];

/** CPU seconds used so far per role (utime + stime of every process of the role). */
function cpuSeconds(procs: Proc[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of procs) {
    if (!ROLES.includes(p.role)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${p.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out[p.role] = (out[p.role] ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      /* ended meanwhile */
    }
  }
  return out;
}

function cpuSince(procs: Proc[], before: Record<string, number>): Record<string, number> {
  const now = cpuSeconds(procs);
  return Object.fromEntries(Object.entries(now).map(([role, s]) => [role, Number((s - (before[role] ?? 0)).toFixed(1))]));
}

/** Resident memory now in MB per role (the largest process of a role). */
function rss(procs: Proc[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of procs) {
    if (ROLES.includes(p.role)) out[p.role] = Math.max(out[p.role] ?? 0, Math.round(kB(p.pid, 'VmRSS') / 1024));
  }
  return out;
}

/**
 * Samples the page's JS heap and the processes' resident memory every 100 ms while `run` runs;
 * returns the peaks (MB) and the resident memory before it started.
 */
async function withPeaks<T>(page: Page, procs: Proc[], run: () => Promise<T>): Promise<{ value: T; peakHeapMB: number; baseRssMB: Record<string, number>; peakRssMB: Record<string, number> }> {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  const baseRssMB = rss(procs);
  const peakRssMB = { ...baseRssMB };
  let stop = false;
  const sampler = (async () => {
    while (!stop) {
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))) as { usedSize: number };
      peak = Math.max(peak, usedSize);
      for (const [role, mb] of Object.entries(rss(procs))) peakRssMB[role] = Math.max(peakRssMB[role] ?? 0, mb);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    const value = await run();
    return { value, peakHeapMB: Math.round(peak / 1024 / 1024), baseRssMB, peakRssMB };
  } finally {
    stop = true;
    await sampler;
    await cdp.detach().catch(() => undefined);
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

/** Runs in the options page: records not yet in the search index (the backlog of a restore's second pass; 0 before schema v6). */
function backlogSize(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('jianbao');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('indexBacklog')) return db.close(), resolve(0);
      const count = db.transaction('indexBacklog').objectStore('indexBacklog').count();
      count.onsuccess = () => (db.close(), resolve(count.result));
      count.onerror = () => (db.close(), reject(count.error));
    };
  });
}

async function restore(page: Page, procs: Proc[]): Promise<{
  ms: number; readingMs: number; writingMs: number; indexingMs: number; status: string; maxPercent: number[];
  writingCpuSeconds: Record<string, number>; indexingCpuSeconds: Record<string, number>;
}> {
  await page.evaluate(watchPhases);
  const t0 = await page.evaluate(() => performance.now());
  await page.setInputFiles('[data-action="restore"]', file);
  // CPU of each process from the moment "writing" shows to the end.
  let atWriting: Record<string, number> | undefined;
  const cpuPoll = setInterval(() => {
    if (atWriting) return;
    page.evaluate(() => !!(window as unknown as { __phases: Record<string, unknown> }).__phases.writing).then((writing) => {
      if (writing && !atWriting) atWriting = cpuSeconds(procs);
    }, () => undefined);
  }, 200);
  await page.waitForFunction(
    () => !(document.querySelector('[data-action="restore"]') as HTMLInputElement).disabled && !!document.querySelector('[data-role="restore-status"]'),
    undefined,
    { timeout: 30 * 60_000, polling: 200 },
  );
  clearInterval(cpuPoll);
  const writingCpuSeconds = atWriting ? cpuSince(procs, atWriting) : {};
  const { end, phases, status } = await page.evaluate(() => ({
    end: performance.now(),
    phases: (window as unknown as { __phases: Record<string, { at: number; max: number }> }).__phases,
    status: document.querySelector('[data-role="restore-status"]')!.textContent ?? '',
  }));
  const writingAt = phases.writing?.at ?? end;
  // The second pass (search index), until the backlog is empty: the library is searchable then.
  const atIndexing = cpuSeconds(procs);
  const indexStart = Date.now();
  while ((await page.evaluate(backlogSize)) > 0) await new Promise((r) => setTimeout(r, 500));
  const indexingMs = Date.now() - indexStart;
  return {
    ms: Math.round(end - t0), readingMs: Math.round(writingAt - t0), writingMs: Math.round(end - writingAt), indexingMs, status,
    maxPercent: [phases.reading?.max ?? -1, phases.writing?.max ?? -1], writingCpuSeconds, indexingCpuSeconds: cpuSince(procs, atIndexing),
  };
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-bench-restore-'));
const ext = path.resolve('dist/chrome');
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  args: [
    `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
});
try {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options/options.html`);
  await page.waitForSelector('[data-action="restore"]');
  const procs = processesOf(userDataDir);
  const bytes = fs.statSync(file).size;
  console.log(`file: ${(bytes / 1024 / 1024).toFixed(1)} MB; processes: ${procs.map((p) => p.role).join(', ')}`);
  const results: Record<string, unknown> = { fileMB: Number((bytes / 1024 / 1024).toFixed(1)) };
  for (const step of ['first restore', 'second restore (same file)'] as const) {
    const { value, ...memory } = await withPeaks(page, procs, () => restore(page, procs));
    const row = { ...value, ...memory };
    results[step] = row;
    console.log(step, JSON.stringify(row));
  }
  // The backup of what was restored: paged reads into a Blob of Blobs, downloaded.
  const backup = await withPeaks(page, procs, async () => {
    const t = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30 * 60_000 }), page.click('[data-action="backup"]')]);
    const saved = await download.path();
    const ms = performance.now() - t;
    return { ms: Math.round(ms), sizeMB: Number((fs.statSync(saved!).size / 1024 / 1024).toFixed(1)) };
  });
  const { value: saved, ...memory } = backup;
  const row = { ...saved, ...memory };
  results.backup = row;
  console.log('backup (download)', JSON.stringify(row));
  console.log(JSON.stringify(results));
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

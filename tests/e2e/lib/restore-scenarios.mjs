// Issue 16: a big backup restores through the options page's file input (the reader's path),
// in one transaction with a progress bar, and a second restore of the same file changes
// nothing. Browser-independent; the test files pass how to open the options page and how to
// put a file into its input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitFor } from './page-actions.mjs';

/**
 * The library the e2e restores: a fifth of bench:restore's 100,000 highlights (which takes
 * minutes in a real browser on this machine; the full size is measured there, not in CI),
 * with article bodies, clippings and their images.
 */
export const E2E_LIBRARY = { highlights: 20_000, articles: 1_000, clippings: 1_000, imagesPerClipping: 1, imageBytes: 6_000 };

/** Writes the library's backup (bench/lib/big-library.ts) to a temporary file. */
export function writeBigBackup(size = E2E_LIBRARY) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-e2e-restore-'));
  const file = path.join(dir, 'jianbao-big-backup.json');
  const args = ['scripts/run-ts.mjs', 'bench/make-library.ts', '--out', file];
  const flags = { highlights: 'highlights', articles: 'articles', clippings: 'clippings', imagesPerClipping: 'images-per-clipping', imageBytes: 'image-bytes' };
  for (const [key, flag] of Object.entries(flags)) args.push(`--${flag}`, String(size[key]));
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return { ...JSON.parse(run.stdout.trim().split('\n').pop()), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs in an extension page: how many records each store holds (raw IndexedDB, not the code under test). */
function countStores(stores) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('jianbao');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const present = stores.filter((s) => db.objectStoreNames.contains(s));
      const counts = Object.fromEntries(stores.map((s) => [s, 0]));
      if (!present.length) return resolve(counts);
      const tx = db.transaction(present);
      for (const s of present) tx.objectStore(s).count().onsuccess = (e) => (counts[s] = e.target.result);
      tx.oncomplete = () => (db.close(), resolve(counts));
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Runs in the options page: records the highest value the progress bar showed in each phase. */
function watchProgress() {
  window.__progress = { reading: -1, writing: -1, phases: [] };
  const look = () => {
    const box = document.querySelector('[data-role="restore-progress"]');
    const bar = box?.querySelector('progress');
    if (!box || !bar) return;
    const phase = box.getAttribute('data-phase');
    const p = window.__progress;
    if (p.phases[p.phases.length - 1] !== phase) p.phases.push(phase);
    p[phase] = Math.max(p[phase], Number(bar.value));
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Puts the file into the restore input and waits for the status line; returns it with the progress seen. */
async function restoreOnce(page, setFile, file) {
  await page.evaluate(watchProgress);
  const started = Date.now();
  await setFile(page, '[data-action="restore"]', file);
  const status = await waitFor(
    () => page.evaluate(() => (document.querySelector('[data-action="restore"]').disabled ? null : document.querySelector('[data-role="restore-status"]')?.textContent ?? null)),
    { timeout: 170_000, interval: 250, what: 'the restore status' },
  );
  const ms = Date.now() - started;
  return { status, ms, progress: await page.evaluate(() => window.__progress) };
}

/**
 * env: openOptions() → an options page; setFile(page, selector, path).
 * Restores the big backup twice and checks counts, progress and idempotence.
 */
export async function bigBackupRestores(env) {
  const library = writeBigBackup();
  try {
    const page = await env.openOptions();
    await page.waitForSelector('[data-action="restore"]');
    const stores = ['annotations', 'articles', 'clippings', 'clippingTexts', 'clippingImages'];

    const first = await restoreOnce(page, env.setFile, library.file);
    console.log(`# restored ${(library.bytes / 1024 / 1024).toFixed(1)} MB (${library.highlights} highlights, ${library.articles} articles, ${library.clippings} clippings, ${library.images} images) in ${first.ms} ms; progress ${JSON.stringify(first.progress)}`);
    assert.match(first.status, new RegExp(`Restored: ${library.highlights} highlights added, 0 updated, 0 already there; ${library.articles} articles`), first.status);
    assert.match(first.status, new RegExp(`${library.clippings} clippings added, 0 updated, 0 already there`), first.status);
    assert.deepEqual(first.progress.phases, ['reading', 'writing'], 'reading, then writing');
    assert.equal(first.progress.reading, 100, 'the reading bar reached 100 %');
    assert.equal(first.progress.writing, 100, 'the writing bar reached 100 %');
    assert.deepEqual(await page.evaluate(countStores, stores), {
      annotations: library.highlights, articles: library.articles, clippings: library.clippings, clippingTexts: library.clippings, clippingImages: library.images,
    });

    const second = await restoreOnce(page, env.setFile, library.file);
    console.log(`# second restore of the same file in ${second.ms} ms`);
    assert.match(second.status, new RegExp(`Restored: 0 highlights added, 0 updated, ${library.highlights} already there; 0 articles`), second.status);
    assert.match(second.status, new RegExp(`0 clippings added, 0 updated, ${library.clippings} already there`), second.status);
    assert.equal(second.progress.writing, 100);
    assert.equal((await page.evaluate(countStores, stores)).annotations, library.highlights);
    await page.close();
  } finally {
    library.remove();
  }
}

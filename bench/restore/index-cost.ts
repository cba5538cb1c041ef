/**
 * What one multi-entry index entry costs in real Chromium's IndexedDB, and whether the size of
 * the transaction matters (the question behind the slow restore write, docs/BENCHMARKS.md).
 * Raw IndexedDB in the extension's origin (the options page of the built extension), no Dexie:
 * RECORDS records of ~1.5 KB, each with KEYS index keys shaped like `*searchKeys` entries
 * (an ideograph bigram, U+0000, a base-36 time), written in puts of SLICE records, with and
 * without the multi-entry index, in one transaction or one transaction per slice.
 *   node scripts/run-ts.mjs bench/restore/index-cost.ts [RECORDS] [KEYS] [SLICE] [VARIANTS]
 * Defaults 10000 42 2000 (the 10k library's highlights: 42.4 keys each), all four variants.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const records = Number(process.argv[2] ?? 10_000);
const keysPer = Number(process.argv[3] ?? 42);
const slice = Number(process.argv[4] ?? 2_000);
const variants = (process.argv[5] ?? 'noindex-one,index-one,noindex-slices,index-slices').split(',');

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-index-cost-'));
const ext = path.resolve('dist/chrome');
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu'],
});
try {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options/options.html`);
  for (const variant of variants) {
    const row = await page.evaluate(async ({ variant, records, keysPer, slice }) => {
      const name = `index-cost-${variant}-${Date.now()}`;
      const indexed = variant.startsWith('index');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('t', { keyPath: 'id' });
          if (indexed) store.createIndex('keys', 'keys', { multiEntry: true });
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const han = '的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感';
      const pick = () => han[Math.floor(Math.random() * han.length)];
      const all = Array.from({ length: records }, (_, i) => ({
        id: crypto.randomUUID(),
        n: i,
        text: 'x'.repeat(1500),
        keys: Array.from({ length: keysPer }, () => pick() + pick() + '\u0000' + (1_700_000_000_000 + Math.floor(Math.random() * 1e9)).toString(36)),
      }));
      const put = (tx: IDBTransaction, batch: unknown[]) =>
        new Promise<void>((resolve, reject) => {
          const store = tx.objectStore('t');
          let last: IDBRequest | undefined;
          for (const r of batch) last = store.put(r);
          last!.onsuccess = () => resolve();
          last!.onerror = () => reject(last!.error);
        });
      const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const t0 = performance.now();
      if (variant.endsWith('-one')) {
        const tx = db.transaction('t', 'readwrite');
        for (let s = 0; s < all.length; s += slice) await put(tx, all.slice(s, s + slice));
        await done(tx);
      } else {
        for (let s = 0; s < all.length; s += slice) {
          const tx = db.transaction('t', 'readwrite');
          await put(tx, all.slice(s, s + slice));
          await done(tx);
        }
      }
      const ms = performance.now() - t0;
      db.close();
      await new Promise((resolve) => { indexedDB.deleteDatabase(name).onsuccess = resolve; });
      return { variant, ms: Math.round(ms), entries: indexed ? records * keysPer : 0 };
    }, { variant, records, keysPer, slice });
    console.log(JSON.stringify(row));
  }
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

/**
 * Chromium with the built extension and a profile kept in .cache/bench-popup/, so the 100,000
 * seeded highlights survive between runs: storing them costs minutes (about 7 million
 * *searchKeys index entries), measuring the popup costs seconds. The unpacked extension's id
 * comes from its path, so the same profile finds the same database again.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

/** The launched browser. */
export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  popupUrl(tabId: number, extra?: string): string;
  tabIdOf(prefix: string): Promise<number>;
  close(): Promise<void>;
}

/** Launches with the profile for one data set (the key names it, e.g. "5000x20"). */
export async function launchCached(key: string): Promise<BenchBrowser> {
  const ext = path.resolve('dist/chrome');
  const userDataDir = path.resolve('.cache/bench-popup', key);
  fs.mkdirSync(userDataDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 400, height: 600 },
    args: [
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    popupUrl: (tabId, extra = '') => `chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}${extra}`,
    tabIdOf: (prefix) =>
      worker.evaluate(async (p) => {
        const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } }).chrome.tabs;
        return (await tabs.query({})).find((t) => t.url?.startsWith(p))?.id ?? -1;
      }, prefix),
    close: () => context.close(),
  };
}

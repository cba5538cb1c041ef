// Launches Debian's Chromium with the built extension (dist/chrome) through playwright-core.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readStore } from './read-store.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchChromium({ locale = 'en-US' } = {}) {
  const ext = path.resolve('dist/chrome');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    acceptDownloads: true,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--lang=${locale}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  // One extension page kept open for protocol calls and store reads that must not go through the worker.
  let extPage = null;
  let session = null;
  const extensionSession = async () => {
    if (!session) {
      const { page } = await extensionSession.page();
      session = await context.newCDPSession(page);
      await session.send('ServiceWorker.enable');
    }
    return session;
  };
  /** The running service worker, started by a message from the extension page if it was stopped. */
  const liveWorker = async () => {
    const { page } = await extensionSession.page();
    for (let attempt = 0; attempt < 50; attempt++) {
      for (const candidate of context.serviceWorkers()) {
        const alive = await Promise.race([candidate.evaluate(() => true).catch(() => false), new Promise((r) => setTimeout(() => r(false), 500))]);
        if (alive) return candidate;
      }
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the service worker did not start');
  };
  extensionSession.page = async () => {
    if (!extPage) {
      extPage = await context.newPage();
      await extPage.goto(`chrome-extension://${extensionId}/options/options.html`);
    }
    return { page: extPage };
  };
  return {
    context,
    worker,
    extensionId,
    newPage: () => context.newPage(),
    popupUrl: (tabId, extra = '') => `chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}${extra}`,
    optionsUrl: `chrome-extension://${extensionId}/options/options.html`,
    /** The id of the tab showing a URL that starts with `prefix`. */
    tabIdOf: (prefix) => worker.evaluate(async (p) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(p))?.id, prefix),
    /** All highlights in the extension's database, read in the service worker. */
    storedHighlights: () => worker.evaluate(readStore, 'annotations'),
    storedArticles: () => worker.evaluate(readStore, 'articles'),
    /**
     * Stops the extension's service worker the way the browser does when it is idle (DevTools
     * protocol ServiceWorker.stopAllWorkers, from an extension page of the same origin); the
     * next event starts it again. `worker` is stale afterwards: read through `readStore`.
     */
    async stopBackground() {
      const session = await extensionSession();
      await session.send('ServiceWorker.stopAllWorkers');
    },
    /**
     * Makes the service worker fire a keyboard command or a context-menu click on the tab of
     * `page` the way the browser does (the event's own dispatch, in a worker started afresh if it
     * was stopped): headless Chromium routes no key presses to extension commands and shows no
     * context menu. A stopped worker is woken by a message from the extension page, as any event
     * would wake it.
     */
    async runCommand(kind, command, page, selectionText, frameUrl) {
      const live = await liveWorker();
      await live.evaluate(
        async ({ kind, command, url, selectionText, frameUrl }) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
          // The menu names the frame it was opened in: found here by the frame's address, or by
          // its window name (`name:…`) for a frame without an address of its own.
          let frameId = 0;
          if (frameUrl) {
            const frames = await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: () => [location.href, `name:${window.name}`] });
            frameId = frames.find((f) => f.frameId !== 0 && f.result.includes(frameUrl)).frameId;
          }
          if (kind === 'shortcut') chrome.commands.onCommand.dispatch(command, tab);
          else chrome.contextMenus.onClicked.dispatch({ menuItemId: command, frameId, selectionText, editable: false, pageUrl: url, ...(frameUrl ? { frameUrl } : {}) }, tab);
        },
        { kind, command, url: page.url(), selectionText, frameUrl },
      );
    },
    /** Collects the console lines of every script of a page, content scripts too; returns a reader of them. */
    async watchConsole(page) {
      const lines = [];
      const cdp = await context.newCDPSession(page);
      cdp.on('Runtime.consoleAPICalled', (event) => lines.push(event.args.map((a) => a.value ?? a.description ?? '').join(' ')));
      await cdp.send('Runtime.enable');
      return () => lines;
    },
    /** A raw IndexedDB read of one store from an extension page (survives service-worker restarts). */
    async readStore(store) {
      const { page } = await extensionSession.page();
      return page.evaluate(readStore, store);
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Launches Debian's Firefox ESR with the built extension (dist/firefox) through puppeteer-core
// over WebDriver BiDi. The moz-extension host is pinned through a pref so tests can open the
// popup page; page.goto() never returns for moz-extension:// pages, so the raw BiDi
// browsingContext.navigate command is used for those (see shared/recipes/browser-e2e).
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readStore } from './read-store.mjs';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const GECKO_ID = JSON.parse(fs.readFileSync('manifest.json', 'utf8')).browser_specific_settings.gecko.id;
const UUID = '6b1e7c3a-2f4d-4e8a-9c1b-5d7f0a3e2b91';

export async function launchFirefox({ locale = 'en-US' } = {}) {
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-e2e-firefox-dl-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 900 },
    args: ['--remote-allow-system-access', '--width=1100', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      // Downloads go straight to a folder the test reads.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,text/csv,application/json,text/html,text/plain',
      'browser.download.panel.shown': true,
    },
  });
  await browser.installExtension(path.resolve('dist/firefox'));
  const base = `moz-extension://${UUID}`;
  /** The raw WebDriver BiDi session under puppeteer, for commands it does not wrap. */
  let session = null;
  const bidiSession = async () => {
    if (!session) {
      const [page] = await browser.pages();
      session = page.mainFrame().browsingContext.userContext.browser.session;
    }
    return session;
  };
  return {
    browser,
    downloadDir,
    base,
    newPage: () => browser.newPage(),
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      await page.mainFrame().browsingContext.navigate(`${base}/${pathAndQuery}`, 'complete');
      return page;
    },
    /** The id of the tab showing a URL that starts with `prefix`, asked of an extension page. */
    async tabIdOf(prefix) {
      const page = await this.openExtensionPage('options/options.html');
      try {
        return await page.evaluate(async (p) => (await browser.tabs.query({})).find((t) => t.url?.startsWith(p))?.id, prefix);
      } finally {
        await page.close();
      }
    },
    /**
     * Terminates the extension's event page the way Firefox does when it is idle: the privileged
     * Extension.terminateBackground() (what about:debugging's "Terminate background script"
     * calls), run in the browser's own chrome window over WebDriver BiDi (the browser runs with
     * --remote-allow-system-access, which lets BiDi reach chrome contexts). The next event wakes it.
     */
    async stopBackground() {
      const session = await bidiSession();
      const { contexts } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' }).then((r) => r.result);
      const { result } = await session.send('script.evaluate', {
        expression: `(async () => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
          await extension.terminateBackground();
          return extension.backgroundState;
        })()`,
        target: { context: contexts[0].context },
        awaitPromise: true,
      });
      if (result.type === 'exception') throw new Error(`terminateBackground: ${JSON.stringify(result.exceptionDetails?.text)}`);
      return result.result?.value;
    },
    /** Collects the console lines of a page (log.entryAdded of its browsing context); returns a reader of them. */
    async watchConsole(page) {
      const session = await bidiSession();
      const lines = [];
      const context = page.mainFrame().browsingContext.id;
      session.on('log.entryAdded', (entry) => {
        if (entry.source?.context === context) lines.push(entry.text ?? '');
      });
      await session.subscribe(['log.entryAdded'], [context]).catch(() => undefined);
      return () => lines;
    },
    readStore(store) {
      return this.readFromStore(store);
    },
    storedHighlights() {
      return this.readFromStore('annotations');
    },
    storedArticles() {
      return this.readFromStore('articles');
    },
    async readFromStore(store) {
      const page = await this.openExtensionPage('options/options.html');
      try {
        return await page.evaluate(readStore, store);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      fs.rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

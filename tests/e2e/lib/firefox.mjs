// Launches Debian's Firefox ESR with the built extension (dist/firefox) through puppeteer-core
// over WebDriver BiDi. The moz-extension host is pinned through a pref so tests can open the
// popup page; page.goto() never returns for moz-extension:// pages, so the raw BiDi
// browsingContext.navigate command is used for those (see shared/recipes/browser-e2e).
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readStore } from './read-store.mjs';
import { waitFor } from './page-actions.mjs';

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
  /** Evaluates privileged script in the browser's chrome window (needs --remote-allow-system-access). */
  const chromeEval = async (expression) => {
    const bidi = await bidiSession();
    const { contexts } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result;
    const { result } = await bidi.send('script.evaluate', { expression, target: { context: contexts[0].context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`chrome script: ${result.exceptionDetails?.text}`);
    return result.result?.value;
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
    /** Clicks `selector` on `page` and returns the bytes of the new file named like `name` in the download folder. */
    async download(page, selector, name) {
      const dir = this.downloadDir;
      const before = new Set(fs.readdirSync(dir));
      await page.click(selector);
      // Firefox makes the file empty at once and writes a .part beside it, renamed over it when done.
      const done = (f) => !before.has(f) && name.test(f) && !f.endsWith('.part') && !fs.existsSync(path.join(dir, `${f}.part`)) && fs.statSync(path.join(dir, f)).size > 0;
      const file = await waitFor(() => fs.readdirSync(dir).find(done), { timeout: 30_000, what: `a ${name} download` });
      return fs.readFileSync(path.join(dir, file));
    },
    /** The id of the newest tab that is not an extension page (its address may be hidden from the extension). */
    async newestTabId() {
      const page = await this.openExtensionPage('options/options.html');
      try {
        return await page.evaluate(async () => Math.max(...(await browser.tabs.query({})).filter((t) => !t.url?.startsWith('moz-extension:')).map((t) => t.id)));
      } finally {
        await page.close();
      }
    },
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
    stopBackground() {
      return chromeEval(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
        await extension.terminateBackground();
        return extension.backgroundState;
      })()`);
    },
    /**
     * Makes Firefox fire a keyboard command or a context-menu click on the tab of `page`, in the
     * browser's chrome window over BiDi (see stopBackground): a shortcut by its own <key> element
     * of the extension's keyset (what pressing the keys runs; BiDi key input goes to the page,
     * not to browser shortcuts), a menu click by the event the menu item emits when clicked
     * (`webext-menu-menuitem-click`). Both wake a terminated event page like the real thing.
     */
    async runCommand(kind, command, page, selectionText, frameUrl) {
      await page.bringToFront();
      const shortcut = JSON.parse(fs.readFileSync('manifest.json', 'utf8')).commands[command]?.suggested_key?.default ?? '';
      const keyLetter = shortcut.split('+').pop();
      return chromeEval(`(async () => {
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        const nativeTab = [...win.gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(page.url())});
        if (!nativeTab) throw new Error('no tab shows the page');
        win.gBrowser.selectedTab = nativeTab;
        if (${JSON.stringify(kind)} === 'shortcut') {
          const keyset = win.document.querySelector('keyset[id^="ext-keyset-id-"][id$=${JSON.stringify(GECKO_ID.replace(/[^a-z0-9_-]/gi, '_'))}]');
          const key = [...keyset.children].find((k) => (k.getAttribute('key') || '').toUpperCase() === ${JSON.stringify(keyLetter.toUpperCase())});
          if (!key) throw new Error('no key for the command');
          key.doCommand();
        } else {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
          // The menu names the frame it was opened in: a subframe's id is its BrowsingContext id.
          const frameUrl = ${JSON.stringify(frameUrl ?? null)};
          const frame = frameUrl && nativeTab.linkedBrowser.browsingContext.getAllBrowsingContextsInSubtree()
            .find((bc) => bc.parent && (bc.currentWindowGlobal?.documentURI?.spec === frameUrl || 'name:' + bc.name === frameUrl));
          if (frameUrl && !frame) throw new Error('no frame shows ' + frameUrl);
          extension.emit('webext-menu-menuitem-click', {
            menuItemId: ${JSON.stringify(command)}, frameId: frame && frame.parent ? frame.id : 0, selectionText: ${JSON.stringify(selectionText)},
            editable: false, modifiers: [], button: 0, pageUrl: ${JSON.stringify(page.url())},
          }, nativeTab);
        }
        return true;
      })()`);
    },
    /**
     * Withholds the extension's host access (what a reader can do in about:addons →
     * Permissions), so the next permissions.request for an origin asks the reader.
     */
    async withholdHostAccess() {
      const page = await this.openExtensionPage('options/options.html');
      try {
        return await page.evaluate(() => browser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] }));
      } finally {
        await page.close();
      }
    },
    /**
     * Waits for Firefox's permission doorhanger (the `addon-webext-permissions` popup
     * notification that permissions.request opens) and clicks its Allow or Don't allow button,
     * as the reader would; returns the doorhanger's text (the extension and what it asks for).
     */
    async answerPermissionPrompt(allow, timeout = 15_000) {
      const until = Date.now() + timeout;
      for (;;) {
        const text = await chromeEval(`(() => {
          for (const win of Services.wm.getEnumerator('navigator:browser')) {
            const node = win.document.getElementById('addon-webext-permissions-notification');
            if (!node || win.PopupNotifications.panel.state !== 'open') continue;
            const text = node.textContent.replace(/\\s+/g, ' ').trim();
            node.querySelector(${JSON.stringify(allow ? '.popup-notification-primary-button' : '.popup-notification-secondary-button')}).click();
            return text;
          }
          return null;
        })()`);
        if (text) return text;
        if (Date.now() > until) throw new Error('timed out waiting for the permission prompt');
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    /**
     * The system clipboard's text, read by the browser's own clipboard service in its chrome
     * window (see stopBackground): a page's navigator.clipboard.readText() shows Firefox's paste
     * prompt instead of answering, and BiDi cannot click that prompt.
     */
    readClipboard() {
      return chromeEval(`(() => {
        const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor('text/plain');
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        Services.clipboard.getData(transferable, Services.clipboard.kGlobalClipboard, win.browsingContext.currentWindowContext);
        const data = {};
        try {
          transferable.getTransferData('text/plain', data);
        } catch {
          return '';
        }
        return data.value.QueryInterface(Ci.nsISupportsString).data;
      })()`);
    },
    /** Puts text on the system clipboard from the chrome window (a page may only write on a click). */
    writeClipboard(text) {
      return chromeEval(`(() => {
        Cc['@mozilla.org/widget/clipboardhelper;1'].getService(Ci.nsIClipboardHelper).copyString(${JSON.stringify(text)});
        return true;
      })()`);
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

// Issue 16, privacy against the page, in real Chromium: a note typed (Latin, then Chinese
// through IME composition) on a hostile page never reaches the page's listeners.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import * as privacy from './lib/privacy-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

/** Chinese as an IME types it: a composition of pinyin, then the committed characters (CDP Input). */
async function composeChinese(page, frame) {
  // Count the composition inside the editor frame, to know the IME path really ran there.
  await frame.evaluate(() => {
    window.__compositions = 0;
    addEventListener('compositionupdate', () => window.__compositions++, true);
  });
  const cdp = await page.context().newCDPSession(page);
  for (const pinyin of ['m', 'mi', 'mimi', 'mimiji', 'mimijihua']) {
    await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
  }
  await cdp.send('Input.insertText', { text: privacy.NOTE_CHINESE });
  await cdp.detach();
  assert.ok((await frame.evaluate(() => window.__compositions)) >= 4, 'the editor frame saw the composition');
}

describe('Chromium: notes and highlights are private to the reader', () => {
  const env = withDemoAndBrowser(launchChromium, privacy.startHostileServer);
  env.newPage = () => env.browser.newPage();
  env.storedHighlights = () => env.browser.storedHighlights();

  it('a note typed on a hostile page (Latin and IME Chinese) reaches storage and nothing of it the page', async () => {
    const { page, record } = await privacy.writeNoteOnHostilePage(env, composeChinese);
    // The page saw the reader's clicks on its own text, and focus leaving for a frame: no more.
    assert.ok(record.events.some((e) => e.type === 'selectionchange'), 'the recorder works');
    await page.close();
  });

  it('takes the note editor down if the page navigates its frame', async () => {
    const reachable = await privacy.navigatedEditorIsTakenDown(env);
    console.log(`# frames the page could reach and navigate: ${reachable}`);
  });

  it('repaints from its own model when the page edits the highlight registry; storage is unchanged', () =>
    privacy.tamperedRegistryIsRepaired(env));

  it('"Hide my highlights from page scripts" paints with the overlay and leaves the page nothing to read', () =>
    privacy.hiddenHighlightsAreUnreadable(
      env,
      (patch) =>
        env.browser.worker.evaluate(async (p) => {
          const { settings } = await chrome.storage.local.get('settings');
          await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...p } });
        }, patch),
      '/tmp/jianbao-privacy-chromium.png',
    ));
});

// Issue 16, privacy against the page, in real Firefox ESR. WebDriver BiDi has no IME: the
// Chinese part of the note is typed as key actions carrying the characters (the way a
// dictation tool or an on-screen keyboard delivers them), without composition events.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import * as privacy from './lib/privacy-scenarios.mjs';
import { withDemoAndBrowser } from './lib/with-browser.mjs';

describe('Firefox: notes and highlights are private to the reader', () => {
  const env = withDemoAndBrowser(launchFirefox, privacy.startHostileServer);
  env.newPage = () => env.browser.newPage();
  env.storedHighlights = () => env.browser.storedHighlights();

  it('a note typed on a hostile page (Latin and Chinese) reaches storage and nothing of it the page', async () => {
    const { page, record } = await privacy.writeNoteOnHostilePage(env, (p) => p.keyboard.type(privacy.NOTE_CHINESE));
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
      async (patch) => {
        const page = await env.browser.openExtensionPage('options/options.html');
        try {
          await page.evaluate(async (p) => {
            const { settings } = await browser.storage.local.get('settings');
            await browser.storage.local.set({ settings: { ...(settings ?? {}), ...p } });
          }, patch);
        } finally {
          await page.close();
        }
      },
      '/tmp/jianbao-privacy-firefox.png',
    ));
});

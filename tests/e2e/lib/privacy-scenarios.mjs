// The hostile page of issue 16: it records, in the capture phase on window and document, every
// key, input, composition, clipboard, selection and focus event, probes the frames it can reach
// and reads Jianbao's highlight registry. The reader writes a note (Latin, then Chinese) and
// saves it; nothing of the note may be in the page's record, and the page cannot change the
// stored highlights by editing the registry.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startDemoServer } from '../../../scripts/demo-server.mjs';
import { noteFrame, selectText, waitFor, waitForPanel } from './page-actions.mjs';
import { colourShare } from '../../lib/png-colours.mjs';

export { noteFrame };

export const HOSTILE = '/hostile/article.html';
export const QUOTE = 'approved the river restoration plan';
export const QUOTE_2 = 'the new wetlands would protect their homes';
export const NOTE_LATIN = 'Secret plan alpha';
export const NOTE_CHINESE = '秘密计划';
export const TAG = 'confidentialtag';

export async function startHostileServer() {
  const html = fs.readFileSync('tests/e2e/pages/hostile.html', 'utf8');
  const { server, origin } = await startDemoServer({ routes: { [HOSTILE]: () => ({ body: html }) } });
  return { server, origin };
}

/** Selects `quote`, presses the toolbar's note button (after the five colours) and waits for the editor frame. */
export async function openNoteEditorOn(page, quote) {
  await selectText(page, quote);
  const box = await waitForPanel(page);
  await page.mouse.click(box.x + 5 + 5 * 26 + 14, box.y + 5 + 14);
  return noteFrame(page);
}

const PRIVATE_TYPES = /^(key|input|beforeinput|composition|copy|cut|paste|textInput)/;
const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Shift', 'Alt']);

/** What the page recorded: every event, every selection it saw, frames and shadow roots it reached. */
function spyRecord(page) {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__spy)));
}

export function assertNothingOfTheNote(record, since, secrets) {
  const text = JSON.stringify(record);
  for (const secret of secrets) assert.ok(!text.includes(secret), `the page recorded "${secret}"`);
  // Ctrl+Enter saves and closes the editor while Control is still down, so its release lands on
  // the page: a lone modifier key-up carries nothing of the note and is let through.
  const releasedModifier = (e) => e.type === 'keyup' && MODIFIER_KEYS.has(e.key);
  const typed = record.events.slice(since).filter((e) => PRIVATE_TYPES.test(e.type) && !releasedModifier(e));
  assert.deepEqual(typed, [], 'the page saw key, input, composition or clipboard events while the reader wrote the note');
}

/**
 * Writes a note with `typeChinese(page, frame)` for the Chinese part and saves it with
 * Ctrl+Enter; returns the page's record and the stored highlight.
 */
export async function writeNoteOnHostilePage(env, typeChinese) {
  const page = await env.newPage();
  await page.goto(env.origin + HOSTILE);
  const frame = await openNoteEditorOn(page, QUOTE);
  const since = await page.evaluate(() => window.__spy.events.length);

  await page.keyboard.type(NOTE_LATIN + ' ');
  await typeChinese(page, frame);
  await waitFor(async () => (await frame.evaluate(() => document.querySelector('textarea').value)).includes(NOTE_CHINESE), {
    what: 'the Chinese text in the note field',
  });
  // Copy the note inside the editor: the clipboard events stay in the frame too.
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.press('c');
  await page.keyboard.up('Control');
  await page.keyboard.press('Tab');
  await page.keyboard.type(TAG);
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');

  const stored = await waitFor(
    async () => (await env.storedHighlights()).find((h) => h.exact === QUOTE && h.note.includes(NOTE_CHINESE)),
    { what: 'the note to be stored' },
  );
  assert.equal(stored.note, `${NOTE_LATIN} ${NOTE_CHINESE}`);
  assert.deepEqual(stored.tags, [TAG]);
  // The frame is gone once saved.
  await waitFor(() => page.evaluate(() => document.querySelector('jianbao-ui')?.style.display === 'none'), {
    what: 'the note editor to close',
  });
  await new Promise((r) => setTimeout(r, 200)); // one more round of the page's probes
  const record = await spyRecord(page);
  assertNothingOfTheNote(record, since, [NOTE_LATIN, 'Secret', 'alpha', NOTE_CHINESE, '秘密', '计划', TAG]);
  return { page, record, stored };
}

/**
 * The page navigates every frame it can reach to a look-alike of its own: the note editor must
 * not stay on show with the page's document in it.
 */
export async function navigatedEditorIsTakenDown(env) {
  const page = await env.newPage();
  await page.goto(env.origin + HOSTILE);
  await openNoteEditorOn(page, QUOTE_2);
  const reachable = await page.evaluate((origin) => {
    for (let i = 0; i < window.frames.length; i++) window.frames[i].location = `${origin}/hostile/article.html?fake`;
    return window.frames.length;
  }, env.origin);
  if (reachable > 0) {
    await waitFor(() => page.evaluate(() => document.querySelector('jianbao-ui')?.style.display === 'none'), {
      what: 'the navigated editor frame to be taken down',
    });
  }
  const frames = page.frames().map((f) => f.url());
  assert.ok(!frames.some((u) => u.includes('?fake')), `a page document is on show in Jianbao's panel: ${frames.join(', ')}`);
  await page.close();
  return reachable;
}

/**
 * The page deletes Jianbao's highlights from the registry, adds ranges of its own to them and
 * removes theirs; the stored highlights stay as they were and the painting comes back.
 */
export async function tamperedRegistryIsRepaired(env) {
  const page = await env.newPage();
  await page.goto(env.origin + HOSTILE);
  const before = await env.storedHighlights();
  const expected = before.map((h) => ({ name: `jianbao-${h.color}`, text: h.exact })).sort((a, b) => a.text.localeCompare(b.text));
  const painted = async () => (await page.evaluate(() => window.__readHighlights())).sort((a, b) => a.text.localeCompare(b.text));
  await waitFor(async () => JSON.stringify(await painted()) === JSON.stringify(expected), { what: 'the stored highlights painted' });

  // Tamper: add a range of the page's choosing and move every one of Jianbao's.
  await page.evaluate(() => {
    const h = CSS.highlights.get('jianbao-yellow');
    const p3 = document.getElementById('p3').firstChild;
    const r = document.createRange();
    r.setStart(p3, 0);
    r.setEnd(p3, 9);
    for (const range of [...h]) range.setEnd(range.startContainer, range.startOffset + 1);
    h.add(r);
  });
  await waitFor(async () => JSON.stringify(await painted()) === JSON.stringify(expected), {
    what: 'the painting to be repaired after the page changed the ranges',
  });
  // Delete the entry, then empty it.
  await page.evaluate(() => CSS.highlights.delete('jianbao-yellow'));
  await waitFor(async () => JSON.stringify(await painted()) === JSON.stringify(expected), { what: 'the deleted entry back' });
  await page.evaluate(() => CSS.highlights.get('jianbao-yellow').clear());
  await waitFor(async () => JSON.stringify(await painted()) === JSON.stringify(expected), { what: 'the emptied entry back' });
  // Reload: what comes back is what was stored, and storage never changed.
  await page.reload();
  await waitFor(async () => JSON.stringify(await painted()) === JSON.stringify(expected), { what: 'the highlights after a reload' });
  assert.deepEqual(await env.storedHighlights(), before, 'the stored highlights changed');
  await page.close();
}

/** Share of a page region's pixels near the highlight yellow (#ffe066), from a screenshot. */
async function yellowShare(page, rect, file) {
  await page.screenshot({ path: file, clip: rect });
  return colourShare(file, '#ffe066', { fuzz: 0.15 });
}

/**
 * "Hide my highlights from page scripts": switched on while the page is open, the highlights
 * leave CSS.highlights (the page reads nothing) and are drawn by the overlay in a closed shadow
 * root, still on screen; switched off, they are back in the registry.
 */
export async function hiddenHighlightsAreUnreadable(env, setSettings, shotFile) {
  const page = await env.newPage();
  await page.goto(env.origin + HOSTILE);
  const stored = await env.storedHighlights();
  await waitFor(async () => (await page.evaluate(() => window.__readHighlights())).length === stored.length, { what: 'the highlights painted' });
  const rect = await page.evaluate((quote) => {
    const t = document.getElementById('p1').firstChild;
    const r = document.createRange();
    r.setStart(t, t.data.indexOf(quote));
    r.setEnd(t, t.data.indexOf(quote) + quote.length);
    const b = r.getBoundingClientRect();
    return { x: Math.floor(b.left), y: Math.floor(b.top), width: Math.ceil(b.width), height: Math.ceil(b.height) };
  }, QUOTE);
  assert.ok((await yellowShare(page, rect, shotFile)) > 0.4, 'painted with the Custom Highlight API');

  await setSettings({ hideHighlightsFromPage: true });
  await waitFor(async () => (await page.evaluate(() => window.__readHighlights())).length === 0, { what: 'the registry emptied' });
  await waitFor(async () => (await yellowShare(page, rect, shotFile)) > 0.4, { what: 'the overlay to paint the highlight' });
  const seen = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('jianbao-paint')];
    return { hosts: hosts.length, open: hosts.some((h) => h.shadowRoot), text: hosts.map((h) => h.textContent).join('') };
  });
  assert.ok(seen.hosts >= 1 && !seen.open && seen.text === '', `the page reached the overlay: ${JSON.stringify(seen)}`);
  // After a reload, the same: nothing in the registry from the start.
  await page.reload();
  await waitFor(async () => (await yellowShare(page, rect, shotFile)) > 0.4, { what: 'the overlay after a reload' });
  assert.deepEqual(await page.evaluate(() => window.__readHighlights()), []);
  const record = await page.evaluate(() => JSON.stringify(window.__spy));
  for (const h of stored) assert.ok(!record.includes(h.exact), 'the page recorded highlighted text');

  await setSettings({ hideHighlightsFromPage: false });
  await waitFor(async () => (await page.evaluate(() => window.__readHighlights())).length === stored.length, { what: 'the registry painter back' });
  assert.equal(await page.evaluate(() => document.querySelectorAll('jianbao-paint').length), 0, 'the overlay hosts are gone');
  await page.close();
}

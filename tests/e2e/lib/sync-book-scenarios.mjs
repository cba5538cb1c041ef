// Sync of the clipping book and of the settings between two browser profiles (issue 15), through
// the express-pouchdb server of sync-scenarios.mjs. `env`: a and b (sync clients), origin (the
// book demo server, book-scenarios.mjs startBookServer: an article with a 320 × 200 photo), couch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { CLIPPED } from './book-scenarios.mjs';
import { waitFor } from './page-actions.mjs';
import { DB, sendFrom, serverDocs, syncOk } from './sync-scenarios.mjs';

const TITLE = '“最美石油红”守护碧水蓝天';
/** The status line says something came from the server (Firefox runs in Chinese here, Chromium in English). */
const RECEIVED = /[1-9]\d* received|收到 [1-9]\d* 条/;

/** The book in `client`: the clipping's headline, its note, and its photo decoded from the stored bytes. */
async function bookShows(client) {
  const book = await client.openExtension('clippings/clippings.html');
  try {
    await book.waitForSelector('[data-clip]');
    await book.evaluate((t) => [...document.querySelectorAll('[data-clip]')].find((a) => a.textContent === t)?.click(), TITLE);
    await waitFor(() => book.evaluate((t) => document.querySelector('.clip-headline')?.textContent === t && !!document.querySelector('.clip-figure img'), TITLE), { what: `${client.name}'s book to show the clipping with its photo`, timeout: 20_000 });
    return await book.evaluate(async () => {
      const img = document.querySelector('.clip-figure img');
      await img.decode().catch(() => undefined);
      return { src: img.getAttribute('src') ?? '', width: img.naturalWidth, height: img.naturalHeight, caption: document.querySelector('.clip-figure figcaption')?.textContent ?? '' };
    });
  } finally {
    await book.close();
  }
}

/**
 * A clipping with its photo, clipped in A, is in B's book with the photo (decoded from bytes B
 * stored, not fetched from the page); a note written on it in B comes back to A; a delete in A
 * removes heading, text and photo from B.
 */
export async function clippingTravels(env) {
  const settings = { url: env.couch.url, db: DB };
  const page = await env.a.newPage();
  await page.goto(env.origin + CLIPPED);
  const tabId = await env.a.tabIdOf(env.origin + CLIPPED);
  const report = await sendFrom(env.a, 'ui-bg:clip-tab', { tabId });
  assert.equal(report.images, 1, `the photo is clipped: ${JSON.stringify(report)}`);
  await page.close();
  const [clipping] = await env.a.readStore('clippings');
  const [photo] = await env.a.readStore('clippingImages');

  await syncOk(env.a, settings);
  const docs = await serverDocs(env.couch);
  assert.equal(docs.filter((d) => d._id === `clipping:${clipping.id}`).length, 1, 'one server document for the clipping');
  assert.equal(docs.filter((d) => String(d._id).startsWith('blob:')).length, 1, 'one blob part for the photo');
  assert.match(await syncOk(env.b, settings), RECEIVED);
  const [there] = await env.b.readStore('clippingImages');
  assert.equal(there.size, photo.size);
  assert.equal(there.sha256, photo.sha256);
  const shown = await bookShows(env.b);
  assert.match(shown.src, /^blob:/, 'the photo comes from the stored bytes');
  assert.deepEqual([shown.width, shown.height], [320, 200]);

  await sendFrom(env.b, 'ui-bg:update-clipping', { id: clipping.id, changes: { note: '两个浏览器都有这条剪报', tags: ['同步'] } });
  await syncOk(env.b, {});
  assert.match(await syncOk(env.a, {}), RECEIVED);
  const [back] = await env.a.readStore('clippings');
  assert.deepEqual([back.note, back.tags], ['两个浏览器都有这条剪报', ['同步']]);

  await sendFrom(env.a, 'ui-bg:delete-clipping', { id: clipping.id });
  await syncOk(env.a, {});
  assert.match(await syncOk(env.b, {}), RECEIVED);
  assert.deepEqual(await env.b.readStore('clippings'), []);
  assert.deepEqual(await env.b.readStore('clippingTexts'), []);
  assert.deepEqual(await env.b.readStore('clippingImages'), []);
  const tombstone = (await serverDocs(env.couch)).find((d) => d._id === `clipping:${clipping.id}`);
  assert.ok(tombstone?.doc?.deleted, 'the server keeps the clipping as a tombstone');
}

/** Opens `client`'s book at the clipping; returns the page (the caller closes it). */
async function openClipping(client) {
  const book = await client.openExtension('clippings/clippings.html');
  await book.waitForSelector('[data-clip]');
  await book.evaluate((t) => [...document.querySelectorAll('[data-clip]')].find((a) => a.textContent === t)?.click(), TITLE);
  await waitFor(() => book.evaluate(() => !!document.querySelector('[data-role="article-note"]')), { what: `${client.name}'s book to show the clipping's note` });
  return book;
}

/** Runs in the book: the conflict notice as the reader sees it (null when there is none), and the note editor's text. */
function conflictShown() {
  const box = document.querySelector('[data-role="clip-note-conflict"]');
  const editor = document.querySelector('[data-role="article-note"]')?.value ?? null;
  if (!box) return { box: null, editor };
  return {
    box: {
      title: box.querySelector('.conflict-title')?.textContent ?? '',
      labels: [...box.querySelectorAll('.conflict-label')].map((p) => p.textContent),
      texts: [...box.querySelectorAll('.conflict-text')].map((p) => p.textContent),
      buttons: [...box.querySelectorAll('button')].map((b) => b.textContent),
    },
    editor,
  };
}

/** Shows the notice in the middle of the reading pane and takes a screenshot of it (test-results/ is not committed). */
async function screenshotNotice(book, name) {
  await book.evaluate(() => document.querySelector('[data-role="clip-note-conflict"]').scrollIntoView({ block: 'center' }));
  fs.mkdirSync('test-results', { recursive: true });
  await book.screenshot({ path: `test-results/${name}.png` });
}

/**
 * The note on a clipping edited in both browsers before either synced: after both synced, each
 * book shows "edited on two devices" with both texts (A in English, B in Chinese); B chooses
 * A's text ("use the other version"), and after B and A sync again A holds that text, no conflict
 * and no notice. Starts from a clipping deleted in both (clippingTravels): clipped again in A, it
 * comes back everywhere (an edit after a delete wins).
 */
export async function noteConflictInTheBook(env) {
  const page = await env.a.newPage();
  await page.goto(env.origin + CLIPPED);
  const tabId = await env.a.tabIdOf(env.origin + CLIPPED);
  await sendFrom(env.a, 'ui-bg:clip-tab', { tabId });
  await page.close();
  const [clipping] = await env.a.readStore('clippings');
  await syncOk(env.a, {});
  assert.match(await syncOk(env.b, {}), RECEIVED);
  assert.equal((await env.b.readStore('clippings')).length, 1, 'clipped again after the delete, the clipping is back in B');

  const fromA = 'Read on the train: the water figures need checking.';
  const fromB = '在家读的：第二段的数字要核对。';
  await sendFrom(env.a, 'ui-bg:update-clipping', { id: clipping.id, changes: { note: fromA } });
  await sendFrom(env.b, 'ui-bg:update-clipping', { id: clipping.id, changes: { note: fromB } });
  // "received" counts records whose stored row changed: the device whose text stays the note
  // gets only a conflict (in syncMeta), so the counts are not checked here; the metas are.
  await syncOk(env.a, {});
  await syncOk(env.b, {});
  await syncOk(env.a, {});
  const [inA] = await env.a.readStore('clippings');
  const [inB] = await env.b.readStore('clippings');
  assert.equal(inA.note, inB.note, 'both show the same version as the note');
  for (const client of [env.a, env.b]) {
    const meta = (await client.readStore('syncMeta')).find((m) => m.key === `clipping:${clipping.id}`);
    assert.deepEqual([inA.note, ...meta.texts.note.conflicts.map((c) => c.v)].sort(), [fromA, fromB].sort(), `${client.name} keeps both texts`);
  }

  const bookA = await openClipping(env.a);
  try {
    const shown = await waitFor(() => bookA.evaluate(conflictShown).then((s) => s.box && s), { what: "the notice in Chromium's book" });
    assert.equal(shown.box.title, 'Edited on two devices');
    assert.deepEqual(shown.box.labels, ['This device', 'The other device']);
    assert.deepEqual([...shown.box.texts].sort(), [fromA, fromB].sort());
    assert.equal(shown.box.texts[0], inA.note);
    assert.deepEqual(shown.box.buttons, ['Keep this note', 'Use the other version']);
    await screenshotNotice(bookA, 'book-note-conflict-chromium-en');
  } finally {
    await bookA.close();
  }

  const bookB = await openClipping(env.b);
  const chosen = inB.note === fromA ? fromB : fromA; // the version B does not show: "the other version"
  try {
    const shown = await waitFor(() => bookB.evaluate(conflictShown).then((s) => s.box && s), { what: "the notice in Firefox's book" });
    assert.equal(shown.box.title, '在两台设备上都改过');
    assert.deepEqual(shown.box.labels, ['本设备', '另一台设备']);
    assert.deepEqual(shown.box.texts, [inB.note, chosen]);
    assert.deepEqual(shown.box.buttons, ['保留这条笔记', '改用另一版本']);
    await screenshotNotice(bookB, 'book-note-conflict-firefox-zh');
    await bookB.evaluate(() => document.querySelector('[data-role="clip-note-conflict"] [data-action="use-other-note"]').click());
    const after = await waitFor(() => bookB.evaluate(conflictShown).then((s) => !s.box && s.editor === chosen && s), { what: "Firefox's notice to go and the chosen note in its editor" });
    assert.equal(after.editor, chosen);
  } finally {
    await bookB.close();
  }
  assert.equal((await env.b.readStore('clippings'))[0].note, chosen);

  await syncOk(env.b, {});
  assert.match(await syncOk(env.a, {}), RECEIVED);
  assert.equal((await env.a.readStore('clippings'))[0].note, chosen, "B's choice reached A");
  const metaA = (await env.a.readStore('syncMeta')).find((m) => m.key === `clipping:${clipping.id}`);
  assert.deepEqual(metaA.texts.note.conflicts, [], 'the conflict ended in A');
  const bookAgain = await openClipping(env.a);
  try {
    const shown = await waitFor(() => bookAgain.evaluate(conflictShown).then((s) => s.editor === chosen && s), { what: "Chromium's book to show the chosen note" });
    assert.equal(shown.box, null, "no notice in Chromium's book any more");
  } finally {
    await bookAgain.close();
  }
}

/** Runs in an extension page: the stored settings. */
function storedSettings() {
  return (globalThis.browser ?? globalThis.chrome).storage.local.get('settings').then((r) => r.settings ?? {});
}

async function settingsOf(client) {
  const page = await client.openOptions();
  try {
    return await page.evaluate(storedSettings);
  } finally {
    await page.close();
  }
}

/** Picks a citation style in the options page, as the reader does. */
async function pickCitationStyle(client, style) {
  const page = await client.openOptions();
  try {
    await page.waitForSelector('[data-setting="citationStyle"]');
    await page.evaluate((s) => {
      const select = document.querySelector('[data-setting="citationStyle"]');
      select.value = s;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, style);
    await waitFor(async () => (await page.evaluate(storedSettings)).citationStyle === style, { what: `${client.name}'s citation style saved` });
  } finally {
    await page.close();
  }
}

/** Ticks or clears "Also sync settings" in the options page. */
async function setSettingsSync(client, on) {
  const page = await client.openOptions();
  try {
    await page.waitForSelector('[data-sync="settings"]');
    const checked = await page.evaluate(() => document.querySelector('[data-sync="settings"]').checked);
    if (checked !== on) await page.click('[data-sync="settings"]');
    await waitFor(async () => (await page.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.get('syncConfig'))).syncConfig?.settings === on, { what: `${client.name}'s settings switch saved` });
  } finally {
    await page.close();
  }
}

/** With the switch off (the default) a citation style picked in A stays in A; with it on in both, it reaches B. */
export async function settingsSyncOnlyWhenOn(env) {
  await pickCitationStyle(env.a, 'apa');
  await syncOk(env.a, {});
  await syncOk(env.b, {});
  assert.notEqual((await settingsOf(env.b)).citationStyle, 'apa', 'off: the setting stays in A');
  assert.ok(!(await serverDocs(env.couch)).some((d) => d._id === 'settings:settings'), 'off: no settings on the server');

  await setSettingsSync(env.a, true);
  await syncOk(env.a, {});
  await setSettingsSync(env.b, true);
  assert.match(await syncOk(env.b, {}), RECEIVED);
  assert.equal((await settingsOf(env.b)).citationStyle, 'apa', 'on: B joined with A\'s settings');
  await pickCitationStyle(env.b, 'mla');
  await syncOk(env.b, {});
  await syncOk(env.a, {});
  assert.equal((await settingsOf(env.a)).citationStyle, 'mla', 'on: an edit in B reaches A');
  const doc = (await serverDocs(env.couch)).find((d) => d._id === 'settings:settings');
  assert.ok(doc && !JSON.stringify(doc).includes('hideHighlightsFromPage'), 'the painter choice is not on the server');
}

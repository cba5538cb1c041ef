// Sync of the clipping book and of the settings between two browser profiles (issue 15), through
// the express-pouchdb server of sync-scenarios.mjs. `env`: a and b (sync clients), origin (the
// book demo server, book-scenarios.mjs startBookServer: an article with a 320 × 200 photo), couch.
import assert from 'node:assert/strict';
import { CLIPPED } from './book-scenarios.mjs';
import { waitFor } from './page-actions.mjs';
import { DB, sendFrom, serverDocs, syncOk } from './sync-scenarios.mjs';

const TITLE = '“最美石油红”守护碧水蓝天';

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
  assert.match(await syncOk(env.b, settings), /[1-9]\d* received/);
  const [there] = await env.b.readStore('clippingImages');
  assert.equal(there.size, photo.size);
  assert.equal(there.sha256, photo.sha256);
  const shown = await bookShows(env.b);
  assert.match(shown.src, /^blob:/, 'the photo comes from the stored bytes');
  assert.deepEqual([shown.width, shown.height], [320, 200]);

  await sendFrom(env.b, 'ui-bg:update-clipping', { id: clipping.id, changes: { note: '两个浏览器都有这条剪报', tags: ['同步'] } });
  await syncOk(env.b, {});
  assert.match(await syncOk(env.a, {}), /[1-9]\d* received/);
  const [back] = await env.a.readStore('clippings');
  assert.deepEqual([back.note, back.tags], ['两个浏览器都有这条剪报', ['同步']]);

  await sendFrom(env.a, 'ui-bg:delete-clipping', { id: clipping.id });
  await syncOk(env.a, {});
  assert.match(await syncOk(env.b, {}), /[1-9]\d* received/);
  assert.deepEqual(await env.b.readStore('clippings'), []);
  assert.deepEqual(await env.b.readStore('clippingTexts'), []);
  assert.deepEqual(await env.b.readStore('clippingImages'), []);
  const tombstone = (await serverDocs(env.couch)).find((d) => d._id === `clipping:${clipping.id}`);
  assert.ok(tombstone?.doc?.deleted, 'the server keeps the clipping as a tombstone');
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
  assert.match(await syncOk(env.b, {}), /[1-9]\d* received/);
  assert.equal((await settingsOf(env.b)).citationStyle, 'apa', 'on: B joined with A\'s settings');
  await pickCitationStyle(env.b, 'mla');
  await syncOk(env.b, {});
  await syncOk(env.a, {});
  assert.equal((await settingsOf(env.a)).citationStyle, 'mla', 'on: an edit in B reaches A');
  const doc = (await serverDocs(env.couch)).find((d) => d._id === 'settings:settings');
  assert.ok(doc && !JSON.stringify(doc).includes('hideHighlightsFromPage'), 'the painter choice is not on the server');
}

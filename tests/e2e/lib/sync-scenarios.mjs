// Sync between two browser profiles through a CouchDB-protocol server (express-pouchdb in
// memory on 127.0.0.1, started by the test): written once for Chromium (playwright) and
// Firefox (puppeteer) pages, which both offer goto/evaluate/click/waitForSelector.
//
// A "client" is one profile: { name, newPage(), openOptions(), openPopup(tabId), tabIdOf(prefix),
// readStore(store), stopBackground() }. `env` has a and b (two clients), origin (the demo pages)
// and couch (the sync server, from startSyncServer()).
import assert from 'node:assert/strict';
import { startPouchServer } from '../../../scripts/pouch-server.mjs';
import { EDITABLE, QUOTE_GREEN, QUOTE_YELLOW } from './pages.mjs';
import { clickSwatch, paintedCount, selectText, waitFor, waitForPainted } from './page-actions.mjs';

export const DB = 'jianbao';

/**
 * The sync server, with a hold: `server.holdNext(pattern)` makes the next request whose
 * "METHOD path" matches wait until released, and returns { reached, release } — a test stops
 * the browser's background while the request is on its way.
 */
export async function startSyncServer() {
  let hold = null;
  const server = await startPouchServer({
    onRequest: async (req) => {
      if (!hold || !hold.pattern.test(`${req.method} ${req.url}`)) return;
      const current = hold;
      hold = null;
      current.arrived();
      await current.released;
    },
  });
  await fetch(`${server.url}/${DB}`, { method: 'PUT' });
  server.holdNext = (pattern) => {
    let arrived;
    let release;
    const reached = new Promise((r) => (arrived = r));
    const released = new Promise((r) => (release = r));
    hold = { pattern, arrived, released };
    return { reached, release };
  };
  return server;
}

/** Every document of a server database, raw, as the server returns them. */
export async function serverDocs(server, db = DB) {
  const body = await (await fetch(`${server.url}/${db}/_all_docs?include_docs=true`)).json();
  return body.rows.map((r) => r.doc);
}

/** Runs in an extension page: one message to the background, as the popup sends it. */
function send([type, payload]) {
  return (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type, payload });
}

/** Sends one popup message from an extension page of `client`; returns the background's reply. */
export async function sendFrom(client, type, payload) {
  const page = await client.openOptions();
  try {
    const reply = await page.evaluate(send, [type, payload]);
    assert.equal(reply?.ok, true, `${client.name} ${type}: ${JSON.stringify(reply)}`);
    return reply.value;
  } finally {
    await page.close();
  }
}

/** Runs in the options page: puts values in the sync fields as a reader's typing would (change events). */
function fillSyncFields(settings) {
  for (const [field, value] of Object.entries(settings)) {
    const input = document.querySelector(`[data-sync="${field}"]`);
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** Runs in the options page: notes when the "Sync now" button goes busy, to wait for it to come back. */
function watchBusy() {
  const button = document.querySelector('[data-action="sync-now"]');
  window.__jbSawBusy = false;
  new MutationObserver(() => (window.__jbSawBusy ||= button.disabled)).observe(button, { attributes: true });
}

/** Runs in the options page: the sync section's last-result line and its message, once the click is done. */
function syncOutcome() {
  const button = document.querySelector('[data-action="sync-now"]');
  if (!window.__jbSawBusy || button.disabled) return null;
  const section = document.querySelector('[data-section="sync"]');
  const status = section.querySelector('[data-role="sync-status"]')?.textContent ?? '';
  const message = [...section.querySelectorAll('p[role="alert"], p[role="status"]')]
    .filter((p) => p.getAttribute('data-role') !== 'sync-status')
    .map((p) => p.textContent)
    .join(' ');
  return { status, message };
}

/**
 * Fills Options → Sync with `settings` (any of url, db, user, password, passphrase) and presses
 * "Sync now" (which turns sync on and asks for the server's origin); returns the last-result
 * line (`status`) and the section's message (`message`, e.g. a refused permission).
 */
export async function syncFromOptions(client, settings = {}) {
  const page = await pressSyncNow(client, settings);
  try {
    return await waitFor(() => page.evaluate(syncOutcome), { timeout: 60_000, what: `${client.name}'s sync to finish` });
  } finally {
    await page.close();
  }
}

/** Opens the options page, fills the sync fields and presses "Sync now"; returns the page (the caller closes it). */
async function pressSyncNow(client, settings = {}) {
  const page = await client.openOptions();
  await page.waitForSelector('[data-sync="url"]');
  await page.evaluate(fillSyncFields, settings);
  await page.evaluate(watchBusy);
  await page.click('[data-action="sync-now"]');
  return page;
}

/** Syncs and checks it succeeded; returns the status line. */
export async function syncOk(client, settings) {
  const { status, message } = await syncFromOptions(client, settings);
  assert.match(status, /: done\.|：已完成/, `${client.name}: ${status} ${message}`);
  return status;
}

/** The library as both devices must agree on it: highlights without what each device keeps for itself. */
export async function libraryOf(client) {
  const rows = await client.readStore('annotations');
  return rows
    .map(({ status: _s, updatedAt: _u, tokens: _t, ...rest }) => rest)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
}

/** Makes a highlight through the page's toolbar (the reader's way) and waits until it is stored. */
export async function highlightOnPage(env, client, quote, swatch) {
  const page = await client.newPage();
  await page.goto(env.origin + EDITABLE);
  await selectText(page, quote);
  await clickSwatch(page, swatch);
  const stored = await waitFor(async () => (await client.readStore('annotations')).find((h) => h.exact === quote), { what: `the highlight stored in ${client.name}` });
  await page.close();
  return stored;
}

/**
 * The first "Sync now" of a browser that can ask the reader for the server's origin (Firefox,
 * where a reader may withhold an MV3 extension's host access): refused, sync stays off and
 * says why; allowed, it syncs. Other browsers (Chromium grants the manifest's host access at
 * install) just sync.
 */
async function firstSync(client, settings) {
  if (!client.answerPermissionPrompt) return syncOk(client, settings);
  await client.withholdHostAccess();
  const [refused, asked] = await Promise.all([syncFromOptions(client, settings), client.answerPermissionPrompt(false)]);
  assert.match(asked, /Jianbao/, asked);
  assert.match(refused.message, /may not contact this server|无权连接这台服务器/, JSON.stringify(refused));
  const [allowed] = await Promise.all([syncOk(client, settings), client.answerPermissionPrompt(true)]);
  return allowed;
}

/**
 * A highlight made in A is stored and painted in B after A and B sync, and one made in B
 * reaches A. The server holds them in the clear (no passphrase here).
 */
export async function highlightTravelsBothWays(env) {
  const settings = { url: env.couch.url, db: DB };
  const first = await highlightOnPage(env, env.a, QUOTE_YELLOW, 0);
  assert.match(await syncOk(env.a, settings), /[1-9]\d* sent/);
  assert.match(await firstSync(env.b, settings), /[1-9]\d* received/);
  assert.deepEqual((await env.b.readStore('annotations')).map((h) => [h.id, h.exact, h.color]), [[first.id, QUOTE_YELLOW, 'yellow']]);

  // B paints it on the page, as if it had been made there; then B makes one of its own.
  const pageB = await env.b.newPage();
  await pageB.goto(env.origin + EDITABLE);
  await waitForPainted(pageB, 'yellow', 1, 15_000);
  await pageB.close();
  const second = await highlightOnPage(env, env.b, QUOTE_GREEN, 1);
  await syncOk(env.b, {});
  assert.match(await syncOk(env.a, {}), /[1-9]\d* received/);
  const pageA = await env.a.newPage();
  await pageA.goto(env.origin + EDITABLE);
  await waitForPainted(pageA, 'green', 1, 15_000);
  await waitForPainted(pageA, 'yellow', 1);
  await pageA.close();

  assert.deepEqual(await libraryOf(env.a), await libraryOf(env.b));
  const docs = await serverDocs(env.couch);
  for (const h of [first, second]) assert.equal(docs.filter((d) => d._id === `highlight:${h.id}`).length, 1, `one server document for ${h.exact}`);
  assert.ok(JSON.stringify(docs).includes(QUOTE_YELLOW), 'unencrypted: the quote is on the server in the clear');
}

/** Runs in an extension page: the toolbar badge's text. */
function badgeText() {
  return (globalThis.browser ?? globalThis.chrome).action.getBadgeText({});
}

/** The popup's "Sync failed" line (or null) and the toolbar badge, with a demo page open. */
async function failureShown(env, client) {
  const { page, popup } = await popupOnPage(env, client);
  try {
    await popup.waitForSelector('main[data-view]');
    // The line is read from storage once on open: give it the moment it takes.
    const line = await waitFor(() => popup.evaluate(() => document.querySelector('[data-role="sync-error"]')?.textContent ?? ''), { timeout: 3_000, what: 'the popup sync line' }).catch(() => null);
    return { line, badge: await popup.evaluate(badgeText) };
  } finally {
    await popup.close();
    await page.close();
  }
}

/**
 * A stopped server: the options page's sentence, the popup's "Sync failed" line and "!" on the
 * toolbar badge, and the library as it was; once the server is back, a sync clears both.
 */
export async function stoppedServerSaysSo(env, client = env.a) {
  const before = await libraryOf(client);
  await env.couch.stop();
  try {
    const { status } = await syncFromOptions(client, {});
    assert.match(status, /did not answer|没有响应/, status);
    const shown = await failureShown(env, client);
    assert.match(shown.line ?? '', /Sync failed: The sync server did not answer|同步失败：同步服务器没有响应/, JSON.stringify(shown));
    assert.equal(shown.badge, '!');
  } finally {
    await env.couch.start();
  }
  assert.deepEqual(await libraryOf(client), before);
  await syncOk(client, {});
  assert.deepEqual(await failureShown(env, client), { line: null, badge: '' }, 'a sync that works clears the line and the badge');
}

/** Runs in the popup: each card's quote, note, colour and the other versions its conflict box shows. */
function popupCards() {
  const cards = [...document.querySelectorAll('li.highlight[data-id]')];
  if (!cards.length) return null;
  return cards.map((li) => ({
    id: li.getAttribute('data-id'),
    note: li.querySelector('[data-action="edit-note"]')?.textContent ?? '',
    color: li.querySelector('.card-actions select')?.value,
    conflict: [...li.querySelectorAll('[data-role="note-conflict"] blockquote')].map((b) => b.textContent),
  }));
}

/** Opens the demo page and the popup on its tab; returns both (the caller closes them). */
async function popupOnPage(env, client) {
  const page = await client.newPage();
  await page.goto(env.origin + EDITABLE);
  const tabId = await waitFor(() => client.tabIdOf(env.origin + EDITABLE), { what: `the tab in ${client.name}` });
  const popup = await client.openPopup(tabId);
  return { page, popup };
}

/** The popup's cards once the one for `id` shows `conflicts` other versions of its note. */
async function cardsWhen(popup, id, conflicts) {
  return waitFor(
    async () => {
      const cards = await popup.evaluate(popupCards);
      return cards?.find((c) => c.id === id)?.conflict.length === conflicts ? cards : null;
    },
    { timeout: 15_000, what: `the popup card to show ${conflicts} other version(s) of the note` },
  );
}

/** The two highlights the first scenario made, found by their quotes. */
async function bothHighlights(client) {
  const rows = await client.readStore('annotations');
  const yellow = rows.find((h) => h.exact === QUOTE_YELLOW);
  const green = rows.find((h) => h.exact === QUOTE_GREEN);
  assert.ok(yellow && green, `${client.name} holds both highlights`);
  return { yellow, green };
}

/**
 * Both browsers edit while the server is down (the alarm's syncs meanwhile fail), then sync
 * A, B, A: both hold the same records; a colour changed on one side and a tag on the other both
 * survive; the note written on both keeps both texts, the popup of each shows the other version
 * under the card, and "Keep this note" in one ends the conflict in both after the next syncs.
 */
export async function offlineEditsConverge(env) {
  const { yellow, green } = await bothHighlights(env.a);
  const noteA = 'Chromium 写的旁注：井场复绿';
  const noteB = 'Firefox wrote this note offline';
  await env.couch.stop();
  try {
    await sendFrom(env.a, 'ui-bg:update-highlight', { id: yellow.id, changes: { color: 'blue', note: noteA } });
    await sendFrom(env.a, 'ui-bg:update-highlight', { id: green.id, changes: { tags: ['从A'] } });
    await sendFrom(env.b, 'ui-bg:update-highlight', { id: yellow.id, changes: { tags: ['from-b'], note: noteB } });
    await sendFrom(env.b, 'ui-bg:update-highlight', { id: green.id, changes: { color: 'pink' } });
    const { status } = await syncFromOptions(env.b, {});
    assert.match(status, /did not answer|没有响应/, 'the server is down meanwhile');
  } finally {
    await env.couch.start();
  }
  await syncOk(env.a, {});
  await syncOk(env.b, {});
  await syncOk(env.a, {});

  const inA = await libraryOf(env.a);
  assert.deepEqual(await libraryOf(env.b), inA, 'both browsers hold the same records');
  const y = inA.find((h) => h.id === yellow.id);
  const g = inA.find((h) => h.id === green.id);
  assert.deepEqual([y.color, y.tags], ['blue', ['from-b']], 'colour from A, tag from B');
  assert.deepEqual([g.color, g.tags], ['pink', ['从A']], 'tag from A, colour from B');
  assert.ok([noteA, noteB].includes(y.note), y.note);
  const other = y.note === noteA ? noteB : noteA;

  // Each popup shows the note and, under it, the other text: neither is lost.
  for (const client of [env.a, env.b]) {
    const { page, popup } = await popupOnPage(env, client);
    const card = (await cardsWhen(popup, yellow.id, 1)).find((c) => c.id === yellow.id);
    assert.deepEqual([card.note.includes(y.note), card.conflict], [true, [other]], `${client.name}'s popup`);
    if (client === env.b) {
      await popup.click(`li.highlight[data-id="${yellow.id}"] [data-action="keep-note"]`);
      await cardsWhen(popup, yellow.id, 0);
    }
    await popup.close();
    await page.close();
  }
  // Kept in B: after B and A sync, A's popup shows no conflict either, and the note is the same.
  await syncOk(env.b, {});
  await syncOk(env.a, {});
  const { page, popup } = await popupOnPage(env, env.a);
  const cards = await cardsWhen(popup, yellow.id, 0);
  assert.ok(cards.find((c) => c.id === yellow.id).note.includes(y.note));
  await popup.close();
  await page.close();
  assert.deepEqual(await libraryOf(env.b), await libraryOf(env.a));
}

/**
 * A deletes a highlight in its popup (the card's Delete button); after A and B sync, B no
 * longer holds or paints it, and the server keeps its document as a tombstone (a delete stamp,
 * so an older edit elsewhere cannot bring it back).
 */
export async function deletePropagates(env) {
  const { yellow, green } = await bothHighlights(env.a);
  const { page, popup } = await popupOnPage(env, env.a);
  await waitFor(() => popup.evaluate((id) => !!document.querySelector(`li.highlight[data-id="${id}"] [data-action="delete"]`), green.id), { what: 'the card' });
  await popup.click(`li.highlight[data-id="${green.id}"] [data-action="delete"]`);
  await waitFor(async () => !(await env.a.readStore('annotations')).some((h) => h.id === green.id), { what: 'the delete stored in A' });
  await popup.close();
  await page.close();

  await syncOk(env.a, {});
  assert.match(await syncOk(env.b, {}), /[1-9]\d* received/);
  const inB = await libraryOf(env.b);
  assert.deepEqual(inB.map((h) => h.id), [yellow.id], 'B holds the other highlight only');
  assert.deepEqual(inB, await libraryOf(env.a));
  const pageB = await env.b.newPage();
  await pageB.goto(env.origin + EDITABLE);
  await waitForPainted(pageB, inB[0].color, 1, 15_000);
  assert.notEqual(green.color, inB[0].color, 'the two highlights have different colours (the offline scenario made them so)');
  assert.equal(await paintedCount(pageB, green.color), 0, 'the deleted one is not painted');
  await pageB.close();
  const doc = (await serverDocs(env.couch)).find((d) => d._id === `highlight:${green.id}`);
  assert.ok(doc?.doc?.deleted, `a tombstone on the server: ${JSON.stringify(doc)}`);
}

/** A backup of `count` highlights on one page (what ui-bg:import-file takes), ids `${prefix}-N`. */
function batchBackup(env, prefix, count) {
  const pageUrl = `${env.origin}/sync/${prefix}.htm`;
  const highlights = Array.from({ length: count }, (_, i) => {
    const exact = `${prefix} passage ${i}: the harbour budget line`;
    return {
      id: `${prefix}-${i}`, pageUrl, pageTitle: `Batch ${prefix}`, exact, color: 'yellow', note: `note ${prefix} ${i}`, tags: [prefix], status: 'anchored',
      selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
      createdAt: 1_760_000_000_000 + i, updatedAt: 1_760_000_000_000 + i,
    };
  });
  return JSON.stringify({ format: 'jianbao-backup', version: 1, exportedAt: new Date(0).toISOString(), articles: [], highlights });
}

/**
 * Presses "Sync now" in `client` and stops its background while the request matching
 * `pattern` is at the server (it is answered afterwards, to nobody: the write happened, the
 * answer is lost). Returns once the stopped sync's page is closed.
 */
async function stopMidSync(env, client, pattern) {
  // No alarm may start a sync of its own meanwhile (the periodic one first fires a minute after
  // sync is turned on): only the pressed sync could then store a result. "Sync now" re-arms them.
  const options = await client.openOptions();
  await options.evaluate(() => (globalThis.browser ?? globalThis.chrome).alarms.clearAll());
  await options.close();
  const pressed = Date.now();
  const held = env.couch.holdNext(pattern);
  const page = await pressSyncNow(client);
  await Promise.race([held.reached, new Promise((_, reject) => setTimeout(() => reject(new Error(`${client.name} sent no ${pattern}`)), 30_000))]);
  await client.stopBackground();
  held.release();
  // Control: the stopped sync never finished (a finished one stores its result).
  await new Promise((r) => setTimeout(r, 1_500));
  const last = await lastStatus(client);
  assert.ok(!(last && last.at >= pressed), `${client.name}'s stopped sync stored no result: ${JSON.stringify(last)}`);
  await page.close();
}

/** The last sync result the background stored (storage.local syncStatus), read from an extension page. */
async function lastStatus(client) {
  const page = await client.openOptions();
  try {
    return await page.evaluate(async () => (await (globalThis.browser ?? globalThis.chrome).storage.local.get('syncStatus')).syncStatus);
  } finally {
    await page.close();
  }
}

/** Each id of `ids` once in the client's library (raw IndexedDB read). */
async function holdsEachOnce(client, ids) {
  const rows = await client.readStore('annotations');
  const counts = new Map();
  for (const h of rows) counts.set(h.exact, (counts.get(h.exact) ?? 0) + 1);
  const missing = ids.filter((id) => !rows.some((h) => h.id === id));
  assert.deepEqual(missing, [], `${client.name} lost none`);
  assert.deepEqual([...counts].filter(([, n]) => n > 1), [], `${client.name} holds no quote twice`);
}

/**
 * The background is stopped mid-sync in each browser, once while it pushes (its _bulk_docs
 * reaches the server, the answer is lost) and once while it pulls (_bulk_get): the next sync
 * completes, and both libraries hold every record once, the same in both, one server document each.
 */
export async function stoppedMidSyncResumes(env) {
  const runs = [
    { from: env.a, to: env.b, prefix: 'from-a' },
    { from: env.b, to: env.a, prefix: 'from-b' },
  ];
  for (const { from, to, prefix } of runs) {
    const count = 30;
    const imported = await sendFrom(from, 'ui-bg:import-file', { text: batchBackup(env, prefix, count) });
    assert.ok(JSON.stringify(imported).includes(String(count)), JSON.stringify(imported));
    const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

    await stopMidSync(env, from, new RegExp(`^POST /${DB}/_bulk_docs`));
    await syncOk(from, {});
    await holdsEachOnce(from, ids);

    await stopMidSync(env, to, new RegExp(`^POST /${DB}/_bulk_get`));
    await syncOk(to, {});
    await holdsEachOnce(to, ids);
    assert.deepEqual(await libraryOf(to), await libraryOf(from), `${from.name} and ${to.name} agree`);
  }
  const docs = (await serverDocs(env.couch)).filter((d) => d._id.startsWith('highlight:'));
  const live = await libraryOf(env.a);
  for (const h of live) assert.equal(docs.filter((d) => d._id === `highlight:${h.id}`).length, 1, `one server document for ${h.id}`);
  assert.equal(docs.filter((d) => !d.doc?.deleted).length, live.length, 'no server document without a record');
}

/** Every text the reader wrote or read that must not reach an encrypting server: quotes, notes, tags, titles, addresses. */
function secretsOf(rows) {
  return [...new Set(rows.flatMap((h) => [h.exact, h.note, h.pageTitle, h.pageUrl, ...(h.tags ?? [])]).filter((t) => typeof t === 'string' && (t.length >= 3 || /[^\x00-\x7f]/.test(t))))];
}

/**
 * With a passphrase (in a new, empty database): A's records go up encrypted and no server
 * document holds a quote, note, tag, title or address; B without the passphrase and with a
 * wrong one gets their sentences and changes nothing (its library, its sync tables, the
 * server's documents); with the right one B reads everything, a note A wrote meanwhile too.
 */
export async function encryptedSyncHidesTheText(env) {
  const db = `${DB}-encrypted`;
  await fetch(`${env.couch.url}/${db}`, { method: 'PUT' });
  const passphrase = 'correct horse 电池 staple';
  await syncOk(env.a, { db, passphrase });
  const target = (await env.a.readStore('annotations')).find((h) => h.exact === QUOTE_YELLOW);
  assert.ok(target, 'the first scenario\'s highlight');
  const secretNote = 'Only the two browsers may read this: 机密笔记';
  await sendFrom(env.a, 'ui-bg:update-highlight', { id: target.id, changes: { note: secretNote } });
  await syncOk(env.a, {});

  const raw = JSON.stringify(await serverDocs(env.couch, db));
  const secrets = [...secretsOf(await env.a.readStore('annotations')), secretNote];
  assert.ok(secrets.length > 10, `${secrets.length} texts to look for`);
  assert.deepEqual(secrets.filter((t) => raw.includes(t)), [], 'no quote, note, tag, title or address on the server');
  const docs = await serverDocs(env.couch, db);
  assert.ok(docs.some((d) => d._id === 'jianbao-keyinfo'));
  assert.ok(docs.filter((d) => d._id !== 'jianbao-keyinfo').every((d) => d._id.startsWith('e:') && typeof d.e === 'string' && !('doc' in d)), 'ciphertext only');

  const unchanged = async () => ({
    library: await libraryOf(env.b),
    meta: await env.b.readStore('syncMeta'),
    server: (await serverDocs(env.couch, db)).map((d) => [d._id, d._rev]),
  });
  const before = await unchanged();
  const none = await syncFromOptions(env.b, { db, passphrase: '' });
  assert.match(none.status, /are encrypted\. Enter the passphrase|是加密的/, none.status);
  const wrong = await syncFromOptions(env.b, { db, passphrase: 'correct horse battery staple' });
  assert.match(wrong.status, /passphrase is wrong|口令不对/, wrong.status);
  assert.deepEqual(await unchanged(), before, 'a refused sync changed nothing');

  await syncOk(env.b, { db, passphrase });
  assert.equal((await env.b.readStore('annotations')).find((h) => h.id === target.id)?.note, secretNote);
  assert.deepEqual(await libraryOf(env.b), await libraryOf(env.a));
}

/** One Chromium profile (tests/e2e/lib/chromium.mjs) as a sync client. */
export function chromiumClient(browser, name = 'Chromium') {
  return {
    name,
    newPage: () => browser.newPage(),
    async openOptions() {
      const page = await browser.newPage();
      await page.goto(browser.optionsUrl);
      return page;
    },
    async openPopup(tabId) {
      const page = await browser.newPage();
      await page.goto(browser.popupUrl(tabId));
      return page;
    },
    /** One of the extension's pages, e.g. 'clippings/clippings.html'. */
    async openExtension(path) {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return page;
    },
    // Asked of an extension page, not of the service worker handle, which is stale once the worker was stopped.
    async tabIdOf(prefix) {
      const page = await this.openOptions();
      try {
        return await page.evaluate(async (p) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(p))?.id, prefix);
      } finally {
        await page.close();
      }
    },
    readStore: (store) => browser.readStore(store),
    stopBackground: () => browser.stopBackground(),
  };
}

/** One Firefox profile (tests/e2e/lib/firefox.mjs) as a sync client. */
export function firefoxClient(browser, name = 'Firefox') {
  return {
    name,
    newPage: () => browser.newPage(),
    openOptions: () => browser.openExtensionPage('options/options.html'),
    openPopup: (tabId) => browser.openExtensionPage(`popup/popup.html?tab=${tabId}`),
    openExtension: (path) => browser.openExtensionPage(path),
    tabIdOf: (prefix) => browser.tabIdOf(prefix),
    readStore: (store) => browser.readFromStore(store),
    stopBackground: () => browser.stopBackground(),
    withholdHostAccess: () => browser.withholdHostAccess(),
    answerPermissionPrompt: (allow) => browser.answerPermissionPrompt(allow),
  };
}

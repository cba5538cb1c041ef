// Least privilege between pages: a page's messages (cs-bg:*) read and write only the highlights
// and articles of the page they come from, judged by the sender address the browser reports,
// never by the page key the message carries. Every cs-bg handler that takes an id or a page key
// is called through the router, on fake-indexeddb, from the page itself and from another site.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import type { SenderInfo } from '../../../src/background/router';
import type { Highlight } from '../../../src/core/model';
import { freshDb } from '../fake-db';

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: { query: vi.fn(async () => []), sendMessage: vi.fn(async () => undefined) },
    scripting: { executeScript: vi.fn(async () => [{}]) },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
    storage: {
      local: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined) },
      session: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined), remove: vi.fn(async () => undefined) },
    },
  },
}));

const { createHandlers } = await import('../../../src/background/handlers');
const { route, senderInfo } = await import('../../../src/background/router');
const { nodeRenderReport } = await import('../../../src/cli/node-citations');
const render = nodeRenderReport();

const VICTIM = 'https://bank.example/statement';
/** The victim page itself, its mobile mirror, and a page on another site. */
const own: SenderInfo = { tabId: 1, frameId: 0, url: `${VICTIM}#top`, isExtensionPage: false };
const mirror: SenderInfo = { tabId: 2, frameId: 0, url: 'https://m.bank.example/statement', isExtensionPage: false };
const hostile: SenderInfo = { tabId: 3, frameId: 0, url: 'https://evil.example/page', isExtensionPage: false };

const newHighlight = (id: string, pageUrl = VICTIM) => ({
  id,
  pageUrl,
  pageTitle: 'Statement',
  exact: 'secret words',
  selectors: [{ type: 'TextQuoteSelector', exact: 'secret words', prefix: '', suffix: '' }],
  color: 'yellow',
  note: 'my private note',
});

let db: JianbaoDb;
let handlers: ReturnType<typeof createHandlers>;
let stored: Highlight;
const call = (type: string, payload: unknown, sender: SenderInfo) => route(handlers, { type, payload }, sender);
const refused = { ok: false, error: { code: 'InvalidMessage' } };
const notFound = { ok: false, error: { code: 'HighlightNotFound' } };

beforeEach(async () => {
  db = freshDb();
  handlers = createHandlers(db, render);
  const saved = await call('cs-bg:save-highlight', { highlight: newHighlight('h1') }, own);
  expect(saved.ok).toBe(true);
  stored = (await db.annotations.get('h1'))!;
});
afterEach(() => db.close());

describe('a page on another site', () => {
  it('cannot list the highlights of the page', async () => {
    expect(await call('cs-bg:list-page-highlights', { pageUrl: VICTIM }, hostile)).toMatchObject(refused);
    expect(await call('cs-bg:list-page-highlights', { pageUrl: VICTIM }, own)).toMatchObject({ ok: true, value: [{ id: 'h1' }] });
  });

  it('cannot edit a highlight by id, and learns nothing of it', async () => {
    const reply = await call('cs-bg:update-highlight', { id: 'h1', changes: { note: 'pwned' } }, hostile);
    expect(reply).toMatchObject(notFound);
    expect(JSON.stringify(reply)).not.toContain('private');
    expect((await db.annotations.get('h1'))!.note).toBe('my private note');
    expect(await call('cs-bg:update-highlight', { id: 'h1', changes: { note: 'edited' } }, own)).toMatchObject({ ok: true, value: { note: 'edited' } });
  });

  it('cannot delete a highlight by id', async () => {
    expect(await call('cs-bg:delete-highlight', { id: 'h1' }, hostile)).toMatchObject(notFound);
    expect(await db.annotations.get('h1')).toBeDefined();
    expect(await call('cs-bg:delete-highlight', { id: 'h1' }, own)).toMatchObject({ ok: true, value: { id: 'h1' } });
    expect(await db.annotations.get('h1')).toBeUndefined();
  });

  it('cannot read a highlight by saving one with its id (a retried save returns the stored record to its own page only)', async () => {
    const reply = await call('cs-bg:save-highlight', { highlight: newHighlight('h1', 'https://evil.example/page') }, hostile);
    expect(reply).toMatchObject(refused);
    expect(JSON.stringify(reply)).not.toContain('private');
    expect(await call('cs-bg:save-highlight', { highlight: newHighlight('h1') }, own)).toMatchObject({ ok: true, value: { note: 'my private note' } });
  });

  it('cannot save under the page key of another site (a forged or hostile canonical link)', async () => {
    expect(await call('cs-bg:save-highlight', { highlight: newHighlight('h2') }, hostile)).toMatchObject(refused);
    expect(await db.annotations.get('h2')).toBeUndefined();
  });

  it('cannot overwrite a highlight by "restoring" a record with its id, neither under its own key nor the victim\'s', async () => {
    const forged = { ...stored, note: 'pwned' };
    expect(await call('cs-bg:restore-highlight', { highlight: forged }, hostile)).toMatchObject(refused);
    expect(await call('cs-bg:restore-highlight', { highlight: { ...forged, pageUrl: 'https://evil.example/page' } }, hostile)).toMatchObject(refused);
    expect((await db.annotations.get('h1'))!).toMatchObject({ note: 'my private note', pageUrl: VICTIM });
    await call('cs-bg:delete-highlight', { id: 'h1' }, own);
    expect(await call('cs-bg:restore-highlight', { highlight: stored }, own)).toMatchObject({ ok: true, value: { id: 'h1' } });
  });

  it('cannot record anchoring results for the page', async () => {
    const results = [{ id: 'h1', status: 'orphan' }];
    expect(await call('cs-bg:report-anchoring', { pageUrl: VICTIM, results }, hostile)).toMatchObject(refused);
    expect((await db.annotations.get('h1'))!.status).toBe('anchored');
    // Its own page key does not reach the victim's record either.
    expect(await call('cs-bg:report-anchoring', { pageUrl: 'https://evil.example/page', results }, hostile)).toMatchObject({ ok: true, value: { orphans: 0 } });
    expect((await db.annotations.get('h1'))!.status).toBe('anchored');
  });

  it('cannot store an article under the page', async () => {
    const article = { kind: 'html', url: VICTIM, title: 'Forged', authors: [], bodyText: 'forged body', sources: {} };
    expect(await call('cs-bg:save-article', { article }, hostile)).toMatchObject(refused);
    expect(await db.articles.count()).toBe(0);
    expect(await call('cs-bg:save-article', { article }, own)).toMatchObject({ ok: true });
  });

  it('cannot clip (store the article and a clipping of) the page', async () => {
    const article = { kind: 'html', url: VICTIM, title: 'Forged', authors: [], bodyText: 'forged body', sources: {} };
    expect(await call('cs-bg:clip-article', { article, images: [] }, hostile)).toMatchObject(refused);
    expect(await db.articles.count()).toBe(0);
    expect(await db.clippings.count()).toBe(0);
    expect(await call('cs-bg:clip-article', { article, images: [] }, own)).toMatchObject({ ok: true });
    expect(await db.clippings.count()).toBe(1);
  });

  it('in a frame of the page, is judged by the frame\'s address, not the tab\'s', async () => {
    // An advert frame of another site inside the victim's tab: the browser reports the frame's URL.
    const frame = senderInfo(
      { id: 'jianbao', url: 'https://ads.evil.example/frame.html', frameId: 7, tab: { id: 1, url: VICTIM } as never },
      'jianbao',
      'chrome-extension://jianbao/',
    );
    expect(frame).toMatchObject({ tabId: 1, frameId: 7, url: 'https://ads.evil.example/frame.html' });
    expect(await call('cs-bg:list-page-highlights', { pageUrl: VICTIM }, frame!)).toMatchObject(refused);
    expect(await call('cs-bg:update-highlight', { id: 'h1', changes: { note: 'pwned' } }, frame!)).toMatchObject(notFound);
    // A frame of the page's own site (same-origin iframe) reaches it.
    const sameSite = senderInfo({ id: 'jianbao', url: 'https://bank.example/inner.html', frameId: 8, tab: { id: 1, url: VICTIM } as never }, 'jianbao', 'chrome-extension://jianbao/');
    expect(await call('cs-bg:list-page-highlights', { pageUrl: VICTIM }, sameSite!)).toMatchObject({ ok: true, value: [{ id: 'h1' }] });
  });

  it('cannot ask whether the page has highlights', async () => {
    expect(await call('cs-bg:page-opened', { pageUrl: VICTIM }, hostile)).toMatchObject(refused);
    expect(await call('cs-bg:page-opened', { pageUrl: VICTIM }, own)).toMatchObject({ ok: true, value: { highlightCount: 1 } });
  });

  it('cannot open the note editor on a highlight of the page', async () => {
    expect(await call('cs-bg:open-note-editor', { id: 'h1' }, hostile)).toMatchObject(notFound);
    expect(await call('cs-bg:open-note-editor', { id: 'h1' }, own)).toMatchObject({ ok: true });
  });

  it('cannot have a highlight of the page cited (quote and note would leak)', async () => {
    expect(await call('cs-bg:cite-highlight', { id: 'h1' }, hostile)).toMatchObject(notFound);
    const reply = await call('cs-bg:cite-highlight', { id: 'h1' }, own);
    expect(reply).toMatchObject({ ok: true });
    expect((reply as { value: { text: string } }).value.text).toContain('my private note');
  });
});

describe('the same site', () => {
  it('reaches the page from its mobile mirror and over http, as a canonical link between them needs', async () => {
    expect(await call('cs-bg:list-page-highlights', { pageUrl: VICTIM }, mirror)).toMatchObject({ ok: true, value: [{ id: 'h1' }] });
    const http: SenderInfo = { ...own, url: 'http://www.bank.example/statement' };
    expect(await call('cs-bg:update-highlight', { id: 'h1', changes: { color: 'green' } }, http)).toMatchObject({ ok: true, value: { color: 'green' } });
  });

  it('a local file reaches only itself', async () => {
    const file: SenderInfo = { ...own, url: 'file:///home/me/a.html' };
    expect(await call('cs-bg:list-page-highlights', { pageUrl: 'file:///home/me/a.html' }, file)).toMatchObject({ ok: true });
    expect(await call('cs-bg:list-page-highlights', { pageUrl: 'file:///home/me/b.html' }, file)).toMatchObject(refused);
  });
});

/**
 * Frames with no address of their own (about:blank, about:srcdoc), which their parent writes:
 * the browser reports `sender.url` "about:blank"/"about:srcdoc" and, as `sender.origin`, the
 * origin of the document that created the frame (Chrome ≥ 80, Firefox ≥ 126; seen in Chromium
 * 156 and Firefox ESR 153). The frame's page key is its parent's key plus a fragment.
 */
describe('a frame its parent wrote (about:blank, about:srcdoc)', () => {
  const FRAME_KEY = `${VICTIM}#jianbao-frame=0badf00d`;
  const raw = (url: string, origin: string | undefined, tabUrl = VICTIM) =>
    senderInfo({ id: 'jianbao', url, frameId: 9, tab: { id: 1, url: tabUrl } as never, ...(origin === undefined ? {} : { origin }) } as never, 'jianbao', 'chrome-extension://jianbao/');

  it('written by the page: reads and writes the frame\'s records under the page\'s site', async () => {
    for (const url of ['about:srcdoc', 'about:blank']) {
      const frame = raw(url, 'https://bank.example');
      expect(frame).toMatchObject({ tabId: 1, frameId: 9, url: 'https://bank.example/' });
      const id = `f-${url}`;
      expect(await call('cs-bg:save-highlight', { highlight: newHighlight(id, FRAME_KEY) }, frame!)).toMatchObject({ ok: true, value: { id, pageUrl: FRAME_KEY } });
      expect(await call('cs-bg:page-opened', { pageUrl: FRAME_KEY }, frame!)).toMatchObject({ ok: true });
      expect(await call('cs-bg:update-highlight', { id, changes: { note: 'framed' } }, frame!)).toMatchObject({ ok: true, value: { note: 'framed' } });
    }
    const listed = await call('cs-bg:list-page-highlights', { pageUrl: FRAME_KEY }, raw('about:srcdoc', 'https://bank.example')!);
    expect((listed as { value: Highlight[] }).value.map((h) => h.id).sort()).toEqual(['f-about:blank', 'f-about:srcdoc']);
    // The top page of the same site sees them too (the site is the unit), in the same tab.
    expect(await call('cs-bg:list-page-highlights', { pageUrl: FRAME_KEY }, own)).toMatchObject({ ok: true, value: [{}, {}] });
  });

  it('written by another site\'s frame inside the page\'s tab: judged by its creator, never by the tab', async () => {
    // An advert frame of evil.example creates an about:blank child: the tab says bank.example.
    const frame = raw('about:blank', 'https://ads.evil.example');
    expect(frame!.url).toBe('https://ads.evil.example/');
    expect(await call('cs-bg:list-page-highlights', { pageUrl: VICTIM }, frame!)).toMatchObject(refused);
    expect(await call('cs-bg:list-page-highlights', { pageUrl: FRAME_KEY }, frame!)).toMatchObject(refused);
    expect(await call('cs-bg:save-highlight', { highlight: newHighlight('h9', FRAME_KEY) }, frame!)).toMatchObject(refused);
    expect(await call('cs-bg:update-highlight', { id: 'h1', changes: { note: 'pwned' } }, frame!)).toMatchObject(notFound);
    expect((await db.annotations.get('h1'))!.note).toBe('my private note');
  });

  it('with no origin the browser vouches for (sandboxed: "null", none reported, a local file\'s): nothing at all', async () => {
    for (const origin of ['null', undefined, 'file://']) {
      const frame = raw('about:srcdoc', origin);
      expect(frame!.url).toBeUndefined();
      expect(await call('cs-bg:list-page-highlights', { pageUrl: VICTIM }, frame!)).toMatchObject(refused);
      expect(await call('cs-bg:get-settings', {}, frame!)).toMatchObject(refused);
      expect(await call('cs-bg:update-highlight', { id: 'h1', changes: { note: 'pwned' } }, frame!)).toMatchObject(refused);
    }
    // Other about: addresses are no written frame: no origin makes them a page.
    expect(raw('about:config', 'https://bank.example')!.url).toBeUndefined();
    expect((await db.annotations.get('h1'))!.note).toBe('my private note');
  });
});

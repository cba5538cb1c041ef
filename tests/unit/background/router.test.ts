import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { route, senderInfo, type HandlerTable, type SenderInfo } from '../../../src/background/router';
import { createHighlight } from '../../../src/background/services/highlight-service';
import { JianbaoError } from '../../../src/core/errors';
import { freshDb } from '../fake-db';

const page: SenderInfo = { tabId: 3, frameId: 0, url: 'https://example.com/a', isExtensionPage: false };
const popup: SenderInfo = { isExtensionPage: true };

let db: JianbaoDb;
let handlers: HandlerTable;
beforeEach(() => {
  db = freshDb();
  handlers = {
    'cs-bg:save-highlight': ({ highlight }: { highlight: Parameters<typeof createHighlight>[1] }) => createHighlight(db, highlight),
    'cs-bg:delete-highlight': async ({ id }: { id: string }) => {
      throw new JianbaoError('HighlightNotFound', `No highlight with id ${id}.`);
    },
    'ui-bg:page-info': async () => {
      throw new Error('boom');
    },
  } as unknown as HandlerTable;
});
afterEach(() => db.close());

const valid = {
  type: 'cs-bg:save-highlight',
  payload: {
    highlight: {
      id: 'h1',
      pageUrl: 'https://example.com/a',
      pageTitle: 'A',
      exact: 'quote',
      selectors: [{ type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' }],
      color: 'yellow',
    },
  },
};

describe('route', () => {
  it('passes a valid message to its service and wraps the value in ok', async () => {
    const reply = await route(handlers, valid, page);
    expect(reply).toMatchObject({ ok: true, value: { id: 'h1', exact: 'quote' } });
    expect(await db.annotations.count()).toBe(1);
  });

  it('answers a malformed message with a typed error and stores nothing', async () => {
    const reply = await route(handlers, { ...valid, payload: { highlight: { ...valid.payload.highlight, selectors: 'x' } } }, page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'InvalidMessage' } });
    expect(await db.annotations.count()).toBe(0);
  });

  it('refuses messages from outside the extension', async () => {
    expect(await route(handlers, valid, null)).toMatchObject({ ok: false, error: { code: 'InvalidMessage' } });
  });

  it('refuses a page message from the popup and a popup message from a page', async () => {
    expect(await route(handlers, valid, popup)).toMatchObject({ ok: false, error: { code: 'InvalidMessage' } });
    expect(await route(handlers, { type: 'ui-bg:page-info', payload: { tabId: 1 } }, page)).toMatchObject({
      ok: false,
      error: { code: 'InvalidMessage' },
    });
  });

  it('turns a service error into its code and an unexpected throw into Internal', async () => {
    expect(await route(handlers, { type: 'cs-bg:delete-highlight', payload: { id: 'x' } }, page)).toMatchObject({
      ok: false,
      error: { code: 'HighlightNotFound' },
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(await route(handlers, { type: 'ui-bg:page-info', payload: { tabId: 1 } }, popup)).toMatchObject({
        ok: false,
        error: { code: 'Internal' },
      });
    } finally {
      console.error = original;
    }
  });
});

describe('senderInfo', () => {
  const origin = 'chrome-extension://abc/';
  it('an extension page inside a tab (the note editor frame) is an extension page embedded in that tab, never a page', () => {
    const info = senderInfo({ id: 'abc', url: `${origin}note-frame/note-frame.html`, tab: { id: 5 } as never, frameId: 9 }, 'abc', origin);
    expect(info).toEqual({ isExtensionPage: true, embeddedIn: { tabId: 5, frameId: 9 } });
  });
  it('a content script is a page with its tab and the address the browser reports; another extension is nobody', () => {
    expect(senderInfo({ id: 'abc', url: 'https://news.example/', tab: { id: 5 } as never, frameId: 0 }, 'abc', origin)).toEqual({ tabId: 5, frameId: 0, url: 'https://news.example/', isExtensionPage: false });
    expect(senderInfo({ id: 'other', url: `${origin}x.html` }, 'abc', origin)).toBeNull();
  });

  it("uses the tab's address only for the top frame: a subframe without an address of its own gets none", () => {
    const tab = { id: 5, url: 'https://news.example/front' } as never;
    expect(senderInfo({ id: 'abc', tab, frameId: 0 }, 'abc', origin)?.url).toBe('https://news.example/front');
    expect(senderInfo({ id: 'abc', tab, frameId: 3 }, 'abc', origin)?.url).toBeUndefined();
    expect(senderInfo({ id: 'abc', tab }, 'abc', origin)?.url).toBeUndefined();
    // A subframe that does report its address is judged by it, never by the tab's.
    expect(senderInfo({ id: 'abc', url: 'https://ads.example/frame', tab, frameId: 3 }, 'abc', origin)?.url).toBe('https://ads.example/frame');
  });

  it('a subframe without an address cannot reach the top page\'s records', async () => {
    const info = senderInfo({ id: 'abc', tab: { id: 5, url: 'https://example.com/a' } as never, frameId: 2 }, 'abc', origin);
    expect(await route(handlers, valid, info)).toMatchObject({ ok: false, error: { code: 'InvalidMessage' } });
  });

  it('refuses a page message from a sender whose address is unknown', async () => {
    expect(await route(handlers, valid, { tabId: 3, frameId: 0, isExtensionPage: false })).toMatchObject({ ok: false, error: { code: 'InvalidMessage' } });
  });
});

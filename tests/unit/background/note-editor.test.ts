// The note editor frame's side of the background: tickets bind a frame to the tab and the
// highlight the annotator opened it for; the note goes from the frame straight to storage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JianbaoDb } from '../../../src/background/db/database';
import { freshDb } from '../fake-db';

const session: Record<string, unknown> = {};
const sent: { tabId: number; message: unknown; options: unknown }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      query: vi.fn(async () => []),
      sendMessage: vi.fn(async (tabId: number, message: unknown, options: unknown) => void sent.push({ tabId, message, options })),
    },
    storage: {
      session: {
        get: vi.fn(async (key: string) => (key in session ? { [key]: structuredClone(session[key]) } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(session, structuredClone(items))),
        remove: vi.fn(async (key: string) => void delete session[key]),
      },
      local: { get: vi.fn(async () => ({})), set: vi.fn() },
    },
  },
}));

const { createHandlers } = await import('../../../src/background/handlers');
const { TICKET_LIFETIME_MS, ticketFor } = await import('../../../src/background/note-editor/note-tickets');

const page = { tabId: 7, frameId: 0, url: 'https://news.example/a', isExtensionPage: false };
const frameIn = (tabId: number, frameId = 3) => ({ isExtensionPage: true, embeddedIn: { tabId, frameId } });

let db: JianbaoDb;
let handlers: ReturnType<typeof createHandlers>;
beforeEach(async () => {
  db = freshDb();
  handlers = createHandlers(db);
  sent.length = 0;
  for (const key of Object.keys(session)) delete session[key];
  await handlers['cs-bg:save-highlight'](
    {
      highlight: {
        id: 'h1',
        pageUrl: 'https://news.example/a',
        pageTitle: 'A',
        exact: 'the river plan',
        selectors: [{ type: 'TextQuoteSelector', exact: 'the river plan', prefix: '', suffix: '' }],
        color: 'yellow',
        tags: ['old'],
      },
    },
    page,
  );
});
afterEach(() => db.close());

describe('note editor tickets', () => {
  it('loads and saves the note through a ticket, and tells the annotator frame that opened it', async () => {
    const { token } = await handlers['cs-bg:open-note-editor']({ id: 'h1' }, page);
    const loaded = await handlers['ui-bg:note-session']({ token }, frameIn(7));
    expect(loaded).toEqual({ exact: 'the river plan', note: '', tags: ['old'], knownTags: ['old'] });
    await handlers['ui-bg:save-note']({ token, note: '秘密 note', tags: ['x'] }, frameIn(7));
    const stored = await db.annotations.get('h1');
    expect(stored?.note).toBe('秘密 note');
    expect(stored?.tags).toEqual(['x']);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ tabId: 7, options: { frameId: 0 }, message: { type: 'bg-cs:note-editor-closed', payload: { token, highlight: { id: 'h1', note: '秘密 note' } } } });
    // Used up: a second save is refused.
    await expect(handlers['ui-bg:save-note']({ token, note: 'again', tags: [] }, frameIn(7))).rejects.toMatchObject({ code: 'InvalidMessage' });
  });

  it('refuses a ticket presented from another tab, from a second frame, or without a tab', async () => {
    const { token } = await handlers['cs-bg:open-note-editor']({ id: 'h1' }, page);
    await expect(handlers['ui-bg:note-session']({ token }, frameIn(8))).rejects.toMatchObject({ code: 'InvalidMessage' });
    await expect(handlers['ui-bg:save-note']({ token, note: 'x', tags: [] }, { isExtensionPage: true })).rejects.toMatchObject({ code: 'InvalidMessage' });
    await handlers['ui-bg:note-session']({ token }, frameIn(7, 3)); // the first frame claims it
    await expect(handlers['ui-bg:note-session']({ token }, frameIn(7, 4))).rejects.toMatchObject({ code: 'InvalidMessage' });
    await expect(handlers['ui-bg:save-note']({ token, note: 'x', tags: [] }, frameIn(7, 4))).rejects.toMatchObject({ code: 'InvalidMessage' });
    expect((await db.annotations.get('h1'))?.note).toBe('');
  });

  it('refuses a made-up ticket and one for a highlight that does not exist', async () => {
    await expect(handlers['ui-bg:note-session']({ token: crypto.randomUUID() }, frameIn(7))).rejects.toMatchObject({ code: 'InvalidMessage' });
    await expect(handlers['cs-bg:open-note-editor']({ id: 'nope' }, page)).rejects.toMatchObject({ code: 'HighlightNotFound' });
  });

  it('cancels: the ticket is dropped and the annotator told, nothing stored', async () => {
    const { token } = await handlers['cs-bg:open-note-editor']({ id: 'h1' }, page);
    expect(await handlers['ui-bg:close-note']({ token }, frameIn(7))).toEqual({ closed: true });
    expect(sent[0]).toMatchObject({ message: { type: 'bg-cs:note-editor-closed', payload: { token } } });
    expect(await handlers['ui-bg:close-note']({ token }, frameIn(7))).toEqual({ closed: false });
    expect((await db.annotations.get('h1'))?.note).toBe('');
  });

  it('lets a ticket expire', async () => {
    const { token } = await handlers['cs-bg:open-note-editor']({ id: 'h1' }, page);
    expect(await ticketFor(token, { tabId: 7, frameId: 3 }, Date.now() + TICKET_LIFETIME_MS + 1)).toBeNull();
  });
});

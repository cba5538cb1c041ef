import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { tabId: number; message: unknown; options: unknown }[] = [];
/** Tab 21 shows Jianbao's PDF reader (an extension page: no annotator in it). */
const READER_TAB = 'chrome-extension://jianbao/viewer/viewer.html?file=https%3A%2F%2Fpaper.example.cn%2F02.pdf&pdf=urn%3Ax-pdf%3A23e450e8d6148016a7718ceb95c4025a';
const created: unknown[] = [];
const opened: unknown[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      sendMessage: vi.fn(async (tabId: number, message: unknown, options: unknown) => {
        sent.push({ tabId, message, options });
        return { done: true };
      }),
      query: vi.fn(async () => [{ id: 42 }]),
      create: vi.fn(async (properties: unknown) => opened.push(properties)),
      get: vi.fn(async (tabId: number) => ({ id: tabId, url: tabId === 13 ? 'https://private.example.org/a' : tabId === 21 ? READER_TAB : 'https://news.example.com/a' })),
    },
    storage: { local: { get: vi.fn(async () => ({ settings: { excludedSites: ['*.example.org'] } })) } },
    scripting: { executeScript: vi.fn(async () => []) },
    contextMenus: { removeAll: vi.fn(async () => undefined), create: vi.fn((item: unknown) => created.push(item)) },
    i18n: { getMessage: (key: string) => `msg:${key}` },
    runtime: { getURL: (path: string) => `chrome-extension://jianbao/${path}` },
  },
}));

const { createMenus, frameForCommand, onCommand, onMenuClicked } = await import('../../../src/background/menus');
const { READER_CHANNEL, readReaderMessage } = await import('../../../src/core/pdf/reader-channel');

beforeEach(() => {
  sent.length = 0;
  created.length = 0;
  opened.length = 0;
});

describe('context menu and keyboard commands', () => {
  it('creates the selection menu items with translated titles', async () => {
    await createMenus();
    expect(created).toEqual([
      { id: 'highlight', title: 'msg:menuHighlight', contexts: ['selection'] },
      { id: 'highlight-note', title: 'msg:menuHighlightNote', contexts: ['selection'] },
      { id: 'clip-article', title: 'msg:menuClipArticle', contexts: ['page', 'selection'] },
      { id: 'open-pdf', title: 'msg:menuOpenPdf', contexts: ['link'], targetUrlPatterns: ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', 'file:///*.pdf'] },
    ]);
  });

  it('opens a linked PDF in the reader page, in a new tab beside the page', async () => {
    await onMenuClicked({ menuItemId: 'open-pdf', linkUrl: 'https://paper.example.cn/2022-03/31/02.pdf', editable: false, modifiers: [] } as never, { id: 7, index: 3 } as never);
    expect(opened).toEqual([{ url: `chrome-extension://jianbao/viewer/viewer.html?file=${encodeURIComponent('https://paper.example.cn/2022-03/31/02.pdf')}`, index: 4 }]);
    expect(sent).toEqual([]);
  });

  it('opens nothing for a link that is not a PDF address', async () => {
    await onMenuClicked({ menuItemId: 'open-pdf', linkUrl: 'javascript:void(0)', editable: false, modifiers: [] } as never, { id: 7, index: 3 } as never);
    expect(opened).toEqual([]);
  });

  it('sends a clicked menu item to the annotator of that tab and frame', async () => {
    await onMenuClicked({ menuItemId: 'highlight-note', frameId: 3, editable: false, modifiers: [] } as never, { id: 7 } as never);
    expect(sent).toEqual([{ tabId: 7, message: { type: 'bg-cs:command', payload: { command: 'highlight-note' } }, options: { frameId: 3 } }]);
  });

  it('sends a keyboard command to the active tab when the event names none', async () => {
    await onCommand('highlight-sentence');
    expect(sent).toEqual([{ tabId: 42, message: { type: 'bg-cs:command', payload: { command: 'highlight-sentence' } }, options: { frameId: 0 } }]);
  });

  it('stays off on a site the reader excluded', async () => {
    await onMenuClicked({ menuItemId: 'highlight', frameId: 0, editable: false, modifiers: [] } as never, { id: 13 } as never);
    expect(sent).toEqual([]);
  });

  it('ignores commands and menu items it does not know', async () => {
    await onCommand('_execute_action');
    await onMenuClicked({ menuItemId: 'other', editable: false, modifiers: [] } as never, { id: 7 } as never);
    expect(sent).toEqual([]);
  });

  it('sends a shortcut to the frame that holds the selection (a key press names no frame)', async () => {
    const browser = (await import('webextension-polyfill')).default as unknown as { scripting: { executeScript: ReturnType<typeof vi.fn> } };
    browser.scripting.executeScript.mockResolvedValueOnce([
      { frameId: 0, result: { selected: false, focused: false } },
      { frameId: 5, result: { selected: true, focused: true } },
    ]);
    await onCommand('highlight', { id: 7 } as never);
    expect(sent).toEqual([{ tabId: 7, message: { type: 'bg-cs:command', payload: { command: 'highlight' } }, options: { frameId: 5 } }]);
  });
});

describe('commands in the PDF reader tab', () => {
  /** A reader in tab 21 on the reader channel: what it was asked, answered as the reader does. */
  const listen = () => {
    const channel = new BroadcastChannel(READER_CHANNEL);
    const asked: unknown[] = [];
    channel.onmessage = (event: MessageEvent) => {
      const message = readReaderMessage(event.data);
      if (message?.type !== 'command' || message.tabId !== 21) return;
      asked.push(message.command);
      channel.postMessage({ type: 'reply', requestId: message.requestId, ok: true, value: { done: true } });
    };
    return { asked, close: () => channel.close() };
  };

  it('passes a shortcut and a selection menu item to the reader over the channel, not to an annotator', async () => {
    const reader = listen();
    try {
      await onCommand('highlight', { id: 21 } as never);
      await onMenuClicked({ menuItemId: 'highlight-note', frameId: 0, editable: false, modifiers: [] } as never, { id: 21 } as never);
      await onMenuClicked({ menuItemId: 'clip-article', frameId: 0, editable: false, modifiers: [] } as never, { id: 21 } as never);
      expect(reader.asked).toEqual(['highlight', 'highlight-note', 'clip-article']);
      expect(sent).toEqual([]);
    } finally {
      reader.close();
    }
  });

  it('asks the reader nothing for the sentence at the caret (no meaning in a PDF)', async () => {
    const reader = listen();
    try {
      await onCommand('highlight-sentence', { id: 21 } as never);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(reader.asked).toEqual([]);
      expect(sent).toEqual([]);
    } finally {
      reader.close();
    }
  });
});

describe('frameForCommand', () => {
  const frame = (frameId: number, selected: boolean, focused: boolean) => ({ frameId, selected, focused });

  it('highlights in the frame with the selection, the focused one first', () => {
    expect(frameForCommand('highlight', [frame(0, false, false), frame(4, true, false)])).toBe(4);
    expect(frameForCommand('highlight-note', [frame(0, true, false), frame(4, true, true)])).toBe(4);
    expect(frameForCommand('highlight', [frame(0, true, false), frame(4, false, true)])).toBe(0);
  });

  it('takes the sentence at the caret and clips in the focused frame', () => {
    expect(frameForCommand('highlight-sentence', [frame(0, false, false), frame(2, false, true)])).toBe(2);
    expect(frameForCommand('clip-article', [frame(0, false, true), frame(2, true, false)])).toBe(0);
  });

  it('falls back to the top frame when no frame answers or none qualifies', () => {
    expect(frameForCommand('highlight', [])).toBe(0);
    expect(frameForCommand('highlight', [frame(3, false, true)])).toBe(0);
    expect(frameForCommand('clip-article', [frame(3, false, false)])).toBe(0);
  });
});

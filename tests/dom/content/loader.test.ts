/**
 * The loader on every page: it asks for the annotator on the first text selection, and not at
 * all when the annotator already runs in the same isolated world (a page with stored highlights).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Flags = { __jianbaoLoader?: boolean; __jianbaoAnnotator?: boolean; chrome?: unknown };
const world = globalThis as Flags;
const sendMessage = vi.fn(async (_message: { type: string }) => undefined);

async function startLoader(): Promise<void> {
  vi.resetModules();
  await import('../../../src/content/loader');
}

function selectText(): void {
  document.body.innerHTML = '<p>乡村振兴战略全面推进</p>';
  const range = document.createRange();
  range.selectNodeContents(document.body.firstChild!);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

function release(): void {
  window.dispatchEvent(new MouseEvent('mouseup'));
}

const injections = () => sendMessage.mock.calls.filter(([m]) => m.type === 'cs-bg:inject-annotator').length;

beforeEach(() => {
  sendMessage.mockClear();
  world.chrome = { runtime: { sendMessage } };
  delete world.__jianbaoLoader;
  delete world.__jianbaoAnnotator;
});

afterEach(() => {
  // A loader that is still listening (no selection yet) would answer the next test's events.
  selectText();
  release();
  document.getSelection()!.removeAllRanges();
  document.body.innerHTML = '';
  delete world.chrome;
  delete world.__jianbaoAnnotator;
});

describe('loader', () => {
  it('tells the background which page this is', async () => {
    await startLoader();
    expect(sendMessage.mock.calls.map(([m]) => m.type)).toEqual(['cs-bg:page-opened']);
  });

  it('asks for the annotator once, on the first text selection', async () => {
    await startLoader();
    release();
    expect(injections()).toBe(0);
    selectText();
    release();
    release();
    expect(injections()).toBe(1);
  });

  it('does not ask when the annotator is already running, and stops listening', async () => {
    await startLoader();
    world.__jianbaoAnnotator = true;
    selectText();
    release();
    expect(injections()).toBe(0);
    delete world.__jianbaoAnnotator;
    release();
    expect(injections()).toBe(0);
  });

  it('asks again while the background is not there, 16 sends in all, and never after "invalidated"', async () => {
    vi.useFakeTimers();
    try {
      sendMessage.mockImplementation(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      });
      await startLoader();
      // Pauses 100, 200, 400, 800, 1600 ms, then 2 s each: 16 sends within 23.1 s.
      await vi.advanceTimersByTimeAsync(23_200);
      const opened = () => sendMessage.mock.calls.filter(([m]) => m.type === 'cs-bg:page-opened').length;
      expect(opened()).toBe(16);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(opened()).toBe(16);

      sendMessage.mockClear();
      delete world.__jianbaoLoader;
      sendMessage.mockImplementation(async () => {
        throw new Error('Extension context invalidated.');
      });
      await startLoader();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(opened()).toBe(1);
    } finally {
      sendMessage.mockImplementation(async () => undefined);
      vi.useRealTimers();
    }
  });
});

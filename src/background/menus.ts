/**
 * Context-menu items and keyboard commands: both end up as one `bg-cs:command` to the
 * annotator of the tab (injected first if needed).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { PDF_LINK_PATTERNS, isPdfAddress, readerAddress } from '../core/pdf/pdf-address';
import { askReader, isReaderCommand } from '../core/pdf/reader-channel';
import { COMMANDS, type Command } from '../messages';
import { isTabExcluded } from './excluded-sites';
import { sendToAnnotator } from './inject-annotator';

const MENU_ITEMS: { id: Command; messageKey: string; contexts: Menus.ContextType[] }[] = [
  { id: 'highlight', messageKey: 'menuHighlight', contexts: ['selection'] },
  { id: 'highlight-note', messageKey: 'menuHighlightNote', contexts: ['selection'] },
  // On the page as well as on a selection (which then picks the item of a multi-article page).
  { id: 'clip-article', messageKey: 'menuClipArticle', contexts: ['page', 'selection'] },
];

/** The context-menu item on links to PDFs: opens the PDF in Jianbao's reader page. */
const OPEN_PDF_MENU = 'open-pdf';

/** Menus persist across service-worker restarts, so they are (re)created on install only. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of MENU_ITEMS) {
    browser.contextMenus.create({
      id: item.id,
      title: browser.i18n.getMessage(item.messageKey) || item.id,
      contexts: item.contexts,
    });
  }
  browser.contextMenus.create({
    id: OPEN_PDF_MENU,
    title: browser.i18n.getMessage('menuOpenPdf') || OPEN_PDF_MENU,
    contexts: ['link'],
    targetUrlPatterns: PDF_LINK_PATTERNS,
  });
}

/** Opens a PDF address in the reader page, in a new tab next to the one it was linked from. */
export async function openPdfInReader(address: string, besideTab?: Tabs.Tab): Promise<void> {
  const url = readerAddress(browser.runtime.getURL('viewer/viewer.html'), address);
  await browser.tabs.create({ url, ...(besideTab?.index !== undefined ? { index: besideTab.index + 1 } : {}) });
}

export function isCommand(value: unknown): value is Command {
  return (COMMANDS as readonly unknown[]).includes(value);
}

/** Whether the tab shows Jianbao's PDF reader (an extension page: no annotator to send to). */
async function isReaderTab(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return !!tab?.url?.startsWith(`${browser.runtime.getURL('viewer/viewer.html')}?`);
}

export async function runCommand(command: Command, tabId: number, frameId = 0): Promise<void> {
  if (await isTabExcluded(tabId)) return;
  if (await isReaderTab(tabId)) {
    // The reader highlights its own selection (or clips); it is asked over the reader channel.
    if (isReaderCommand(command)) await askReader(tabId, { type: 'command', command }, 5_000).catch((error: Error) => console.info('[jianbao:commands]', command, error.message));
    return;
  }
  try {
    await sendToAnnotator(tabId, { type: 'bg-cs:command', payload: { command } }, frameId);
  } catch (error) {
    // Nothing to show: the shortcut was pressed on a page where Jianbao cannot run.
    console.info('[jianbao:commands]', command, (error as Error).message);
  }
}

export async function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId === OPEN_PDF_MENU) {
    if (isPdfAddress(info.linkUrl) && info.linkUrl) await openPdfInReader(info.linkUrl, tab);
    return;
  }
  if (!tab?.id || !isCommand(info.menuItemId)) return;
  await runCommand(info.menuItemId, tab.id, info.frameId ?? 0);
}

/** What a frame of the tab says of itself when a shortcut is pressed. */
export interface FrameState {
  frameId: number;
  /** The frame has a non-empty text selection. */
  selected: boolean;
  /** The frame's document has the focus (the reader last clicked or selected there). */
  focused: boolean;
}

/**
 * The frame a shortcut acts in. A key press carries no frame (a context-menu click does): the
 * highlight commands go to the frame holding a selection (the focused one if several do), the
 * others (sentence at the caret, clip) to the focused frame; the top frame when none says so.
 */
export function frameForCommand(command: Command, frames: readonly FrameState[]): number {
  const wantsSelection = command === 'highlight' || command === 'highlight-note';
  const candidates = wantsSelection ? frames.filter((f) => f.selected) : frames;
  const pick = candidates.find((f) => f.focused) ?? (wantsSelection ? candidates[0] : undefined);
  return pick?.frameId ?? 0;
}

/** Asks every frame of the tab (one tiny function each) whether it has a selection or the focus. */
async function frameStates(tabId: number): Promise<FrameState[]> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: () => ({ selected: !!document.getSelection()?.toString().trim(), focused: document.hasFocus() }),
    });
    return results.flatMap((r) => {
      const state = r.result as { selected?: unknown; focused?: unknown } | undefined;
      return typeof r.frameId === 'number' && state ? [{ frameId: r.frameId, selected: state.selected === true, focused: state.focused === true }] : [];
    });
  } catch {
    // A page where scripts may not run: the top frame, which then answers NoContentScript.
    return [];
  }
}

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (!isCommand(command)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // The reader is one frame, and scripts cannot be run in an extension page.
  if (await isReaderTab(tabId)) return runCommand(command, tabId);
  await runCommand(command, tabId, frameForCommand(command, await frameStates(tabId)));
}

/**
 * Context-menu items and keyboard commands: both end up as one `bg-cs:command` to the
 * annotator of the tab (injected first if needed).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { COMMANDS, type Command } from '../messages';
import { isTabExcluded } from './excluded-sites';
import { sendToAnnotator } from './inject-annotator';

const MENU_ITEMS: { id: Command; messageKey: string; contexts: Menus.ContextType[] }[] = [
  { id: 'highlight', messageKey: 'menuHighlight', contexts: ['selection'] },
  { id: 'highlight-note', messageKey: 'menuHighlightNote', contexts: ['selection'] },
  // On the page as well as on a selection (which then picks the item of a multi-article page).
  { id: 'clip-article', messageKey: 'menuClipArticle', contexts: ['page', 'selection'] },
];

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
}

export function isCommand(value: unknown): value is Command {
  return (COMMANDS as readonly unknown[]).includes(value);
}

export async function runCommand(command: Command, tabId: number, frameId = 0): Promise<void> {
  if (await isTabExcluded(tabId)) return;
  try {
    await sendToAnnotator(tabId, { type: 'bg-cs:command', payload: { command } }, frameId);
  } catch (error) {
    // Nothing to show: the shortcut was pressed on a page where Jianbao cannot run.
    console.info('[jianbao:commands]', command, (error as Error).message);
  }
}

export async function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (!tab?.id || !isCommand(info.menuItemId)) return;
  await runCommand(info.menuItemId, tab.id, info.frameId ?? 0);
}

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (!isCommand(command)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await runCommand(command, tabId);
}

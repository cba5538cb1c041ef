/**
 * Background entry (a service worker on Chrome, an event page on Firefox). Written as if it
 * may be killed between any two messages: all state is in IndexedDB or storage, and every
 * listener is registered synchronously at start-up so a wake-up event is never missed.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { createHandlers } from './handlers';
import { createMenus, onCommand, onMenuClicked } from './menus';
import { route, senderInfo } from './router';

const handlers = createHandlers();
const ownOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(handlers, message, senderInfo(sender, browser.runtime.id, ownOrigin)),
);
browser.runtime.onInstalled.addListener(() => void createMenus());
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

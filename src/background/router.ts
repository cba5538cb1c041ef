/**
 * The router: validates every incoming message against its schema (src/messages.ts), checks
 * who sent it, and calls a service. Handlers never throw across the boundary: every reply is a
 * Result, and a malformed message gets a typed error and stores nothing.
 */
import type { Runtime } from 'webextension-polyfill';
import { fail, JianbaoError, ok, type Result } from '../core/errors';
import { senderPageAddress } from '../core/url/page-access';
import { validateRequest, type RequestPayload, type RequestType, type ResponseMap } from '../messages';

export interface SenderInfo {
  /** Present when the message comes from a content script. */
  tabId?: number;
  frameId?: number;
  /**
   * The address of the sender's frame as the browser reports it (not as the page says): what a
   * page's messages may touch is checked against it (core/url/page-access.ts). For a frame
   * without an address of its own (about:blank, about:srcdoc) the origin of its creator, as the
   * browser reports it (`senderPageAddress`); unset when the browser reports neither.
   */
  url?: string;
  /** Whether the sender is one of our own extension pages (popup, options, the note frame). */
  isExtensionPage: boolean;
  /**
   * For an extension page shown inside a tab (the note editor frame embedded in a page, or the
   * popup opened as a tab): that tab. Never makes the sender a page: `tabId` stays unset.
   */
  embeddedIn?: { tabId: number; frameId: number };
}

/** A page's content script: `route` refuses every `cs-bg:` message that comes from no tab or no known address. */
export type PageSender = SenderInfo & { tabId: number; url: string };

/** Who a handler of `K` can have been called by, once `route` has checked the sender. */
export type SenderFor<K extends RequestType> = K extends `cs-bg:${string}` ? PageSender : SenderInfo;

export type Handler<K extends RequestType> = (
  payload: RequestPayload<K>,
  sender: SenderFor<K>,
) => Promise<ResponseMap[K]>;

export type HandlerTable = { [K in RequestType]: Handler<K> };

export function senderInfo(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): SenderInfo | null {
  if (sender.id !== ownId) return null;
  // The popup may also be open in a tab of its own; its address, not the tab, says what it is.
  const isExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (isExtensionPage) {
    const tabId = sender.tab?.id;
    return tabId === undefined ? { isExtensionPage } : { isExtensionPage, embeddedIn: { tabId, frameId: sender.frameId ?? 0 } };
  }
  // A frame without an address of its own (about:blank, about:srcdoc) is judged by the origin the
  // browser reports for it, the origin of the document that wrote it (core/url/page-access.ts).
  const { origin } = sender as Runtime.MessageSender & { origin?: string };
  // The tab's address stands in only for the tab's own top frame: a subframe's tab shows another
  // document, often of another site, so a subframe the browser gives no address gets none.
  const reported = sender.url ?? (sender.frameId === 0 ? sender.tab?.url : undefined);
  const url = senderPageAddress(reported, origin);
  return { tabId: sender.tab?.id, frameId: sender.frameId, url, isExtensionPage };
}

/** Validates and dispatches one message; always resolves to a Result. */
export async function route(handlers: HandlerTable, message: unknown, sender: SenderInfo | null): Promise<Result<unknown>> {
  if (!sender) return fail('InvalidMessage', 'Messages are only accepted from Jianbao itself.');
  const checked = validateRequest(message);
  if (!checked.ok) return checked;
  // A page's content script may not call the popup's API and vice versa.
  if (checked.direction === 'cs-bg' && (sender.tabId === undefined || sender.url === undefined)) {
    return fail('InvalidMessage', `${checked.type} must come from a page.`);
  }
  if (checked.direction === 'ui-bg' && !sender.isExtensionPage) {
    return fail('InvalidMessage', `${checked.type} must come from the popup or options page.`);
  }
  const handler = handlers[checked.type] as Handler<RequestType>;
  try {
    // The checks above are what makes `sender` the SenderFor its handler expects.
    return ok(await handler(checked.payload as never, sender as never));
  } catch (error) {
    if (error instanceof JianbaoError) {
      if (error.code === 'Internal' || error.code === 'StorageFailure') console.error('[jianbao:router]', checked.type, error);
      return fail(error.code, error.detail);
    }
    console.error('[jianbao:router]', checked.type, error);
    return fail('Internal', 'Something went wrong inside Jianbao.');
  }
}

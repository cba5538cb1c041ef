/**
 * Typed calls from the annotator to the background. A failure reply becomes a JianbaoError;
 * an extension that was reloaded under the page becomes ContextInvalidated.
 */
import browser from 'webextension-polyfill';
import { JianbaoError } from '../../core/errors';
import type { Reply, RequestPayload, RequestType, ResponseMap } from '../../messages';

export async function call<K extends RequestType>(type: K, payload: RequestPayload<K>): Promise<ResponseMap[K]> {
  let reply: Reply<K> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  } catch (error) {
    throw new JianbaoError('ContextInvalidated', 'Jianbao was updated or disabled; reload the page to use it again.', {
      cause: error,
    });
  }
  if (!reply) throw new JianbaoError('Internal', `No reply to ${type}.`);
  if (!reply.ok) throw new JianbaoError(reply.error.code, reply.error.detail);
  return reply.value;
}

/** Whether the locale has a message for `key` (t cannot tell: it shows a missing key as the key itself). */
export function hasMessage(key: string): boolean {
  return browser.i18n.getMessage(key) !== '';
}

export function t(key: string, substitution?: string): string {
  return browser.i18n.getMessage(key, substitution === undefined ? undefined : [substitution]) || key;
}

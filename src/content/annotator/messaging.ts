/**
 * Typed calls from the annotator to the background. A failure reply becomes a JianbaoError.
 * A background that is asleep, starting or stopping is asked again (core/messaging/retry-send:
 * a number of sends, not a time; every call when the message reached nobody, idempotent calls
 * also when the answer was cut off or did not come); one that never answers, or an extension
 * reloaded under the page, becomes ContextInvalidated.
 */
import browser from 'webextension-polyfill';
import { JianbaoError } from '../../core/errors';
import { sendWithRetry } from '../../core/messaging/retry-send';
import type { Reply, RequestPayload, RequestType, ResponseMap } from '../../messages';

/**
 * Calls that give the same result when the background does them twice: reads, a save with the
 * client-made id (the stored record is returned), setting a colour/note/tags to a value, a
 * detection merged into the stored article, an anchoring report. Not: delete (the second finds
 * nothing), a note-editor ticket or a clipping (each call makes a new one).
 */
const IDEMPOTENT: ReadonlySet<RequestType> = new Set<RequestType>([
  'cs-bg:save-highlight',
  'cs-bg:update-highlight',
  'cs-bg:restore-highlight',
  'cs-bg:list-page-highlights',
  'cs-bg:report-anchoring',
  'cs-bg:save-article',
  'cs-bg:get-settings',
  'cs-bg:page-opened',
  'cs-bg:inject-annotator',
]);

export async function call<K extends RequestType>(type: K, payload: RequestPayload<K>): Promise<ResponseMap[K]> {
  let reply: Reply<K>;
  try {
    reply = await sendWithRetry(() => browser.runtime.sendMessage({ type, payload }) as Promise<Reply<K> | undefined>, {
      idempotent: IDEMPOTENT.has(type),
      onRetry: (nextSend, failure, error) =>
        console.info('[jianbao:annotator]', type, `not answered (${failure}), attempt ${nextSend}`, failure === 'other' ? String(error) : ''),
    });
  } catch (error) {
    // For the console (the isolated world's console calls are out of page scripts' reach).
    console.warn('[jianbao:annotator]', type, 'gave up:', String(error));
    throw new JianbaoError('ContextInvalidated', 'Jianbao was updated or disabled; reload the page to use it again.', {
      cause: error,
    });
  }
  if (!reply.ok) throw new JianbaoError(reply.error.code, reply.error.detail);
  return reply.value;
}

/** Whether the locale has a message for `key` (t cannot tell: it shows a missing key as the key itself). */
export function hasMessage(key: string): boolean {
  return browser.i18n.getMessage(key) !== '';
}

/** A UI string; undefined substitutions are left out (the panels' Translate passes an optional one). */
export function t(key: string, ...substitutions: (string | undefined)[]): string {
  const subs = substitutions.filter((s): s is string => s !== undefined);
  return browser.i18n.getMessage(key, subs.length ? subs : undefined) || key;
}

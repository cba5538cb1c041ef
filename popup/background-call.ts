/** Typed calls from the popup to the background; failures come back as JianbaoError. */
import browser from 'webextension-polyfill';
import { JianbaoError } from '../src/core/errors';
import type { Reply, RequestPayload, RequestType, ResponseMap } from '../src/messages';

export async function callBackground<K extends RequestType>(type: K, payload: RequestPayload<K>): Promise<ResponseMap[K]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new JianbaoError('Internal', `No reply to ${type}.`);
  if (!reply.ok) throw new JianbaoError(reply.error.code, reply.error.detail);
  return reply.value;
}

/**
 * The reader channel (popup/background ↔ PDF reader tab) over a real BroadcastChannel (Node's):
 * a request reaches a responder and its answer comes back to the asker only; a tab that does
 * not answer rejects after the timeout; anything that is not a channel message is dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { announcePdfChange, askReader, isPdfKey, READER_CHANNEL, readReaderMessage } from '../../../src/core/pdf/reader-channel';

const PDF = 'urn:x-pdf:23e450e8d6148016a7718ceb95c4025a';
const open: BroadcastChannel[] = [];
const reader = () => {
  const channel = new BroadcastChannel(READER_CHANNEL);
  open.push(channel);
  return channel;
};
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});

describe('reader channel', () => {
  it('a request to a tab is answered by that tab’s reader', async () => {
    const channel = reader();
    channel.onmessage = (event: MessageEvent) => {
      const message = readReaderMessage(event.data);
      if (message?.type === 'scroll-to' && message.tabId === 7) channel.postMessage({ type: 'reply', requestId: message.requestId, ok: true, value: { found: message.id === 'h1' } });
    };
    await expect(askReader(7, { type: 'scroll-to', id: 'h1' })).resolves.toEqual({ found: true });
  });

  it('a failure comes back as an error with the reader’s sentence', async () => {
    const channel = reader();
    channel.onmessage = (event: MessageEvent) => {
      const message = readReaderMessage(event.data);
      if (message?.type === 'clip') channel.postMessage({ type: 'reply', requestId: message.requestId, ok: false, error: 'Nothing to clip.' });
    };
    await expect(askReader(3, { type: 'clip' })).rejects.toThrow('Nothing to clip.');
  });

  it('no reader in that tab: rejects after the timeout', async () => {
    await expect(askReader(9, { type: 'find-again' }, 50)).rejects.toThrow(/did not answer/);
  });

  it('drops what is not a channel message, and announces changes only for PDF keys', async () => {
    expect(readReaderMessage({ type: 'scroll-to', tabId: 1, requestId: 'r', id: 'h', extra: 1 })).toBeUndefined();
    expect(readReaderMessage({ type: 'changed', pageUrl: 'https://example.com/' })).toBeUndefined();
    expect(readReaderMessage('<img onerror=alert(1)>')).toBeUndefined();
    expect(isPdfKey(PDF)).toBe(true);
    expect(isPdfKey('urn:x-pdf:../x')).toBe(false);
    const channel = reader();
    const seen: unknown[] = [];
    channel.onmessage = (event: MessageEvent) => seen.push(readReaderMessage(event.data));
    announcePdfChange('https://example.com/a.pdf');
    announcePdfChange('urn:x-pdf:../x');
    announcePdfChange(PDF);
    // An import or a delete of everything: every reader is told, with no address.
    announcePdfChange();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([{ type: 'changed', pageUrl: PDF }, { type: 'changed' }]);
  });
});

/**
 * How the popup and the background reach an open PDF reader tab. The reader is an extension
 * page, and `tabs.sendMessage` reaches content scripts only, so they talk over a
 * BroadcastChannel of the extension's own origin: the popup asks one reader tab (by its tab id)
 * to scroll to a highlight, clip the article in view or anchor again, and the background tells
 * every reader of a PDF that its highlights changed (an edit made in the popup). Everything
 * read from the channel is checked against these schemas before it is used.
 */
import * as v from 'valibot';

export const READER_CHANNEL = 'jianbao-pdf-reader';

/** A PDF's page key (urn:x-pdf:<fingerprint>). */
export const isPdfKey = (pageUrl: string): boolean => /^urn:x-pdf:[0-9a-f]{16,64}$/u.test(pageUrl);

/** The extension's commands the reader carries out (the sentence at the caret has no meaning in a PDF). */
export const READER_COMMANDS = ['highlight', 'highlight-note', 'clip-article'] as const;
export type ReaderCommand = (typeof READER_COMMANDS)[number];
export const isReaderCommand = (command: string): command is ReaderCommand => (READER_COMMANDS as readonly string[]).includes(command);

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));
const requestId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const pdfKey = v.pipe(v.string(), v.regex(/^urn:x-pdf:[0-9a-f]{16,64}$/u));

export const readerMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('scroll-to'), tabId, requestId, id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  v.strictObject({ type: v.literal('clip'), tabId, requestId }),
  v.strictObject({ type: v.literal('find-again'), tabId, requestId }),
  /**
   * A keyboard shortcut or context-menu item of the extension, pressed in the reader tab: the
   * browser gives it to the background, whose annotator message cannot reach an extension page.
   */
  v.strictObject({ type: v.literal('command'), tabId, requestId, command: v.picklist(READER_COMMANDS) }),
  /**
   * From the background: the PDF's highlights changed elsewhere (no answer). No pageUrl: any
   * PDF's may have (an import, a delete of everything), every reader lists its own again.
   */
  v.strictObject({ type: v.literal('changed'), pageUrl: v.optional(pdfKey) }),
  v.strictObject({ type: v.literal('reply'), requestId, ok: v.boolean(), value: v.optional(v.unknown()), error: v.optional(v.pipe(v.string(), v.maxLength(2_000))) }),
]);

export type ReaderMessage = v.InferOutput<typeof readerMessageSchema>;
export type ReaderRequest = Extract<ReaderMessage, { requestId: string; tabId: number }>;
type RequestBody = ReaderRequest extends infer R ? (R extends ReaderRequest ? Omit<R, 'requestId' | 'tabId'> : never) : never;

/** A channel message, or undefined for anything that is not one. */
export function readReaderMessage(data: unknown): ReaderMessage | undefined {
  const parsed = v.safeParse(readerMessageSchema, data);
  return parsed.success ? parsed.output : undefined;
}

/**
 * Asks the reader in tab `tabId` and waits for its answer; a tab that is not a reader (or was
 * closed) does not answer, which rejects after `timeoutMs`.
 */
export function askReader(tabIdOf: number, body: RequestBody, timeoutMs = 10_000): Promise<unknown> {
  const channel = new BroadcastChannel(READER_CHANNEL);
  const id = crypto.randomUUID();
  return new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => {
      channel.close();
      reject(new Error('The PDF reader tab did not answer.'));
    }, timeoutMs);
    channel.onmessage = (event: MessageEvent) => {
      const message = readReaderMessage(event.data);
      if (message?.type !== 'reply' || message.requestId !== id) return;
      clearTimeout(timer);
      channel.close();
      if (message.ok) resolve(message.value);
      else reject(new Error(message.error ?? 'The PDF reader could not do it.'));
    };
    channel.postMessage({ ...body, tabId: tabIdOf, requestId: id });
  });
}

/**
 * Tells the readers of a PDF that its stored highlights changed (they list and anchor them
 * again); with no address, every open reader (an import or a delete may touch any PDF).
 */
export function announcePdfChange(pageUrl?: string): void {
  if ((pageUrl !== undefined && !isPdfKey(pageUrl)) || typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(READER_CHANNEL);
  channel.postMessage(pageUrl === undefined ? { type: 'changed' } : { type: 'changed', pageUrl });
  channel.close();
}

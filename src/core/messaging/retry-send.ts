/**
 * Sending a message to a background that may be asleep, starting or stopping (a Chrome service
 * worker is stopped after 30 s idle or at any time by the browser; a Firefox event page is
 * terminated the same way). The browser wakes the background for the next message, but a
 * message sent while it stops or starts fails with a connection error. Such a failure is not an
 * answer: the call is sent again, after a growing pause, until the background answers or the
 * pauses run out (docs/architecture/save-protocol.md).
 *
 * Two kinds of connection failure, because only one of them proves nothing was done:
 * - not delivered ("Could not establish connection. Receiving end does not exist."): no listener
 *   received the message, so any call may be sent again;
 * - cut off (the channel or port closed before the answer, the reply is missing): the background
 *   may have acted before it went away, so only an idempotent call (same id, same result) is
 *   sent again.
 * An extension that was reloaded, updated or removed under the page ("Extension context
 * invalidated") will never answer this page again: no retry.
 */

export type SendFailure = 'not-delivered' | 'cut-off' | 'invalidated' | 'other';

const NOT_DELIVERED = /Could not establish connection|Receiving end does not exist/i;
const INVALIDATED = /Extension context invalidated|extension context was invalidated/i;
const CUT_OFF =
  /message (channel|port) (is )?closed|before a response was received|Message manager disconnected|Conduits?\b.*(closed|destroyed)|destroyed before|context unloaded|Actor .* destroyed|Promise resolved while context is inactive/i;

/** What a rejection of `runtime.sendMessage` means for a retry. */
export function classifySendError(error: unknown): SendFailure {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (INVALIDATED.test(message)) return 'invalidated';
  if (NOT_DELIVERED.test(message)) return 'not-delivered';
  if (CUT_OFF.test(message)) return 'cut-off';
  return 'other';
}

/**
 * Pauses before each further attempt: 12.75 s in all, twice the longest a Firefox event page
 * terminated again and again refused messages in the e2e runs (8th attempt, under 6.35 s).
 */
export const RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800, 1600, 3200, 6400];

export interface RetryOptions {
  /** The call gives the same result when it is done twice (a save with the client's id, a read). */
  idempotent: boolean;
  delays?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** Told of each failed attempt that will be tried again (for the console). */
  onRetry?: (attempt: number, failure: SendFailure, error: unknown) => void;
}

/** Thrown when every attempt failed to reach the background (or it was invalidated). */
export class BackgroundUnreachable extends Error {
  constructor(
    readonly failure: SendFailure,
    readonly attempts: number,
    options: { cause: unknown },
  ) {
    super(`The background did not answer after ${attempts} attempt(s) (${failure}).`, options);
    this.name = 'BackgroundUnreachable';
  }
}

/** A missing reply: the listener went away without answering (Chrome resolves with undefined then). */
export class NoReply extends Error {
  constructor() {
    super('The message channel closed before a response was received (no reply).');
    this.name = 'NoReply';
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `send` until it resolves with a reply, retrying connection failures as described above.
 * A reply (even a failure reply of the background) ends the loop: the background answered.
 * Errors that are not connection failures are thrown as they are.
 */
export async function sendWithRetry<T>(send: () => Promise<T | undefined>, options: RetryOptions): Promise<T> {
  const delays = options.delays ?? RETRY_DELAYS_MS;
  const sleep = options.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    let failure: SendFailure;
    let cause: unknown;
    try {
      const reply = await send();
      if (reply !== undefined) return reply;
      failure = 'cut-off';
      cause = new NoReply();
    } catch (error) {
      failure = classifySendError(error);
      cause = error;
    }
    if (failure === 'other') throw cause;
    const retryable = failure === 'not-delivered' || (failure === 'cut-off' && options.idempotent);
    if (!retryable || attempt >= delays.length) throw new BackgroundUnreachable(failure, attempt + 1, { cause });
    options.onRetry?.(attempt + 1, failure, cause);
    await sleep(delays[attempt]);
  }
}

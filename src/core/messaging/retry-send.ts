/**
 * Sending a message to a background that may be asleep, starting or stopping (a Chrome service
 * worker is stopped after 30 s idle or at any time by the browser; a Firefox event page is
 * terminated the same way). The browser wakes the background for the next message, but a
 * message sent while it stops or starts fails with a connection error. Such a failure is not an
 * answer: the call is sent again — each send is one more wake-up of the background — until the
 * background answers or a number of sends is used up (docs/architecture/save-protocol.md).
 *
 * The budget is a count of sends, not a time: on a loaded machine a background takes longer to
 * start and every attempt takes longer to fail, so a fixed time (the old 12.75 s) ran out while
 * the background was still waking and a save that would have been stored was given up.
 *
 * Two kinds of connection failure, because only one of them proves nothing was done:
 * - not delivered ("Could not establish connection. Receiving end does not exist."): no listener
 *   received the message, so any call may be sent again;
 * - cut off (the channel or port closed before the answer, the reply is missing, or no answer
 *   came within `attemptTimeoutMs`): the background may have acted before it went away, so only
 *   an idempotent call (same id, same result) is sent again.
 * An extension that was reloaded, updated or removed under the page ("Extension context
 * invalidated") will never answer this page again: no retry. A failure of no known kind (a
 * browser's internal error while the background restarts, or a bug) is sent again only for an
 * idempotent call and only a few times, then thrown as it is.
 */

export type SendFailure = 'not-delivered' | 'cut-off' | 'invalidated' | 'other';

const NOT_DELIVERED = /Could not establish connection|Receiving end does not exist/i;
const INVALIDATED = /Extension context invalidated|extension context was invalidated/i;
const CUT_OFF =
  /message (channel|port) (is )?closed|before a response was received|Message manager disconnected|Conduits?\b.*(closed|destroyed)|destroyed before|context unloaded|Actor .* destroyed|Promise resolved while context is inactive/i;

/** What a rejection of `runtime.sendMessage` means for a retry. */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof NoAnswerYet || error instanceof NoReply) return 'cut-off';
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (INVALIDATED.test(message)) return 'invalidated';
  if (NOT_DELIVERED.test(message)) return 'not-delivered';
  if (CUT_OFF.test(message)) return 'cut-off';
  return 'other';
}

export interface RetryPolicy {
  /** Sends in all, the first one included. */
  sends: number;
  /** The pause before the second send; each further pause doubles, up to `longestPauseMs`. */
  firstPauseMs: number;
  longestPauseMs: number;
  /** Of those, at most this many end in a failure of no known kind ('other'). */
  otherSends: number;
  /**
   * An idempotent call not answered after this long is sent again (a message to a background
   * that was stopped while starting can stay unanswered); the earlier sends are still listened
   * to and the first answer of any of them is taken. 0: wait for each send as long as it takes.
   */
  attemptTimeoutMs: number;
}

/**
 * 24 sends with pauses of 50 ms doubling up to 2 s: 37 s of pauses at the least, and more on a
 * loaded machine, where each send also takes longer to fail. In the e2e runs (the background
 * stopped after every third of 100 saves) the most any save needed was 8 sends, under load 6.
 */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  sends: 24,
  firstPauseMs: 50,
  longestPauseMs: 2000,
  otherSends: 3,
  attemptTimeoutMs: 20_000,
};

/** The pause before send `n + 1` (n ≥ 1 sends done). */
export function pauseBefore(policy: RetryPolicy, sendsDone: number): number {
  return Math.min(policy.longestPauseMs, policy.firstPauseMs * 2 ** (sendsDone - 1));
}

export interface RetryOptions {
  /** The call gives the same result when it is done twice (a save with the client's id, a read). */
  idempotent: boolean;
  policy?: Partial<RetryPolicy>;
  /** Told of each failed send that will be sent again (for the console): the next send's number. */
  onRetry?: (nextSend: number, failure: SendFailure, error: unknown) => void;
}

/** Thrown when every send failed to reach the background (or it was invalidated). */
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

/** A send that was not answered within the attempt timeout (it may still be answered). */
export class NoAnswerYet extends Error {
  constructor(ms: number) {
    super(`No answer within ${ms} ms.`);
    this.name = 'NoAnswerYet';
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `send` until one send resolves with a reply, retrying connection failures as described
 * above. A reply (even a failure reply of the background) ends the loop: the background
 * answered. Errors that are not connection failures are thrown as they are once retried enough.
 */
export async function sendWithRetry<T>(send: () => Promise<T | undefined>, options: RetryOptions): Promise<T> {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const timeout = options.idempotent ? policy.attemptTimeoutMs : 0;
  // A send that timed out stays in the race: its late answer is as good as a new one's.
  let lateAnswer: ((reply: T) => void) | undefined;
  const late = new Promise<T>((resolve) => (lateAnswer = resolve));
  let answered = false;
  let others = 0;
  for (let sent = 1; ; sent++) {
    let failure: SendFailure;
    let cause: unknown;
    try {
      const reply = await attempt(send, timeout, late, (reply) => {
        if (!answered) lateAnswer?.(reply);
      });
      if (reply !== undefined) {
        answered = true;
        return reply;
      }
      cause = new NoReply();
    } catch (error) {
      cause = error;
    }
    failure = classifySendError(cause);
    if (failure === 'other') {
      others++;
      if (!options.idempotent || others >= policy.otherSends || sent >= policy.sends) throw cause;
    } else {
      const retryable = failure === 'not-delivered' || (failure === 'cut-off' && options.idempotent);
      if (!retryable || sent >= policy.sends) throw new BackgroundUnreachable(failure, sent, { cause });
    }
    options.onRetry?.(sent + 1, failure, cause);
    const pause = pauseBefore(policy, sent);
    const lateReply = await Promise.race([wait(pause).then(() => undefined), late]);
    if (lateReply !== undefined) {
      answered = true;
      return lateReply;
    }
  }
}

/**
 * One send: its reply, or a rejection (its own, or NoAnswerYet after `timeout` ms, after which
 * a reply that still comes is handed to `onLate`). An earlier send's late answer also ends it.
 */
function attempt<T>(send: () => Promise<T | undefined>, timeout: number, late: Promise<T>, onLate: (reply: T) => void): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      fn();
    };
    let sending: Promise<T | undefined>;
    try {
      sending = send();
    } catch (error) {
      // A send that throws at once (no promise) is a rejection like any other.
      sending = Promise.reject(error);
    }
    sending.then(
      (reply) => {
        if (settled) {
          if (reply !== undefined) onLate(reply);
        } else settle(() => resolve(reply));
      },
      (error) => settle(() => reject(error)),
    );
    void late.then((reply) => settle(() => resolve(reply)));
    if (timeout > 0) timer = setTimeout(() => settle(() => reject(new NoAnswerYet(timeout))), timeout);
  });
}

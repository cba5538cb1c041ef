/**
 * Sending to a background that is asleep, starting or stopping: which failures are tried again,
 * for which calls, how often (a number of sends, not a time), and when the annotator gives up.
 * Timers are fake: the pauses are real setTimeout calls, so the tests advance the clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BackgroundUnreachable,
  classifySendError,
  DEFAULT_RETRY_POLICY,
  NoAnswerYet,
  pauseBefore,
  sendWithRetry,
} from '../../../src/core/messaging/retry-send';

const NOT_THERE = 'Could not establish connection. Receiving end does not exist.';
const CUT_OFF = 'The message port closed before a response was received.';

/** A send that fails with each of `errors` in turn (undefined = resolves without a reply), then answers. */
function flaky(errors: (string | undefined)[], answer: unknown = { ok: true }) {
  const sentAt: number[] = [];
  const send = async () => {
    const i = sentAt.length;
    sentAt.push(Date.now());
    if (i < errors.length) {
      if (errors[i] === undefined) return undefined;
      throw new Error(errors[i]);
    }
    return answer;
  };
  return { send, calls: () => sentAt.length, sentAt };
}

/** Runs the call to its end on the fake clock; resolves with its value or its error. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
  const start = Date.now();
  let outcome: { value?: T; error?: unknown } | undefined;
  promise.then(
    (value) => (outcome = { value }),
    (error: unknown) => (outcome = { error }),
  );
  for (let i = 0; i < 10_000 && !outcome; i++) await vi.advanceTimersByTimeAsync(10);
  if (!outcome) throw new Error('the call never settled');
  return { ...outcome, ms: Date.now() - start };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('classifySendError', () => {
  it('tells the failures of Chrome and Firefox apart', () => {
    expect(classifySendError(new Error(NOT_THERE))).toBe('not-delivered');
    expect(classifySendError(new Error(CUT_OFF))).toBe('cut-off');
    expect(
      classifySendError(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received')),
    ).toBe('cut-off');
    expect(classifySendError(new Error('Message manager disconnected'))).toBe('cut-off');
    expect(classifySendError(new Error("Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved"))).toBe('cut-off');
    expect(classifySendError(new NoAnswerYet(1000))).toBe('cut-off');
    expect(classifySendError(new Error('Extension context invalidated.'))).toBe('invalidated');
    expect(classifySendError(new TypeError('x is not a function'))).toBe('other');
    expect(classifySendError('Could not establish connection')).toBe('not-delivered');
  });
});

describe('the retry policy', () => {
  it('pauses 50 ms, doubling up to 2 s, for 24 sends: over half a minute before it gives up', () => {
    const pauses = Array.from({ length: DEFAULT_RETRY_POLICY.sends - 1 }, (_, i) => pauseBefore(DEFAULT_RETRY_POLICY, i + 1));
    expect(pauses.slice(0, 7)).toEqual([50, 100, 200, 400, 800, 1600, 2000]);
    expect(Math.max(...pauses)).toBe(2000);
    expect(pauses.reduce((a, b) => a + b, 0)).toBe(37_150);
  });
});

describe('sendWithRetry', () => {
  it('sends again while the background is not there, until it answers', async () => {
    const f = flaky([NOT_THERE, NOT_THERE]);
    const { value } = await settle(sendWithRetry(f.send, { idempotent: false }));
    expect(value).toEqual({ ok: true });
    expect(f.calls()).toBe(3);
    // The pauses in between: 50 ms, then 100 ms.
    expect([f.sentAt[1] - f.sentAt[0], f.sentAt[2] - f.sentAt[1]]).toEqual([50, 100]);
  });

  it('counts sends, not time: a send that takes long to fail does not use up the budget', async () => {
    // On a loaded machine each failed send takes seconds; 20 of them are far past the old 12.75 s.
    let calls = 0;
    const send = () =>
      new Promise<{ ok: true }>((resolve, reject) => {
        const i = calls++;
        setTimeout(() => (i < 20 ? reject(new Error(NOT_THERE)) : resolve({ ok: true })), 3000);
      });
    const { value, ms } = await settle(sendWithRetry(send, { idempotent: true }));
    expect(value).toEqual({ ok: true });
    expect(calls).toBe(21);
    expect(ms).toBeGreaterThan(60_000);
  });

  it('gives up after the last send, saying how often it tried', async () => {
    const f = flaky(Array(100).fill(NOT_THERE));
    const { error } = await settle(sendWithRetry(f.send, { idempotent: true }));
    expect(error).toBeInstanceOf(BackgroundUnreachable);
    expect((error as BackgroundUnreachable).attempts).toBe(24);
    expect(f.calls()).toBe(24);
    const smaller = flaky(Array(10).fill(NOT_THERE));
    const second = await settle(sendWithRetry(smaller.send, { idempotent: true, policy: { sends: 4 } }));
    expect((second.error as BackgroundUnreachable).attempts).toBe(4);
    expect(smaller.calls()).toBe(4);
  });

  it('sends an idempotent call again when the answer was cut off or missing', async () => {
    const f = flaky([CUT_OFF, undefined]);
    const { value } = await settle(sendWithRetry(f.send, { idempotent: true }));
    expect(value).toEqual({ ok: true });
    expect(f.calls()).toBe(3);
  });

  it('does not send a call that is not idempotent again once it may have been done', async () => {
    const f = flaky([CUT_OFF]);
    const { error } = await settle(sendWithRetry(f.send, { idempotent: false }));
    expect(error).toBeInstanceOf(BackgroundUnreachable);
    expect((error as BackgroundUnreachable).failure).toBe('cut-off');
    expect(f.calls()).toBe(1);
  });

  it('never retries an extension that was reloaded under the page', async () => {
    const gone = flaky(['Extension context invalidated.']);
    const { error } = await settle(sendWithRetry(gone.send, { idempotent: true }));
    expect(error).toBeInstanceOf(BackgroundUnreachable);
    expect(gone.calls()).toBe(1);
  });

  it('retries a failure of no known kind a few times for an idempotent call, then throws it as it is', async () => {
    const once = flaky(['An unexpected error occurred']);
    expect((await settle(sendWithRetry(once.send, { idempotent: true }))).value).toEqual({ ok: true });
    expect(once.calls()).toBe(2);
    const bug = flaky(Array(10).fill('x is not a function'));
    const { error } = await settle(sendWithRetry(bug.send, { idempotent: true }));
    expect((error as Error).message).toBe('x is not a function');
    expect(bug.calls()).toBe(DEFAULT_RETRY_POLICY.otherSends);
    const notIdempotent = flaky(['An unexpected error occurred']);
    expect((await settle(sendWithRetry(notIdempotent.send, { idempotent: false }))).error).toBeInstanceOf(Error);
    expect(notIdempotent.calls()).toBe(1);
  });

  it('sends an idempotent call again when no answer comes, and takes the first answer of any send', async () => {
    // The first send was taken by a background stopped while starting: it answers only much later.
    const resolvers: ((v: { ok: true; n: number }) => void)[] = [];
    const send = () => new Promise<{ ok: true; n: number }>((resolve) => resolvers.push(resolve));
    const call = sendWithRetry(send, { idempotent: true, policy: { attemptTimeoutMs: 1000 } });
    await vi.advanceTimersByTimeAsync(1000 + 50 + 1);
    expect(resolvers.length).toBe(2);
    resolvers[0]({ ok: true, n: 0 });
    const { value } = await settle(call);
    expect(value).toEqual({ ok: true, n: 0 });
    // No further send after the answer.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(resolvers.length).toBe(2);
  });

  it('waits as long as it takes for a call that is not idempotent', async () => {
    let resolve: (v: { ok: true }) => void = () => undefined;
    let calls = 0;
    const send = () => new Promise<{ ok: true }>((r) => ((resolve = r), calls++));
    const call = sendWithRetry(send, { idempotent: false, policy: { attemptTimeoutMs: 1000 } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(1);
    resolve({ ok: true });
    expect((await settle(call)).value).toEqual({ ok: true });
  });

  it('takes a failure reply as an answer (the background is there)', async () => {
    const reply = { ok: false, error: { code: 'InvalidMessage' } };
    const f = flaky([], reply);
    expect((await settle(sendWithRetry(f.send, { idempotent: true }))).value).toBe(reply);
    expect(f.calls()).toBe(1);
  });

  it('tells each resend with the number of the send to come', async () => {
    const told: [number, string][] = [];
    const f = flaky([NOT_THERE, CUT_OFF]);
    await settle(sendWithRetry(f.send, { idempotent: true, onRetry: (n, failure) => told.push([n, failure]) }));
    expect(told).toEqual([
      [2, 'not-delivered'],
      [3, 'cut-off'],
    ]);
  });
});

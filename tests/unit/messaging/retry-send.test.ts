/**
 * Sending to a background that is asleep, starting or stopping: which failures are tried again,
 * for which calls, and when the annotator gives up.
 */
import { describe, expect, it } from 'vitest';
import { BackgroundUnreachable, classifySendError, sendWithRetry } from '../../../src/core/messaging/retry-send';

const noSleep = async () => undefined;

/** A send that fails with each of `errors` in turn (undefined = resolves without a reply), then answers. */
function flaky(errors: (string | undefined)[], answer = { ok: true }) {
  let calls = 0;
  const send = async () => {
    const i = calls++;
    if (i < errors.length) {
      if (errors[i] === undefined) return undefined;
      throw new Error(errors[i]);
    }
    return answer;
  };
  return { send, calls: () => calls };
}

describe('classifySendError', () => {
  it('tells the failures of Chrome and Firefox apart', () => {
    expect(classifySendError(new Error('Could not establish connection. Receiving end does not exist.'))).toBe('not-delivered');
    expect(classifySendError(new Error('The message port closed before a response was received.'))).toBe('cut-off');
    expect(
      classifySendError(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received')),
    ).toBe('cut-off');
    expect(classifySendError(new Error('Message manager disconnected'))).toBe('cut-off');
    expect(classifySendError(new Error("Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved"))).toBe('cut-off');
    expect(classifySendError(new Error('Extension context invalidated.'))).toBe('invalidated');
    expect(classifySendError(new TypeError('x is not a function'))).toBe('other');
    expect(classifySendError('Could not establish connection')).toBe('not-delivered');
  });
});

describe('sendWithRetry', () => {
  it('sends again while the background is not there, until it answers', async () => {
    const f = flaky(['Could not establish connection. Receiving end does not exist.', 'Could not establish connection.']);
    const slept: number[] = [];
    await expect(sendWithRetry(f.send, { idempotent: false, sleep: async (ms) => void slept.push(ms), delays: [10, 20, 40] })).resolves.toEqual({ ok: true });
    expect(f.calls()).toBe(3);
    expect(slept).toEqual([10, 20]);
  });

  it('sends an idempotent call again when the answer was cut off or missing', async () => {
    const f = flaky(['The message port closed before a response was received.', undefined]);
    await expect(sendWithRetry(f.send, { idempotent: true, sleep: noSleep })).resolves.toEqual({ ok: true });
    expect(f.calls()).toBe(3);
  });

  it('does not send a call that is not idempotent again once it may have been done', async () => {
    const f = flaky(['The message port closed before a response was received.']);
    const error = await sendWithRetry(f.send, { idempotent: false, sleep: noSleep }).catch((e) => e);
    expect(error).toBeInstanceOf(BackgroundUnreachable);
    expect((error as BackgroundUnreachable).failure).toBe('cut-off');
    expect(f.calls()).toBe(1);
  });

  it('gives up after the last pause, saying how often it tried', async () => {
    const f = flaky(Array(10).fill('Could not establish connection.'));
    const error = await sendWithRetry(f.send, { idempotent: true, sleep: noSleep, delays: [1, 1, 1] }).catch((e) => e);
    expect(error).toBeInstanceOf(BackgroundUnreachable);
    expect((error as BackgroundUnreachable).attempts).toBe(4);
    expect(f.calls()).toBe(4);
  });

  it('never retries an extension that was reloaded under the page, nor a plain bug', async () => {
    const gone = flaky(['Extension context invalidated.']);
    await expect(sendWithRetry(gone.send, { idempotent: true, sleep: noSleep })).rejects.toBeInstanceOf(BackgroundUnreachable);
    expect(gone.calls()).toBe(1);
    const bug = flaky(['x is not a function']);
    await expect(sendWithRetry(bug.send, { idempotent: true, sleep: noSleep })).rejects.toThrow('x is not a function');
    expect(bug.calls()).toBe(1);
  });

  it('takes a failure reply as an answer (the background is there)', async () => {
    const reply = { ok: false, error: { code: 'InvalidMessage' } };
    const f = flaky([], reply as never);
    await expect(sendWithRetry(f.send, { idempotent: true, sleep: noSleep })).resolves.toBe(reply);
    expect(f.calls()).toBe(1);
  });

  it('pauses about 13 s in all by default, longer than a background takes to wake', async () => {
    const f = flaky(Array(20).fill('Could not establish connection.'));
    let total = 0;
    await sendWithRetry(f.send, { idempotent: true, sleep: async (ms) => void (total += ms) }).catch(() => undefined);
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(total).toBeLessThanOrEqual(15_000);
  });
});

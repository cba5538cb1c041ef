import type { Page } from 'playwright-core';

/**
 * Resolves with the startTime of the first performance mark `name` after `after` (ms), polling
 * each frame in the page; rejects after `timeoutMs`.
 */
export function waitForMark(page: Page, name: string, after: number, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ([n, t, wait]: readonly [string, number, number]) =>
      new Promise<number>((resolve, reject) => {
        const limit = performance.now() + wait;
        const poll = () => {
          const mark = performance.getEntriesByName(n).find((m) => m.startTime > t);
          if (mark) resolve(mark.startTime);
          else if (performance.now() > limit) reject(new Error(`no ${n} mark`));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    [name, after, timeoutMs] as const,
  );
}

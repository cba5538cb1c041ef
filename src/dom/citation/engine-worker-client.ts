/**
 * Talks to the citation engine worker (citation/engine-worker.js): one worker, started on the
 * first request and kept, so its compiled engines are reused. Requests are answered in any
 * order by id; a worker that dies fails what is pending and is started again next time.
 */
import type { EngineRequest } from '../../core/citation/engine-cache';

/** What the worker posts back for request `id`. */
export type EngineReply = { id: number; ok: true; value: string[] } | { id: number; ok: false; error: string };

/** Renders engine requests in the worker at `url`. */
export function workerEngines(url: string): (request: EngineRequest) => Promise<string[]> {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (v: string[]) => void; reject: (e: Error) => void }>();
  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(url);
    w.onmessage = (event: MessageEvent<EngineReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      worker = undefined;
      w.terminate();
      failAll(`the citation engine stopped: ${event.message || 'unknown error'}`);
    };
    return w;
  };
  return (request) =>
    new Promise<string[]>((resolve, reject) => {
      worker ??= start();
      const id = ++next;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
}

/**
 * The citation engine worker: citeproc-js with the shipped CSL styles and locales (fetched from
 * the extension's own csl/ folder), one compiled engine per style kept for the worker's life.
 * It runs in a dedicated worker so that building an engine (seconds for APA or Chicago) never
 * blocks a page; on Chrome an offscreen document hosts it (a service worker cannot start one),
 * on Firefox the background page does.
 */
import { localeFile } from '../src/core/citation/bundled-styles';
import { CitationEngines, type EngineRequest } from '../src/core/citation/engine-cache';
import type { EngineReply } from '../src/dom/citation/engine-worker-client';

const csl = new URL('../csl/', self.location.href);

async function fetchText(path: string): Promise<string> {
  const response = await fetch(new URL(path, csl));
  if (!response.ok) throw new Error(`cannot read csl/${path} (${response.status})`);
  return response.text();
}

const engines = new CitationEngines({
  // File names come from the bundled list or the stored style, never a path with "..".
  styleFile: (file) => fetchText(`styles/${encodeURIComponent(file)}`),
  localeFile: (locale) => fetchText(`locales/${localeFile(locale)}`),
});

self.onmessage = (event: MessageEvent<{ id: number; request: EngineRequest }>) => {
  const { id, request } = event.data;
  engines.render(request).then(
    (value) => self.postMessage({ id, ok: true, value } satisfies EngineReply),
    (error: unknown) => self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies EngineReply),
  );
};

/**
 * Parses HTML into a jsdom window for the CLI and the benchmark, quietly. jsdom's CSS parser
 * (cssstyle) can throw on some real stylesheets and takes the parse down with it; styles play
 * no part in detection, so such a page is parsed again with its <style> blocks removed.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** Parses a page; `url` becomes document.URL when given. */
export function parseHtmlDocument(html: string, url?: string): JSDOM {
  const virtualConsole = new VirtualConsole();
  const options = url ? { url, virtualConsole } : { virtualConsole };
  try {
    return new JSDOM(html, options);
  } catch {
    return new JSDOM(html.replace(/<style\b[\s\S]*?<\/style>/giu, ''), options);
  }
}

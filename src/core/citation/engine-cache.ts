/**
 * The engines of a citation host (the extension's engine worker, the command line, tests):
 * one compiled `StyleEngine` per style, locale and output format, built on first use and kept,
 * because building one costs up to seconds (APA, Chicago) while rendering with it costs
 * milliseconds. Pure: the style and locale files come from the `CslSource` the host gives.
 */
import { CITATION_LOCALES, type CitationLocale } from './bundled-styles';
import type { CslItem } from './csl-item';
import { StyleEngine } from './render-citations';

/** A style as a host loads it: a bundled file under csl/styles/, or the reader's own XML. `key` names it in the cache. */
export type LoadableStyle = { key: string; file: string } | { key: string; xml: string };

/** What can be asked of the engines. */
export type CitationKind =
  /** The reference list in the style's order and numbering. */
  | 'bibliography'
  /** Each item's reference alone (no "[1]"), in the items' order. */
  | 'references'
  /** Each item's in-text citation or note alone. */
  | 'citations';

/** One rendering job. */
export interface EngineRequest {
  style: LoadableStyle;
  locale?: CitationLocale;
  format: 'text' | 'html';
  kind: CitationKind;
  items: CslItem[];
}

/** Where a host reads the shipped files from (fetch in the extension, fs in Node). */
export interface CslSource {
  styleFile(file: string): Promise<string>;
  localeFile(locale: CitationLocale): Promise<string>;
}

/** How many compiled styles are kept (a compiled APA engine holds a few MB). */
const KEEP_ENGINES = 6;

export class CitationEngines {
  private readonly engines = new Map<string, Promise<StyleEngine>>();
  private locales?: Promise<Record<CitationLocale, string>>;

  constructor(private readonly source: CslSource) {}

  private allLocales(): Promise<Record<CitationLocale, string>> {
    // citeproc-js asks for locales synchronously while it builds, so all are read first.
    this.locales ??= Promise.all(CITATION_LOCALES.map((l) => this.source.localeFile(l))).then(
      (texts) => Object.fromEntries(CITATION_LOCALES.map((l, i) => [l, texts[i]])) as Record<CitationLocale, string>,
    );
    return this.locales;
  }

  /** The engine for a style, locale and format: the kept one, or a new one. */
  engine(style: LoadableStyle, locale: CitationLocale | undefined, format: 'text' | 'html'): Promise<StyleEngine> {
    const key = `${style.key}\u0000${locale ?? ''}\u0000${format}`;
    const kept = this.engines.get(key);
    if (kept) {
      // Most recently used last, so the oldest is dropped first.
      this.engines.delete(key);
      this.engines.set(key, kept);
      return kept;
    }
    const made = (async () => {
      const styleXml = 'xml' in style ? style.xml : await this.source.styleFile(style.file);
      return new StyleEngine({ styleXml, locales: await this.allLocales(), locale, format });
    })();
    // A style that failed to build is not kept: the next request tries again.
    made.catch(() => {
      if (this.engines.get(key) === made) this.engines.delete(key);
    });
    this.engines.set(key, made);
    while (this.engines.size > KEEP_ENGINES) this.engines.delete(this.engines.keys().next().value!);
    return made;
  }

  /** Renders one request; an empty item list only builds (warms) the engine. */
  async render(request: EngineRequest): Promise<string[]> {
    const engine = await this.engine(request.style, request.locale, request.format);
    switch (request.kind) {
      case 'bibliography': {
        const list = engine.bibliography(request.items);
        // A note-only style has no bibliography: its notes stand in for one.
        return list.length || !request.items.length ? list : engine.citations(request.items);
      }
      case 'references':
        return request.items.map((item) => engine.reference(item));
      case 'citations':
        return engine.citations(request.items);
    }
  }
}

/**
 * The citation engine: citeproc-js (CPAL-1.0) over CSL-JSON items. Pure: the style and
 * locale XML come in as strings (from csl/ via fetch in the extension, via fs in the CLI and
 * tests), nothing is read from the network or the clock.
 *
 * Building a citeproc engine is the slow part (the style is parsed and compiled: APA and
 * Chicago take seconds, GB/T a tenth of one), rendering then takes milliseconds, so a
 * `StyleEngine` is built once per style and reused for any items (engine-cache.ts keeps them).
 */
import CSL from 'citeproc';
import type { CitationLocale } from './bundled-styles';
import type { CslItem } from './csl-item';

/** What the engine needs besides the items. */
export interface EngineInput {
  /** The CSL style file's text. */
  styleXml: string;
  /** Locale files by locale; en-US must be there (CSL's fallback). */
  locales: Partial<Record<CitationLocale, string>>;
  /** The locale to write in; default the style's own default-locale, else en-US. */
  locale?: CitationLocale;
  /** 'text' for the clipboard and .txt lists, 'html' for the printable page (citeproc escapes it). */
  format?: 'text' | 'html';
}

/** One compiled style, reusable for any set of items. */
export class StyleEngine {
  private readonly engine: InstanceType<typeof CSL.Engine>;
  private byId = new Map<string, CslItem>();

  constructor(input: EngineInput) {
    const sys = {
      retrieveLocale: (lang: string): string => {
        const exact = input.locales[lang as CitationLocale];
        if (exact) return exact;
        if (lang.startsWith('zh') && input.locales['zh-CN']) return input.locales['zh-CN'];
        return input.locales['en-US'] ?? '';
      },
      // citeproc-js changes the items it gets, so it is given copies.
      retrieveItem: (id: string): unknown => structuredClone(this.byId.get(id)),
    };
    this.engine = new CSL.Engine(sys, input.styleXml, input.locale, input.locale !== undefined);
    this.engine.setOutputFormat(input.format ?? 'text');
  }

  /** Makes `items` the engine's whole registry. An item whose id it knew is read again (a corrected article). */
  private load(items: CslItem[]): void {
    this.engine.updateItems([]);
    this.byId = new Map(items.map((item) => [item.id, item]));
    this.engine.updateItems(items.map((i) => i.id));
  }

  /**
   * The reference list of the items, in the order and numbering the style prescribes (APA, MLA
   * and Chicago sort alphabetically; GB/T numeric keeps citation order and numbers [1], [2]…).
   * One string per entry, without the trailing newline. An empty list for a style that has no
   * bibliography (a note-only style): use `citations` then.
   */
  bibliography(items: CslItem[]): string[] {
    if (!items.length) return [];
    this.load(items);
    const result = this.engine.makeBibliography();
    if (!result) return [];
    return result[1].map((entry) => entry.replace(/\s+$/, ''));
  }

  /** One citation (an in-text citation or a note, as the style defines it) for each item alone. */
  citations(items: CslItem[]): string[] {
    if (!items.length) return [];
    this.load(items);
    return items.map((item) => this.engine.makeCitationCluster([{ id: item.id }]));
  }

  /**
   * The reference for one item, as copy-with-citation puts it under a quote: the bibliography
   * entry without a numeric label ("[1] "), or the note form for a style without a bibliography.
   */
  reference(item: CslItem): string {
    const [entry] = this.bibliography([item]);
    if (entry !== undefined) return entry.replace(/^\[1\]\s*/, '');
    return this.citations([item])[0] ?? '';
  }
}

/** The reference list of the items in one style (builds an engine; keep a StyleEngine to render often). */
export function renderBibliography(items: CslItem[], input: EngineInput): string[] {
  return items.length ? new StyleEngine(input).bibliography(items) : [];
}

/** One citation for each item alone (builds an engine). */
export function renderCitations(items: CslItem[], input: EngineInput): string[] {
  return items.length ? new StyleEngine(input).citations(items) : [];
}

/** The reference for one item (builds an engine). */
export function renderReference(item: CslItem, input: EngineInput): string {
  return new StyleEngine(input).reference(item);
}

/**
 * The citation engine: citeproc-js (CPAL-1.0) over CSL-JSON items. Pure: the style and
 * locale XML come in as strings (from csl/ via fetch in the extension, via fs in the CLI and
 * tests), nothing is read from the network or the clock.
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

function engineFor(items: CslItem[], input: EngineInput): InstanceType<typeof CSL.Engine> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const sys = {
    retrieveLocale: (lang: string): string => {
      const exact = input.locales[lang as CitationLocale];
      if (exact) return exact;
      if (lang.startsWith('zh') && input.locales['zh-CN']) return input.locales['zh-CN'];
      return input.locales['en-US'] ?? '';
    },
    // citeproc-js changes the items it gets, so it is given copies.
    retrieveItem: (id: string): unknown => structuredClone(byId.get(id)),
  };
  const engine = new CSL.Engine(sys, input.styleXml, input.locale, input.locale !== undefined);
  engine.setOutputFormat(input.format ?? 'text');
  return engine;
}

/**
 * The reference list of the items, in the order and numbering the style prescribes (APA, MLA
 * and Chicago sort alphabetically; GB/T numeric keeps citation order and numbers [1], [2]…).
 * One string per entry, without the trailing newline. An empty list for a style that has no
 * bibliography (a note-only style): use `renderCitations` then.
 */
export function renderBibliography(items: CslItem[], input: EngineInput): string[] {
  if (!items.length) return [];
  const engine = engineFor(items, input);
  engine.updateItems(items.map((i) => i.id));
  const result = engine.makeBibliography();
  if (!result) return [];
  return result[1].map((entry) => entry.replace(/\s+$/, ''));
}

/** One citation (an in-text citation or a note, as the style defines it) for each item alone. */
export function renderCitations(items: CslItem[], input: EngineInput): string[] {
  if (!items.length) return [];
  const engine = engineFor(items, input);
  engine.updateItems(items.map((i) => i.id));
  return items.map((item) => engine.makeCitationCluster([{ id: item.id }]));
}

/**
 * The reference for one item, as copy-with-citation puts it under a quote: the bibliography
 * entry without a numeric label ("[1] "), or the note form for a style without a bibliography.
 */
export function renderReference(item: CslItem, input: EngineInput): string {
  const [entry] = renderBibliography([item], input);
  if (entry !== undefined) return entry.replace(/^\[1\]\s*/, '');
  return renderCitations([item], input)[0] ?? '';
}

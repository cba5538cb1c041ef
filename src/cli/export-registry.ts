/**
 * The formats the export command line knows, as a registry other parts add to
 * (`registerCliFormat`): every popup export format (the same `EXPORT_FORMATS` code) plus the
 * engine's reference lists (`references`, any CSL style). A format returns the text for
 * standard output; formats that make several files or binary output take `--out PATH`.
 */
import { BUNDLED_STYLES, bundledStyle, type CitationLocale } from '../core/citation/bundled-styles';
import type { CustomStyle } from '../core/citation/style-choice';
import type { ExportBundle } from '../core/export/export-bundle';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, streamExport } from '../core/export/export-formats';
import { nodeRenderCitations } from './node-citations';
import { readBundledStyle } from './read-csl';

/** What a command-line format is given. */
export interface CliExportOptions {
  /** The style id for formats that cite in the reader's style: a bundled id, or `custom`'s id for a .csl file. */
  style: string;
  /** The .csl file given with --style, checked. */
  custom: CustomStyle[];
  locale?: CitationLocale;
  /** For formats that write files instead of standard output. */
  out?: string;
}

/** One format of the command line. */
export interface CliFormat {
  id: string;
  description: string;
  /**
   * True when the format never writes the clipping book's image bytes (the text exports): the
   * backup is then read with the images checked but without their bytes. Unset, the bytes are kept
   * (a backup, the book's HTML and EPUB need them).
   */
  skipsImageBytes?: boolean;
  /** The text for standard output, as one string or as pieces written one after another (a large export is never one string). */
  run(bundle: ExportBundle, options: CliExportOptions): string | Iterable<string> | Promise<string | Iterable<string>>;
}

const FORMATS = new Map<string, CliFormat>();

/** Adds a format (e.g. book exports); a second format with one id is a programming error. */
export function registerCliFormat(format: CliFormat): void {
  if (FORMATS.has(format.id)) throw new Error(`export format ${format.id} is registered twice`);
  FORMATS.set(format.id, format);
}

/** The format with this id, if any. */
export const cliFormat = (id: string): CliFormat | undefined => FORMATS.get(id);

/** Every format id, in registration order. */
export const cliFormatIds = (): string[] => [...FORMATS.keys()];

/** The style ids --style accepts besides a .csl file. */
export const cliStyleIds = (): string[] => BUNDLED_STYLES.map((s) => s.id);

/** The XML of a bundled style by id, undefined for an unknown id. */
export function bundledStyleXml(id: string): string | undefined {
  const style = bundledStyle(id);
  return style ? readBundledStyle(style) : undefined;
}

for (const id of EXPORT_FORMAT_IDS) {
  const format = EXPORT_FORMATS[id];
  registerCliFormat({
    id,
    description: format.cites && !format.cites.style ? `${format.label} (--style, default GB/T 7714-2015)` : format.label,
    skipsImageBytes: id !== 'backup',
    run: async (bundle, options) => {
      const base = nodeRenderCitations(options.custom);
      const render = options.locale ? (r: Parameters<typeof base>[0]) => base({ ...r, locale: options.locale }) : base;
      const files = await streamExport(id, bundle, render, { citationStyle: options.style });
      return files.flatMap((file) => [...file.pieces]);
    },
  });
}

/**
 * The registry the popup calls: every export format with its label, file extension, MIME
 * type, a pure `stream(bundle, options)` that returns the files to download as pieces of text
 * (Obsidian returns one per article, every other format exactly one), and `build`, the same
 * files as whole strings. The large formats (CSV, Markdown, W3C, backup) come a record or an
 * article at a time, so the popup and the command line never hold the whole file as one string.
 */
import { MAX_REQUEST_ITEMS, type RenderCitations } from '../citation/citation-request';
import { cslItem } from '../citation/csl-item';
import type { CitationKind } from '../citation/engine-cache';
import { DEFAULT_STYLE_ID } from '../citation/style-choice';
import { backupPieces } from './backup-format';
import { buildCitationList } from './citation-list';
import { fullCsvPieces, readwiseCsvPieces } from './csv-export';
import { groupHighlights, type ExportBundle, type ExportFile } from './export-bundle';
import { formatIsoDay, localDay } from './format-date';
import { buildHtml } from './html-export';
import { buildObsidian, markdownPieces } from './markdown-export';
import { joinPieces } from './pieces';
import { buildBiblatex, buildCslJson, buildRis } from './reference-exports';
import { w3cPieces } from './w3c-export';

/** The export format ids. */
export const EXPORT_FORMAT_IDS = [
  'markdown', 'obsidian', 'w3c', 'csv-readwise', 'csv-full', 'html', 'csl-json', 'biblatex', 'ris', 'zotero',
  'references', 'citation-gbt7714-2015', 'citation-gbt7714-2025', 'citation-apa', 'citation-mla', 'citation-chicago', 'backup',
] as const;

/** An export format id. */
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** Options of a build. */
export interface ExportOptions {
  /** The style of a format that cites in the reader's style; default settings.citationStyle, else GB/T 7714-2015. */
  citationStyle?: string;
  /**
   * What the citation engine rendered for a format with `cites`, one string per article group
   * (`references`) or per entry (`bibliography`); `buildExport` fills it in.
   */
  citations?: string[];
}

/** What a format needs from the citation engine before it can build. */
export interface CitationNeed {
  kind: Extract<CitationKind, 'bibliography' | 'references'>;
  format: 'text' | 'html';
  /** A fixed style; without it, the reader's. */
  style?: string;
}

/** One file of an export as pieces of text, to be streamed (joined, they are its content). */
export interface StreamedFile {
  filename: string;
  mimeType: string;
  pieces: Iterable<string>;
}

/** One format of the registry. */
export interface ExportFormat {
  label: string;
  /** Without the dot. */
  extension: string;
  mimeType: string;
  /** Added to the file name so two formats with one extension do not collide ("jianbao-2026-11-29-full.csv"). */
  nameSuffix: string;
  /** Set for formats that carry citations: `buildExport` renders them with the engine first. */
  cites?: CitationNeed;
  /** The files, each as pieces; each piece is made when it is asked for. */
  stream(bundle: ExportBundle, options?: ExportOptions): StreamedFile[];
  /** The files as whole strings (the same pieces joined). */
  build(bundle: ExportBundle, options?: ExportOptions): ExportFile[];
}

/** The registry entry of a format made as whole files (small ones: one file per article). */
function wholeFiles(spec: Omit<ExportFormat, 'stream' | 'build'>, build: ExportFormat['build']): ExportFormat {
  return { ...spec, build, stream: (bundle, options) => build(bundle, options).map(({ content, ...file }) => ({ ...file, pieces: [content] })) };
}

type Spec = Omit<ExportFormat, 'build' | 'stream'> & (
  | { render(bundle: ExportBundle, options?: ExportOptions): string }
  | { pieces(bundle: ExportBundle, options?: ExportOptions): Iterable<string> }
);

function single(id: ExportFormatId, spec: Spec): ExportFormat {
  const pieces = 'pieces' in spec ? spec.pieces : (bundle: ExportBundle, options?: ExportOptions) => [spec.render(bundle, options)];
  const stream = (bundle: ExportBundle, options?: ExportOptions): StreamedFile[] => [
    { filename: fileNameFor(id, bundle.exportedAt), mimeType: spec.mimeType, pieces: pieces(bundle, options) },
  ];
  return {
    label: spec.label,
    extension: spec.extension,
    mimeType: spec.mimeType,
    nameSuffix: spec.nameSuffix,
    ...(spec.cites ? { cites: spec.cites } : {}),
    stream,
    build: (bundle, options) => stream(bundle, options).map(({ pieces: p, ...file }) => ({ ...file, content: joinPieces(p) })),
  };
}

const TEXT = 'text/plain;charset=utf-8';

function citationFormat(id: ExportFormatId, label: string, style?: string): ExportFormat {
  return single(id, {
    label,
    extension: 'txt',
    mimeType: TEXT,
    nameSuffix: `-${style ?? 'references'}`,
    cites: { kind: 'bibliography', format: 'text', ...(style ? { style } : {}) },
    render: (_b, o) => buildCitationList(o?.citations ?? []),
  });
}

/** Every export format, by id. */
export const EXPORT_FORMATS: Record<ExportFormatId, ExportFormat> = {
  markdown: single('markdown', { label: 'Markdown', extension: 'md', mimeType: 'text/markdown;charset=utf-8', nameSuffix: '', pieces: markdownPieces }),
  obsidian: wholeFiles(
    { label: 'Obsidian (one file per article)', extension: 'md', mimeType: 'text/markdown;charset=utf-8', nameSuffix: '' },
    (bundle) => buildObsidian(bundle),
  ),
  w3c: single('w3c', { label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', nameSuffix: '', pieces: w3cPieces }),
  'csv-readwise': single('csv-readwise', { label: 'CSV for Readwise', extension: 'csv', mimeType: 'text/csv;charset=utf-8', nameSuffix: '-readwise', pieces: readwiseCsvPieces }),
  'csv-full': single('csv-full', { label: 'CSV (all fields)', extension: 'csv', mimeType: 'text/csv;charset=utf-8', nameSuffix: '-full', pieces: fullCsvPieces }),
  html: single('html', { label: 'Printable page (HTML)', extension: 'html', mimeType: 'text/html;charset=utf-8', nameSuffix: '', cites: { kind: 'references', format: 'text' }, render: (b, o) => buildHtml(b, o?.citations) }),
  'csl-json': single('csl-json', { label: 'CSL-JSON (Zotero, Pandoc)', extension: 'json', mimeType: 'application/vnd.citationstyles.csl+json', nameSuffix: '-csl', render: buildCslJson }),
  biblatex: single('biblatex', { label: 'BibLaTeX', extension: 'bib', mimeType: 'application/x-bibtex;charset=utf-8', nameSuffix: '', render: buildBiblatex }),
  ris: single('ris', { label: 'RIS (EndNote, Zotero)', extension: 'ris', mimeType: 'application/x-research-info-systems', nameSuffix: '', render: buildRis }),
  // "Send to Zotero" without network: Zotero's File → Import… takes RIS and makes each N1 (a
  // highlight with its note and tags) a child note of the article's item.
  zotero: single('zotero', { label: 'Send to Zotero (RIS, highlights as child notes)', extension: 'ris', mimeType: 'application/x-research-info-systems', nameSuffix: '-zotero', render: buildRis }),
  references: citationFormat('references', 'References, my citation style'),
  'citation-gbt7714-2015': citationFormat('citation-gbt7714-2015', 'References, GB/T 7714-2015', 'gbt7714-2015'),
  'citation-gbt7714-2025': citationFormat('citation-gbt7714-2025', 'References, GB/T 7714-2025', 'gbt7714-2025'),
  'citation-apa': citationFormat('citation-apa', 'References, APA 7', 'apa'),
  'citation-mla': citationFormat('citation-mla', 'Works cited, MLA 9', 'mla'),
  'citation-chicago': citationFormat('citation-chicago', 'Bibliography, Chicago', 'chicago'),
  backup: single('backup', { label: 'Full backup (JSON)', extension: 'json', mimeType: 'application/json', nameSuffix: '-backup', pieces: backupPieces }),
};

/** The download name of a format on a day: "jianbao-2026-11-29.md", "jianbao-2026-11-29-full.csv". */
export function fileNameFor(format: ExportFormatId, date: Date): string {
  const { extension, nameSuffix } = EXPORT_FORMATS[format];
  return `jianbao-${formatIsoDay(localDay(date))}${nameSuffix}.${extension}`;
}

/**
 * A format's files as pieces to stream; a format that carries citations gets them from `render`
 * (the citation engine: the background's host in the extension, in-process in Node) first.
 */
export async function streamExport(id: ExportFormatId, bundle: ExportBundle, render: RenderCitations, options: ExportOptions = {}): Promise<StreamedFile[]> {
  return EXPORT_FORMATS[id].stream(bundle, await withCitations(id, bundle, render, options));
}

/** A format's files as whole strings, citations rendered first as for streamExport. */
export async function buildExport(id: ExportFormatId, bundle: ExportBundle, render: RenderCitations, options: ExportOptions = {}): Promise<ExportFile[]> {
  return EXPORT_FORMATS[id].build(bundle, await withCitations(id, bundle, render, options));
}

/** The build options with the engine's citations when the format carries them. */
async function withCitations(id: ExportFormatId, bundle: ExportBundle, render: RenderCitations, options: ExportOptions): Promise<ExportOptions> {
  const format = EXPORT_FORMATS[id];
  if (!format.cites) return options;
  const { kind, format: markup } = format.cites;
  const style = format.cites.style ?? options.citationStyle ?? bundle.settings?.citationStyle ?? DEFAULT_STYLE_ID;
  const items = groupHighlights(bundle).map((g) => cslItem(g.article));
  const citations: string[] = [];
  // Requests have a size limit; a reference list longer than one request is sorted per part.
  for (let i = 0; i < items.length; i += MAX_REQUEST_ITEMS) {
    citations.push(...(await render({ style, format: markup, kind, items: items.slice(i, i + MAX_REQUEST_ITEMS) })));
  }
  return { ...options, citations };
}

/**
 * The registry the popup calls: every export format with its label, file extension, MIME
 * type and a pure `build(bundle, options)` that returns the files to download (Obsidian
 * returns one per article, every other format exactly one).
 */
import { MAX_REQUEST_ITEMS, type RenderCitations } from '../citation/citation-request';
import { cslItem } from '../citation/csl-item';
import type { CitationKind } from '../citation/engine-cache';
import { DEFAULT_STYLE_ID } from '../citation/style-choice';
import { buildBackup } from './backup-format';
import { buildCitationList } from './citation-list';
import { buildFullCsv, buildReadwiseCsv } from './csv-export';
import { groupHighlights, type ExportBundle, type ExportFile } from './export-bundle';
import { formatIsoDay, localDay } from './format-date';
import { buildHtml } from './html-export';
import { buildMarkdown, buildObsidian } from './markdown-export';
import { buildBiblatex, buildCslJson, buildRis } from './reference-exports';
import { buildW3c } from './w3c-export';

/** The export format ids. */
export const EXPORT_FORMAT_IDS = [
  'markdown', 'obsidian', 'w3c', 'csv-readwise', 'csv-full', 'html', 'csl-json', 'biblatex', 'ris',
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
  build(bundle: ExportBundle, options?: ExportOptions): ExportFile[];
}

type Spec = Omit<ExportFormat, 'build'> & { render(bundle: ExportBundle, options?: ExportOptions): string };

function single(id: ExportFormatId, spec: Spec): ExportFormat {
  return {
    label: spec.label,
    extension: spec.extension,
    mimeType: spec.mimeType,
    nameSuffix: spec.nameSuffix,
    ...(spec.cites ? { cites: spec.cites } : {}),
    build: (bundle, options) => [
      { filename: fileNameFor(id, bundle.exportedAt), content: spec.render(bundle, options), mimeType: spec.mimeType },
    ],
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
  markdown: single('markdown', { label: 'Markdown', extension: 'md', mimeType: 'text/markdown;charset=utf-8', nameSuffix: '', render: buildMarkdown }),
  obsidian: {
    label: 'Obsidian (one file per article)',
    extension: 'md',
    mimeType: 'text/markdown;charset=utf-8',
    nameSuffix: '',
    build: (bundle) => buildObsidian(bundle),
  },
  w3c: single('w3c', { label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', nameSuffix: '', render: buildW3c }),
  'csv-readwise': single('csv-readwise', { label: 'CSV for Readwise', extension: 'csv', mimeType: 'text/csv;charset=utf-8', nameSuffix: '-readwise', render: buildReadwiseCsv }),
  'csv-full': single('csv-full', { label: 'CSV (all fields)', extension: 'csv', mimeType: 'text/csv;charset=utf-8', nameSuffix: '-full', render: buildFullCsv }),
  html: single('html', { label: 'Printable page (HTML)', extension: 'html', mimeType: 'text/html;charset=utf-8', nameSuffix: '', cites: { kind: 'references', format: 'text' }, render: (b, o) => buildHtml(b, o?.citations) }),
  'csl-json': single('csl-json', { label: 'CSL-JSON (Zotero, Pandoc)', extension: 'json', mimeType: 'application/vnd.citationstyles.csl+json', nameSuffix: '-csl', render: buildCslJson }),
  biblatex: single('biblatex', { label: 'BibLaTeX', extension: 'bib', mimeType: 'application/x-bibtex;charset=utf-8', nameSuffix: '', render: buildBiblatex }),
  ris: single('ris', { label: 'RIS (EndNote, Zotero)', extension: 'ris', mimeType: 'application/x-research-info-systems', nameSuffix: '', render: buildRis }),
  references: citationFormat('references', 'References, my citation style'),
  'citation-gbt7714-2015': citationFormat('citation-gbt7714-2015', 'References, GB/T 7714-2015', 'gbt7714-2015'),
  'citation-gbt7714-2025': citationFormat('citation-gbt7714-2025', 'References, GB/T 7714-2025', 'gbt7714-2025'),
  'citation-apa': citationFormat('citation-apa', 'References, APA 7', 'apa'),
  'citation-mla': citationFormat('citation-mla', 'Works cited, MLA 9', 'mla'),
  'citation-chicago': citationFormat('citation-chicago', 'Bibliography, Chicago', 'chicago'),
  backup: single('backup', { label: 'Full backup (JSON)', extension: 'json', mimeType: 'application/json', nameSuffix: '-backup', render: buildBackup }),
};

/** The download name of a format on a day: "jianbao-2026-11-29.md", "jianbao-2026-11-29-full.csv". */
export function fileNameFor(format: ExportFormatId, date: Date): string {
  const { extension, nameSuffix } = EXPORT_FORMATS[format];
  return `jianbao-${formatIsoDay(localDay(date))}${nameSuffix}.${extension}`;
}

/**
 * Builds a format's files; a format that carries citations gets them from `render` (the
 * citation engine: the background's host in the extension, in-process in Node) first.
 */
export async function buildExport(id: ExportFormatId, bundle: ExportBundle, render: RenderCitations, options: ExportOptions = {}): Promise<ExportFile[]> {
  const format = EXPORT_FORMATS[id];
  if (!format.cites) return format.build(bundle, options);
  const { kind, format: markup } = format.cites;
  const style = format.cites.style ?? options.citationStyle ?? bundle.settings?.citationStyle ?? DEFAULT_STYLE_ID;
  const items = groupHighlights(bundle).map((g) => cslItem(g.article));
  const citations: string[] = [];
  // Requests have a size limit; a reference list longer than one request is sorted per part.
  for (let i = 0; i < items.length; i += MAX_REQUEST_ITEMS) {
    citations.push(...(await render({ style, format: markup, kind, items: items.slice(i, i + MAX_REQUEST_ITEMS) })));
  }
  return format.build(bundle, { ...options, citations });
}

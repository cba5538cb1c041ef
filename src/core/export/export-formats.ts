/**
 * The registry the popup calls: every export format with its label, file extension, MIME
 * type and a pure `build(bundle, options)` that returns the files to download (Obsidian
 * returns one per article, every other format exactly one).
 */
import { buildBackup } from './backup-format';
import { buildCitationList } from './citation-list';
import { buildFullCsv, buildReadwiseCsv } from './csv-export';
import type { ExportBundle, ExportFile } from './export-bundle';
import { isCitationStyle, type CitationStyle } from './format-citation';
import { formatIsoDay, localDay } from './format-date';
import { buildHtml } from './html-export';
import { buildMarkdown, buildObsidian } from './markdown-export';
import { buildBiblatex, buildCslJson, buildRis } from './reference-exports';
import { buildW3c } from './w3c-export';

/** The export format ids. */
export const EXPORT_FORMAT_IDS = [
  'markdown', 'obsidian', 'w3c', 'csv-readwise', 'csv-full', 'html', 'csl-json', 'biblatex', 'ris',
  'citation-gbt7714-2015', 'citation-gbt7714-2025', 'citation-apa', 'citation-mla', 'citation-chicago', 'backup',
] as const;

/** An export format id. */
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** Options of a build. */
export interface ExportOptions {
  /** Style of the citation under each article in HTML; default settings.citationStyle, else GB/T 7714-2015. */
  citationStyle?: CitationStyle;
}

/** One format of the registry. */
export interface ExportFormat {
  label: string;
  /** Without the dot. */
  extension: string;
  mimeType: string;
  /** Added to the file name so two formats with one extension do not collide ("jianbao-2026-11-29-full.csv"). */
  nameSuffix: string;
  build(bundle: ExportBundle, options?: ExportOptions): ExportFile[];
}

function styleFor(bundle: ExportBundle, options: ExportOptions | undefined): CitationStyle {
  if (options?.citationStyle) return options.citationStyle;
  const stored = bundle.settings?.citationStyle;
  return stored && isCitationStyle(stored) ? stored : 'gbt7714-2015';
}

type Spec = Omit<ExportFormat, 'build'> & { render(bundle: ExportBundle, options?: ExportOptions): string };

function single(id: ExportFormatId, spec: Spec): ExportFormat {
  return {
    label: spec.label,
    extension: spec.extension,
    mimeType: spec.mimeType,
    nameSuffix: spec.nameSuffix,
    build: (bundle, options) => [
      { filename: fileNameFor(id, bundle.exportedAt), content: spec.render(bundle, options), mimeType: spec.mimeType },
    ],
  };
}

const TEXT = 'text/plain;charset=utf-8';

function citationFormat(id: ExportFormatId, label: string, style: CitationStyle): ExportFormat {
  return single(id, { label, extension: 'txt', mimeType: TEXT, nameSuffix: `-${style}`, render: (b) => buildCitationList(b, style) });
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
  html: single('html', { label: 'Printable page (HTML)', extension: 'html', mimeType: 'text/html;charset=utf-8', nameSuffix: '', render: (b, o) => buildHtml(b, styleFor(b, o)) }),
  'csl-json': single('csl-json', { label: 'CSL-JSON (Zotero, Pandoc)', extension: 'json', mimeType: 'application/vnd.citationstyles.csl+json', nameSuffix: '-csl', render: buildCslJson }),
  biblatex: single('biblatex', { label: 'BibLaTeX', extension: 'bib', mimeType: 'application/x-bibtex;charset=utf-8', nameSuffix: '', render: buildBiblatex }),
  ris: single('ris', { label: 'RIS (EndNote, Zotero)', extension: 'ris', mimeType: 'application/x-research-info-systems', nameSuffix: '', render: buildRis }),
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

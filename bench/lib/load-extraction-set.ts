/**
 * Loads one set of ../shared/bench-data/extraction (pages.jsonl + gzip HTML files).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

/** One benchmark page with its ground truth. */
export interface ExtractionPage {
  id: string;
  url?: string;
  lang?: string;
  html: string;
  expectedText: string;
  expectedAuthor?: string;
  expectedDate?: string;
  expectedTitle?: string;
  /** postlight-dev: the first words of the body. */
  expectedLead?: string;
  /** postlight-dev: fields its tests assert to be empty ("author", "date", "dek"). */
  assertedNone: string[];
}

/** Reads every page of a set folder (e.g. "../shared/bench-data/extraction/zyte"). */
export function loadExtractionSet(folder: string, limit = Infinity): ExtractionPage[] {
  const lines = readFileSync(path.join(folder, 'pages.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.slice(0, limit).map((line) => {
    const row = JSON.parse(line) as Record<string, string | null | undefined> & { asserted_none?: string[] };
    return {
      id: String(row.id),
      url: row.url || undefined,
      lang: row.lang ?? undefined,
      html: gunzipSync(readFileSync(path.join(folder, String(row.html)))).toString('utf8'),
      expectedText: row.expected_text ?? '',
      expectedAuthor: row.expected_author ?? undefined,
      expectedDate: row.expected_date ?? undefined,
      expectedTitle: row.expected_title ?? undefined,
      expectedLead: row.expected_lead ?? undefined,
      assertedNone: Array.isArray(row.asserted_none) ? row.asserted_none : [],
    };
  });
}

/**
 * The PDF half of `npm run segment`: every page of a PDF through segmentPdfPage, plus what the
 * PDF says about its issue (running head, document info, file name). A file that is not a PDF,
 * is locked with a password or has no text layer is a JSON error, never a stack trace.
 */
import path from 'node:path';
import { readIssueInfo, type IssueInfo } from '../core/pdf/issue-info';
import { segmentPdfPage } from '../core/pdf/segment-pdf-page';
import type { PageItem } from '../core/newspaper/types';
import { loadPdf, PdfReadError } from './read-pdf';

/** One PDF page's result: the same fields as a .txt page's (`items`), plus its text and head. */
export interface PdfPageResult {
  page: number;
  label?: string;
  head: string[];
  issue: IssueInfo;
  text: string;
  items: PageItem[];
}

export type PdfSegmentOutput =
  | { file: string; fingerprint: string; pages: PdfPageResult[]; pagesWithoutText: number[] }
  | { file: string; error: { code: 'not-pdf' | 'encrypted' | 'damaged' | 'no-text-layer'; message: string } };

/** Segments every page of the PDF in `bytes` (named `file` for the address reader). */
export async function segmentPdf(file: string, bytes: Uint8Array): Promise<PdfSegmentOutput> {
  let pdf;
  try {
    pdf = await loadPdf(bytes);
  } catch (error) {
    if (error instanceof PdfReadError) return { file, error: { code: error.code, message: error.message } };
    throw error;
  }
  const infoTitle = typeof pdf.info.Title === 'string' ? pdf.info.Title : undefined;
  const pages: PdfPageResult[] = [];
  const pagesWithoutText: number[] = [];
  for (const page of pdf.pages) {
    const result = segmentPdfPage(page.items);
    if (!result.hasText) pagesWithoutText.push(page.index + 1);
    pages.push({
      page: page.index + 1,
      ...(page.label ? { label: page.label } : {}),
      head: result.head,
      issue: readIssueInfo({ head: result.head, infoTitle, address: path.basename(file) }),
      text: result.text,
      items: result.items,
    });
  }
  if (pagesWithoutText.length === pages.length) {
    return { file, error: { code: 'no-text-layer', message: 'the PDF has no text layer (a scan?): its text cannot be read without OCR' } };
  }
  return { file, fingerprint: pdf.fingerprint, pages, pagesWithoutText };
}

/**
 * `npm run --silent segment -- FILE.txt`: prints segmentPage's JSON for a page of newspaper
 * text. Refuses empty, binary and over-5-MB input with one line on stderr and exit code 1
 * (2 for a usage error).
 *
 * `npm run --silent segment -- FILE.pdf` (a name ending in .pdf, or bytes starting with a PDF
 * header): one result per page (segment-pdf.ts), each with the page text its spans point into.
 * A PDF that cannot be segmented prints `{file, error: {code, message}}` and exits with 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { segmentPage } from '../core/newspaper/segment-page';
import { segmentPdf } from './segment-pdf';

/** Largest input accepted: a whole e-paper page is well under 1 MB of text. */
const MAX_BYTES = 5 * 1024 * 1024;
/** Largest PDF accepted: a newspaper page with its images is rarely over 30 MB. */
const MAX_PDF_BYTES = 200 * 1024 * 1024;

function fail(message: string, code = 1): never {
  process.stderr.write(`segment: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) fail('usage: npm run --silent segment -- FILE.txt|FILE.pdf', 2);
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  const isPdf = /\.pdf$/iu.test(file) || (size >= 5 && readFileSync(file).subarray(0, 5).toString('latin1') === '%PDF-');
  if (isPdf) {
    if (size > MAX_PDF_BYTES) fail(`${file} is ${size} bytes; the limit for a PDF is ${MAX_PDF_BYTES} bytes (200 MB)`);
    const result = await segmentPdf(file, new Uint8Array(readFileSync(file)));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if ('error' in result) process.exitCode = 1;
    return;
  }
  if (size > MAX_BYTES) fail(`${file} is ${size} bytes; the limit is ${MAX_BYTES} bytes (5 MB)`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) fail(`${file} looks binary (it contains NUL bytes); give a UTF-8 text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8 text`);
  }
  if (text.trim().length === 0) fail(`${file} is empty`);
  process.stdout.write(`${JSON.stringify(segmentPage(text.replace(/^\uFEFF/, '')), null, 2)}\n`);
}

// `… | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
await main();

/**
 * `npm run --silent extract -- FILE... [--url URL]`: detects the article in saved pages
 * (.html or .html.gz, any declared charset) and prints one JSON line per file. A file that
 * cannot be read or is not HTML gives a line with `error`; the exit code is non-zero only
 * when every file failed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHtmlDocument } from './parse-html-document';
import { decodeHtml, looksLikeHtml } from '../core/article/sniff-charset';
import { detectArticle } from '../dom/article/detect-article';
import { toPlainArticle } from '../dom/article/detected-article';

function parseArgs(argv: string[]): { files: string[]; url?: string } {
  const files: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i].startsWith('--url=')) url = argv[i].slice(6);
    else files.push(argv[i]);
  }
  return { files, url };
}

/** Reads, decodes and detects one file; throws with a readable message on failure. */
function extractFile(file: string, url: string | undefined): object {
  // `npm run` starts us in the package root; relative paths mean the caller's directory.
  let bytes: Uint8Array = readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const html = decodeHtml(bytes);
  if (!looksLikeHtml(html)) throw new Error('not an HTML document');
  const dom = parseHtmlDocument(html, url);
  try {
    return toPlainArticle(detectArticle(dom.window.document, url));
  } finally {
    dom.window.close();
  }
}

function main(): void {
  const { files, url } = parseArgs(process.argv.slice(2));
  if (!files.length) {
    process.stderr.write('usage: npm run --silent extract -- FILE... [--url URL]\n');
    process.exitCode = 2;
    return;
  }
  if (url && files.length > 1) {
    process.stderr.write('--url applies to one file only\n');
    process.exitCode = 2;
    return;
  }
  let failures = 0;
  for (const file of files) {
    let line: object;
    try {
      line = { file, ...extractFile(file, url) };
    } catch (err) {
      failures++;
      line = { file, error: err instanceof Error ? err.message : String(err) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  if (failures === files.length) process.exitCode = 1;
}

main();

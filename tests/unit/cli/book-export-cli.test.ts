import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeRenderCitations } from '../../../src/cli/node-citations';
import { bookCitations } from '../../../src/core/clippings/book-export/book-citations';
import { buildEpub } from '../../../src/core/clippings/book-export/book-epub';
import { buildBookHtml } from '../../../src/core/clippings/book-export/book-html';
import { buildBookMarkdown } from '../../../src/core/clippings/book-export/book-markdown';
import { buildBackup } from '../../../src/core/export/backup-format';
import { bookBundle, PHOTO_JPEG } from '../../fixtures/clippings/book-bundle';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample-bundle';

const dir = mkdtempSync(path.join(tmpdir(), 'book-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/export.ts', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('book exports on the command line', { timeout: 120_000 }, () => {
  const backup = path.join(dir, 'book-backup.json');
  writeFileSync(backup, buildBackup(bookBundle()));

  it('writes book-html to standard output, epub and book-markdown to --out, the same bytes as the book page makes', async () => {
    const list = run('--list');
    expect(list.stdout).toMatch(/^formats: .*\bbook-html epub book-markdown\b/m);

    const html = run('--format', 'book-html', '--locale', 'zh-CN', backup);
    expect(html.stderr).toBe('');
    expect(html.status).toBe(0);
    // The command line stamps the export with the time it runs: the day in the title and the contents differs.
    const undated = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}(?=<\/(?:title|p)>)/gu, 'DAY');
    const citations = await bookCitations(bookBundle(), nodeRenderCitations(), 'gbt7714-2015');
    expect(undated(html.stdout)).toBe(undated(buildBookHtml(bookBundle(), { language: 'zh-CN', citations })));
    // Each clipping is cited under its headline by the engine, in the default style.
    expect(html.stdout).toContain('<p class="citation">王子瑶, 闵涛, 陈江静. 加快城市运行管理“一网统管”');
    expect(citations.size).toBe(4);
    expect(html.stdout).toContain(Buffer.from(PHOTO_JPEG).toString('base64'));

    const epubPath = path.join(dir, 'book.epub');
    const epub = run('--format', 'epub', backup, '--out', epubPath);
    expect(epub.status).toBe(0);
    expect(epub.stdout).toBe('');
    const files = unzipSync(new Uint8Array(readFileSync(epubPath)));
    expect(Object.keys(files)).toEqual(Object.keys(unzipSync(buildEpub(bookBundle()))));
    expect(strFromU8(files['EPUB/nav.xhtml'])).toContain('第02版');

    const mdPath = path.join(dir, 'book.zip');
    expect(run('--format', 'book-markdown', '--locale', 'en-US', backup, '--out', mdPath).status).toBe(0);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(mdPath))))).toEqual(Object.keys(unzipSync(buildBookMarkdown(bookBundle(), { language: 'en' }))));
  });

  it('says what is wrong: no --out for a binary format, a backup without clippings', () => {
    const noOut = run('--format', 'epub', backup);
    expect(noOut.status).toBe(1);
    expect(noOut.stderr).toBe('export: the epub export failed: epub writes a file: give --out PATH\n');
    const empty = path.join(dir, 'no-book.json');
    const articles = sampleArticles();
    writeFileSync(empty, buildBackup({ articles, highlights: sampleHighlights(articles), exportedAt: new Date() }));
    const none = run('--format', 'book-html', empty);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^export: the book-html export failed: the backup holds no clippings/u);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/core/export/export-formats';
import { parseImportFile } from '../../../src/core/import/parse-import-file';
import { sampleBundle } from '../../fixtures/export/sample-bundle';
import { writeLibrary } from '../../../bench/lib/big-library';
import { BackupStreamReader } from '../../../src/core/import/backup-stream';

const dir = mkdtempSync(path.join(tmpdir(), 'export-cli-'));
const BACKUP = 'tests/fixtures/export/golden/backup/jianbao-2026-11-29-backup.json';
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/export.ts', ...args], { encoding: 'utf8' });

describe('export command line', { timeout: 120_000 }, () => {
  it('lists formats and styles', () => {
    const result = run('--list');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^formats: markdown .*\breferences\b/m);
    expect(result.stdout).toMatch(/^styles: gbt7714-2015 .*\bchicago-author-date\b/m);
  });

  it('writes a popup format with the popup code, and an engine reference list in a style', () => {
    const ris = run('--format', 'ris', BACKUP);
    expect(ris.status).toBe(0);
    expect(ris.stdout).toBe(EXPORT_FORMATS.ris.build(sampleBundle())[0].content);
    const apa = run('--format', 'references', '--style', 'apa', BACKUP);
    expect(apa.status).toBe(0);
    // APA sorts alphabetically: the untitled page (no author) first by title, then the authors.
    expect(apa.stdout.split('\n')[1]).toMatch(/^张致远 & 王丹\. \(2022, March 31\)\. 我市启动/);
  });

  it('reads a backup with its clipping book (streamed), and writes it back whole with --format backup', () => {
    const result = run('--format', 'backup', BACKUP);
    expect(result.status).toBe(0);
    const read = parseImportFile(result.stdout);
    expect(read.ok && read.value.clippings?.clippings).toEqual(sampleBundle().clippings!.clippings);
    expect(read.ok && read.value.clippings?.images.map((i) => new Uint8Array(i.bytes).join())).toEqual(sampleBundle().clippings!.images.map((i) => new Uint8Array(i.bytes).join()));
    // A damaged image in the backup is refused with the reader's sentence.
    const bad = path.join(dir, 'bad-image.json');
    writeFileSync(bad, readFileSync(BACKUP, 'utf8').replace('"type":"image/png"', '"type":"image/gif"'));
    const refused = run('--format', 'markdown', bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^export: .*clippingImages\[0\]\.data: the bytes are image\/png, type says image\/gif\n$/);
  });

  it('streams a large export through the pipe, batch by batch, as the popup code builds it whole', () => {
    const file = path.join(dir, 'library.json');
    writeLibrary(file, { highlights: 6_000, articles: 300, clippings: 20, imagesPerClipping: 1, imageBytes: 2_000 });
    const reader = new BackupStreamReader();
    reader.write(readFileSync(file, 'utf8'));
    const plan = reader.finish();
    if (!plan.ok) throw new Error(plan.error.detail);
    const result = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/export.ts', '--format', 'csv-full', file], { maxBuffer: 1 << 28 });
    expect(result.status).toBe(0);
    const [whole] = EXPORT_FORMATS['csv-full'].build({ ...plan.value, exportedAt: new Date() });
    expect(whole.content.length).toBeGreaterThan(4 * 512 * 1024);
    expect(result.stdout.equals(Buffer.from(whole.content))).toBe(true);
  });

  it('takes a CSL file and refuses bad input with one sentence and a non-zero exit', () => {
    const own = path.join(dir, 'own.csl');
    writeFileSync(own, readFileSync('csl/styles/modern-language-association.csl', 'utf8'));
    const mla = run('--format', 'references', '--style', own, BACKUP);
    expect(mla.status).toBe(0);
    expect(mla.stdout).toContain('荆州日报, 31 Mar. 2022');
    const bad = path.join(dir, 'bad.csl');
    writeFileSync(bad, '<style xmlns="http://purl.org/net/xbiblio/csl"><citation><layout></citation></style>');
    const notBackup = path.join(dir, 'other.json');
    writeFileSync(notBackup, '{"hello": 1}');
    for (const args of [
      ['--format', 'nope', BACKUP],
      ['--format', 'ris', '--style', 'nope', BACKUP],
      ['--format', 'references', '--style', bad, BACKUP],
      ['--format', 'ris', path.join(dir, 'missing.json')],
      ['--format', 'ris', notBackup],
      ['--format', 'ris', '--locale', 'fr-FR', BACKUP],
    ]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^export: /);
    }
  });
});

/**
 * Export of a big library from a backup file, before and after streaming, in the command line
 * (the same EXPORT_FORMATS code the popup runs):
 *   string: the backup read with every image's bytes, the export built as one string, written
 *           at once (the command line until issue 16);
 *   stream: `npm run export` as it is: images kept without their bytes unless the format writes
 *           them (backup), the export made and written a batch of records at a time.
 * Each run is a fresh Node process; its peak resident memory (maxRSS) and wall time are taken
 * from the child. The output of both is compared byte for byte (the W3C `generated` line and the
 * Markdown title carry the time and are left out of the comparison).
 * Run: npm run bench:export [-- BACKUP.json]   (default: the full library of bench/lib/big-library.ts,
 * written to .cache/bench-restore/library-full.json if missing)
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FULL_LIBRARY, writeLibrary } from './lib/big-library';

const FORMATS = ['csv-full', 'csv-readwise', 'markdown', 'w3c', 'backup'];

/** The "string" side, as the command line was: everything in memory, one string, one write. */
async function stringExport(format: string, file: string): Promise<void> {
  const { BackupStreamReader } = await import('../src/core/import/backup-stream');
  const { EXPORT_FORMATS } = await import('../src/core/export/export-formats');
  const reader = new BackupStreamReader();
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1024 * 1024);
  const decoder = new TextDecoder();
  for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) reader.write(decoder.decode(buffer.subarray(0, n), { stream: true }));
  fs.closeSync(fd);
  const plan = reader.finish();
  if (!plan.ok) throw new Error(plan.error.detail);
  const text = EXPORT_FORMATS[format as 'markdown']
    .build({ ...plan.value, exportedAt: new Date() })
    .map((f) => f.content)
    .join('');
  await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
}

/** Hash of an output, without the lines that carry the time of the export. */
function digest(file: string): string {
  const hash = crypto.createHash('sha256');
  const text = fs.readFileSync(file, 'latin1');
  hash.update(text.replace(/^ {2}"generated": ".*",$/m, '').replace(/^# Jianbao highlights, .*$/m, '').replace(/"exportedAt": ".*",/, ''));
  return hash.digest('hex').slice(0, 16);
}

/** Runs a Node command with stdout into a file; maxRSS from the child's own resource usage. */
function measured(args: string[], out: string): { s: number; peakRssMB: number; outMB: number; digest: string } {
  const report = path.resolve('.cache/bench-export/rss.json');
  const fd = fs.openSync(out, 'w');
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', path.resolve('bench/lib/report-rss.mjs'), ...args], {
    stdio: ['ignore', fd, 'pipe'],
    env: { ...process.env, REPORT_RSS: report },
    maxBuffer: 1 << 24,
  });
  const s = (performance.now() - t) / 1000;
  fs.closeSync(fd);
  if (run.status !== 0) throw new Error(`${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  const { maxRssKB } = JSON.parse(fs.readFileSync(report, 'utf8')) as { maxRssKB: number };
  return { s: Number(s.toFixed(1)), peakRssMB: Math.round(maxRssKB / 1024), outMB: Number((fs.statSync(out).size / 1024 / 1024).toFixed(1)), digest: digest(out) };
}

const [mode, format, file] = process.argv.slice(2);
if (mode === 'string') {
  await stringExport(format, file);
} else {
  const dir = path.resolve('.cache/bench-export');
  fs.mkdirSync(dir, { recursive: true });
  let backup = mode;
  if (!backup) {
    backup = path.resolve('.cache/bench-restore/library-full.json');
    if (!fs.existsSync(backup)) console.log('library written:', JSON.stringify(writeLibrary(backup, FULL_LIBRARY)));
  }
  console.log(`backup ${backup}: ${(fs.statSync(backup).size / 1024 / 1024).toFixed(1)} MB`);
  console.log('format        | string: peak RSS, time | stream: peak RSS, time | RSS ratio | output | same bytes');
  for (const id of FORMATS) {
    const before = measured(['scripts/run-ts.mjs', 'bench/export.bench.ts', 'string', id, backup], path.join(dir, `${id}.string`));
    const after = measured(['scripts/run-ts.mjs', 'src/cli/export.ts', '--format', id, backup], path.join(dir, `${id}.stream`));
    console.log(
      `${id.padEnd(13)} | ${String(before.peakRssMB).padStart(5)} MB, ${String(before.s).padStart(5)} s | ${String(after.peakRssMB).padStart(5)} MB, ${String(after.s).padStart(5)} s | ${(before.peakRssMB / after.peakRssMB).toFixed(2)}× | ${after.outMB} MB | ${before.digest === after.digest}`,
    );
    fs.rmSync(path.join(dir, `${id}.string`));
    fs.rmSync(path.join(dir, `${id}.stream`));
  }
}

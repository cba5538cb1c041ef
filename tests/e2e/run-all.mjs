#!/usr/bin/env node
// Runs every end-to-end test (real Chromium and real Firefox ESR) against the built extension
// in dist/. Fails loudly when a browser is missing: CI installs them (.ci/run).
//
// Each test file is its own `node --test` process with its own browser profile and servers on
// free ports, so two files can run side by side: a browser test mostly waits (for paint, for the
// background, for a page), and two at once roughly halve the wall time on a 2-core machine.
// Files whose point is timing under stress (the background killed during a burst of saves, a
// full-size restore) run afterwards, one at a time, so a neighbour cannot change what they
// measure. Output of a file is printed in one piece when it ends, then a table of durations.
//
//   node tests/e2e/run-all.mjs [FILTER]      JB_E2E_JOBS=1 runs everything one file at a time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from './lib/chromium.mjs';
import { FIREFOX } from './lib/firefox.mjs';

for (const [name, exe] of [['chromium', CHROMIUM], ['firefox-esr', FIREFOX]]) {
  if (!fs.existsSync(exe)) {
    console.error(`e2e: ${exe} is missing. Install it with: apt-get install -y ${name}`);
    process.exit(1);
  }
}
if (!fs.existsSync('dist/chrome/manifest.json') || !fs.existsSync('dist/firefox/manifest.json')) {
  console.error('e2e: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

/** Files that stress timing on purpose: never beside another browser. */
const ALONE = [/^lifecycle\./, /^restore\./];
const jobs = Math.max(1, Number(process.env.JB_E2E_JOBS) || 2);
const filter = process.argv[2];
const files = fs
  .readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.test.mjs') && (!filter || f.includes(filter)))
  .sort();
const alone = files.filter((f) => ALONE.some((pattern) => pattern.test(f)));
const shared = files.filter((f) => !alone.includes(f));

/** Runs one test file; resolves with its status and duration once its output is printed. */
function runFile(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-timeout=180000', path.join('tests/e2e', file)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`\n── ${file} (${seconds.toFixed(0)} s) ──\n${Buffer.concat(chunks).toString()}`);
      resolve({ file, ok: code === 0, status: code ?? signal, seconds, output: Buffer.concat(chunks).toString() });
    });
  });
}

async function runPool(list, width) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < list.length) results.push(await runFile(list[next++]));
  };
  await Promise.all(Array.from({ length: Math.min(width, list.length) }, worker));
  return results;
}

const started = Date.now();
const results = [...(await runPool(shared, jobs)), ...(await runPool(alone, 1))];
const failed = results.filter((r) => !r.ok);
console.log(`\ne2e: ${results.length} files in ${((Date.now() - started) / 1000).toFixed(0)} s (${jobs} at a time; ${alone.length} alone)`);
for (const r of [...results].sort((a, b) => b.seconds - a.seconds)) {
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.seconds.toFixed(0).padStart(4)} s  ${r.file}`);
}
// A failure's reason is printed again last: CI shows only the end of a long log, and each
// file's full output above is hundreds of lines away by then.
const FAILURE_TAIL_LINES = 60;
for (const r of failed) {
  const lines = r.output.trimEnd().split('\n');
  console.error(`\n── failed: ${r.file} (exit ${r.status}), its last ${Math.min(FAILURE_TAIL_LINES, lines.length)} lines ──`);
  console.error(lines.slice(-FAILURE_TAIL_LINES).join('\n'));
}
if (failed.length) console.error(`\ne2e: ${failed.length} file(s) failed: ${failed.map((r) => r.file).join(', ')}`);
process.exit(failed.length || results.length === 0 ? 1 : 0);

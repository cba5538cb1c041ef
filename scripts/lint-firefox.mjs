#!/usr/bin/env node
// web-ext lint on dist/firefox: fails on any error; warnings are printed. The expected warnings
// are Preact's innerHTML support code in the popup and options bundles, and pdf.js in the PDF
// reader page: its `new Function` font path (off: isEvalSupported false), its fake-worker
// import() (not taken: the page has workers) and its innerHTML in the viewer components.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--output', 'json'], {
  encoding: 'utf8',
  maxBuffer: 20 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const { errors, warnings } = report.summary;
for (const item of [...report.errors, ...report.warnings]) console.log(`${item._type}: ${item.code} ${item.file ?? ''} ${item.message}`);
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings`);
process.exit(errors === 0 ? 0 : 1);

#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another; each compares Jianbao with its peers
// in the same run and prints ratios. Results go into docs/BENCHMARKS.md by hand.
import { spawnSync } from 'node:child_process';

const steps = [
  ['build', ['scripts/build.mjs']],
  ['bundle sizes', ['bench/bundle-size.mjs']],
  ['article extraction vs Readability', ['scripts/run-ts.mjs', 'bench/extract.bench.ts']],
  ['newspaper segmentation vs bare Intl.Segmenter', ['scripts/run-ts.mjs', 'bench/segment.bench.ts']],
  ['anchoring vs dom-anchor-text-quote and @apache-annotator/dom', ['scripts/run-ts.mjs', 'bench/anchor.bench.ts']],
  ['popup with 100,000 highlights (real Chromium)', ['scripts/run-ts.mjs', 'bench/popup.bench.ts']],
  ['restore 100,000 highlights, backup export memory, popup edits on a 2,000-highlight page', ['--import', './bench/lib/extension-global.mjs', 'scripts/run-ts.mjs', 'bench/restore.bench.ts']],
  ['citation engine: build per style, kept engine vs citation-js plugin-csl', ['scripts/run-ts.mjs', 'bench/citation.bench.ts']],
  ['exports of a big library: one string vs streamed (peak memory)', ['scripts/run-ts.mjs', 'bench/export.bench.ts']],
  ['popup edits with a 2,000-highlight page open (real Chromium)', ['bench/popup-edit.bench.mjs']],
  ['sync of 100,000 highlights up, down and incremental, plain and encrypted, vs PouchDB replication', ['--import', './bench/lib/extension-global.mjs', 'scripts/run-ts.mjs', 'bench/sync.bench.ts']],
  ['painters: Custom Highlight API vs overlay, 2,000 highlights (Chromium, Firefox)', ['bench/paint.bench.mjs']],
  ['clipping book with 10,000 clippings (real Chromium)', ['scripts/run-ts.mjs', 'bench/clippings.bench.ts']],
  ['PDF reader vs the plain PDF.js viewer, 4-page edition (Chromium)', ['bench/pdf.bench.mjs']],
];
let failed = 0;
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`${name}: failed (exit ${run.status})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);

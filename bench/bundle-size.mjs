#!/usr/bin/env node
// Sizes of the built scripts, minified and gzipped, with the budget of the script that runs on
// every page (5 KB gzipped). Run after `npm run build`; part of `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const LOADER_BUDGET_BYTES = 5 * 1024;
const files = ['loader.js', 'annotator.js', 'background.js', 'popup/popup.js', 'options/options.js', 'viewer/viewer.js', 'viewer/pdf.worker.min.mjs'];
console.log('| browser | file | minified bytes | gzip -9 bytes | runs |');
console.log('|---|---|---|---|---|');
let over = false;
for (const browser of ['chrome', 'firefox']) {
  for (const file of files) {
    const full = path.join('dist', browser, file);
    if (!fs.existsSync(full)) {
      // A missing file would let the budget check pass without checking anything.
      console.error(`${full} is missing: run \`npm run build\` first`);
      process.exit(1);
    }
    const raw = fs.readFileSync(full);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const runs = file === 'loader.js' ? 'every page' : file === 'annotator.js' ? 'on demand' : file === 'background.js' ? 'background' : file.startsWith('viewer/') ? 'PDF reader page only' : 'extension page';
    console.log(`| ${browser} | ${file} | ${raw.length} | ${gz} | ${runs} |`);
    if (file === 'loader.js' && gz > LOADER_BUDGET_BYTES) over = true;
  }
}
if (over) {
  console.error(`loader.js is over its ${LOADER_BUDGET_BYTES}-byte gzip budget`);
  process.exit(1);
}

#!/usr/bin/env node
// Runs every end-to-end test (real Chromium and real Firefox ESR) against the built extension
// in dist/. Fails loudly when a browser is missing: CI installs them (.ci/run).
import { spawnSync } from 'node:child_process';
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
const filter = process.argv[2];
const files = fs
  .readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.test.mjs') && (!filter || f.includes(filter)))
  .map((f) => path.join('tests/e2e', f));
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=180000', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);

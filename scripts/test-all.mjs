#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest — type check, unit/DOM/integration
// tests (vitest), build, web-ext lint of the Firefox build (0 errors), end-to-end tests in
// Chromium and Firefox. Stops at the first failing step and exits non-zero.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['unit, DOM and integration tests', 'npx', ['vitest', 'run']],
  ['build', 'node', ['scripts/build.mjs']],
  ['bundle sizes (loader budget: 5 KB gzipped)', 'node', ['bench/bundle-size.mjs']],
  ['web-ext lint (dist/firefox)', 'node', ['scripts/lint-firefox.mjs']],
  ['end-to-end tests (Chromium, Firefox)', 'node', ['tests/e2e/run-all.mjs']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

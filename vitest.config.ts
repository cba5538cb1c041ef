import { defineConfig } from 'vitest/config';

// Three tiers, as in DESIGN.md: pure core in Node, DOM code in jsdom, e2e outside vitest
// (tests/e2e drives real browsers with its own runner).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // Property and CLI tests run in a few seconds alone but can pass 5 s on a loaded 2-core
    // machine; a timeout is a hang detector here, not a performance check (that is bench/).
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'tests/core/**/*.test.ts', 'tests/background/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', setupFiles: ['tests/setup/citations.ts'], include: ['tests/dom/**/*.test.{ts,tsx}', 'tests/popup/**/*.test.{ts,tsx}', 'tests/options/**/*.test.{ts,tsx}', 'tests/clippings/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});

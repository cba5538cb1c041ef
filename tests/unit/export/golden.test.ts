/**
 * Golden files: every export format built from the sample bundle (seed-page articles) must
 * equal its file in tests/fixtures/export/golden/ byte for byte. After an intended change,
 * regenerate with UPDATE_GOLDEN=1 npx vitest run tests/unit/export and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeRenderCitations } from '../../../src/cli/node-citations';
import { buildExport, EXPORT_FORMAT_IDS, EXPORT_FORMATS } from '../../../src/core/export/export-formats';
import { sampleBundle } from '../../fixtures/export/sample-bundle';

const GOLDEN = 'tests/fixtures/export/golden';
const update = process.env.UPDATE_GOLDEN === '1';
// The citation formats and the HTML page's citations come from the engine, as in the popup.
const render = nodeRenderCitations();

describe('export golden files', () => {
  for (const id of EXPORT_FORMAT_IDS) {
    it(`builds ${id} exactly as its golden file`, async () => {
      const files = await buildExport(id, sampleBundle(), render);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const path = `${GOLDEN}/${id}/${file.filename}`;
        if (update || !existsSync(path)) {
          mkdirSync(`${GOLDEN}/${id}`, { recursive: true });
          writeFileSync(path, file.content);
          if (!update) throw new Error(`golden file was missing and has been written: ${path}; review it and run again`);
        }
        expect(file.content).toBe(readFileSync(path, 'utf8'));
        expect(file.mimeType).toBe(EXPORT_FORMATS[id].mimeType);
      }
    });
  }
});

/**
 * Golden files of the citation engine: every bundled style over the seed-page articles and
 * the Latin-name articles, as citeproc-js renders them with the shipped styles and locales.
 * Regenerate with UPDATE_GOLDEN=1 npx vitest run tests/unit/citation and read the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_STYLES } from '../../../src/core/citation/bundled-styles';
import { cslItem } from '../../../src/core/citation/csl-item';
import { renderBibliography, renderCitations } from '../../../src/core/citation/render-citations';
import { readBundledStyle, readLocales } from '../../../src/cli/read-csl';
import { sampleArticles } from '../../fixtures/export/sample-bundle';
import { latinArticles } from '../../fixtures/citation/latin-articles';

const GOLDEN = 'tests/fixtures/citation/golden';
const update = process.env.UPDATE_GOLDEN === '1';
const locales = readLocales();
const items = [...sampleArticles(), ...latinArticles()].map((a) => cslItem(a));

describe('citation engine golden files', () => {
  for (const style of BUNDLED_STYLES) {
    it(`renders ${style.id} as its golden file`, { timeout: 120_000 }, () => {
      const input = { styleXml: readBundledStyle(style), locales, locale: style.defaultLocale };
      const text = [
        '# Bibliography',
        ...renderBibliography(items, input),
        '',
        '# Citations (each item alone)',
        ...renderCitations(items, input),
        '',
      ].join('\n');
      const path = `${GOLDEN}/${style.id}.txt`;
      if (update || !existsSync(path)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, text);
      }
      expect(text).toBe(readFileSync(path, 'utf8'));
    });
  }
});

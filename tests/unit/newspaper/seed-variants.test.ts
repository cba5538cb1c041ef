import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../src/core/newspaper/segment-page';
import { scoreSegmentation } from '../../../src/core/newspaper/score-segmentation';
import { makeVariant, seededRandom } from './seed-variants';

const fixtures = path.join(process.cwd(), '../shared/fixtures');
const seedText = readFileSync(path.join(fixtures, 'seed-page.txt'), 'utf8');
const seedItems = JSON.parse(readFileSync(path.join(fixtures, 'seed-page.expected.json'), 'utf8')).items;
const VARIANTS = 60;

describe('segmentPage on re-wrapped, re-ordered variants of the seed', () => {
  const random = seededRandom(20220331);
  const variants = Array.from({ length: VARIANTS }, () => makeVariant(seedText, seedItems, random));
  const scores = variants.map((variant) => scoreSegmentation(variant.text, segmentPage(variant.text), variant.expected));

  it('generates variants whose answers cover every non-empty line exactly once', () => {
    for (const variant of variants) {
      const lines = variant.text.split('\n');
      const assigned = variant.expected.flatMap((item) => [...item.headline, ...item.byline, ...item.body, ...item.other]).sort((a, b) => a - b);
      const nonEmpty = lines.flatMap((line, index) => (line.trim() ? [index] : []));
      expect(assigned).toEqual(nonEmpty);
    }
  });

  it('keeps the mean B-cubed F1 of the line-to-item assignment at 0.95 or above', () => {
    const mean = scores.reduce((sum, score) => sum + score.bcubedF1, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(0.95);
  });

  it('attaches at least 90% of the headlines to their own bodies', () => {
    const attached = scores.reduce((sum, score) => sum + score.headlinesAttached, 0);
    const total = scores.reduce((sum, score) => sum + score.headlinesExpected, 0);
    expect(attached / total).toBeGreaterThanOrEqual(0.9);
  });
});

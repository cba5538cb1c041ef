/**
 * The engine cache of a citation host: one compiled engine per style, locale and format, reused
 * for any items, reading an item again when its record changed (a corrected article), and
 * falling back to the notes for a style without a bibliography.
 */
import { describe, expect, it } from 'vitest';
import { CitationEngines, type EngineRequest } from '../../../src/core/citation/engine-cache';
import { cslItem } from '../../../src/core/citation/csl-item';
import { localeFile } from '../../../src/core/citation/bundled-styles';
import { readFileSync } from 'node:fs';
import { sampleArticles } from '../../fixtures/export/sample-bundle';

function countingEngines() {
  const reads: string[] = [];
  const engines = new CitationEngines({
    styleFile: async (file) => (reads.push(file), readFileSync(`csl/styles/${file}`, 'utf8')),
    localeFile: async (locale) => readFileSync(`csl/locales/${localeFile(locale)}`, 'utf8'),
  });
  return { engines, reads };
}

const GBT = { key: 'gbt7714-2015', file: 'china-national-standard-gb-t-7714-2015-numeric.csl' };

describe('CitationEngines', () => {
  it('builds a style once and reuses it for other items', async () => {
    const { engines, reads } = countingEngines();
    const [a, b] = sampleArticles().map((x) => cslItem(x));
    const first = await engines.render({ style: GBT, locale: 'zh-CN', format: 'text', kind: 'references', items: [a] });
    const second = await engines.render({ style: GBT, locale: 'zh-CN', format: 'text', kind: 'bibliography', items: [a, b] });
    expect(reads).toEqual([GBT.file]);
    expect(first[0]).toMatch(/^王子瑶, 闵涛, 陈江静\. /);
    expect(second.map((e) => e.slice(0, 4))).toEqual(['[1] ', '[2] ']);
    expect(second[0]).toBe(`[1] ${first[0]}`);
  });

  it('reads an item again when the same id comes back changed', async () => {
    const { engines } = countingEngines();
    const item = cslItem(sampleArticles()[0]);
    await engines.render({ style: GBT, format: 'text', kind: 'references', items: [item] });
    const [again] = await engines.render({ style: GBT, format: 'text', kind: 'references', items: [{ ...item, title: '更正后的标题' }] });
    expect(again).toContain('更正后的标题');
  });

  it('gives in-text citations (numbered in registry order), and an empty request only warms the engine', async () => {
    const { engines, reads } = countingEngines();
    expect(await engines.render({ style: GBT, format: 'text', kind: 'citations', items: [] })).toEqual([]);
    const items = sampleArticles().slice(0, 2).map((x) => cslItem(x));
    expect(await engines.render({ style: GBT, format: 'text', kind: 'citations', items })).toEqual(['[1]', '[2]']);
    expect(reads).toHaveLength(1);
  });

  it('does not keep a style that failed to build', async () => {
    const { engines } = countingEngines();
    const broken = { key: 'custom:x', xml: 'not a style' };
    const request: EngineRequest = { style: broken, format: 'text', kind: 'references', items: [cslItem(sampleArticles()[0])] };
    await expect(engines.render(request)).rejects.toThrow();
    await expect(engines.render({ ...request, style: { ...broken, xml: readFileSync(`csl/styles/${GBT.file}`, 'utf8') } })).resolves.toHaveLength(1);
  });
});

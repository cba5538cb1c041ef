/**
 * renderWithFallback: a reader's own style the engine cannot use is replaced by the default
 * style and reported; a working own style, a bundled style and an id naming nothing are not
 * reported; a bundled style's failure is a fault and is thrown, not hidden.
 */
import { describe, expect, it } from 'vitest';
import { nodeEngines } from '../../../src/cli/node-citations';
import type { CslItem } from '../../../src/core/citation/csl-item';
import type { EngineRequest } from '../../../src/core/citation/engine-cache';
import { customStyle } from '../../../src/core/citation/style-choice';
import { renderWithFallback } from '../../../src/core/citation/style-fallback';
import { UNBUILDABLE_STYLE, UNPRINTABLE_STYLE } from '../../fixtures/citation/broken-styles';

const engines = nodeEngines();
const run = (r: EngineRequest) => engines.render(r);
const items: CslItem[] = [{ id: 'a', type: 'article-newspaper', title: '乡村振兴', 'container-title': '人民日报', issued: { 'date-parts': [[2024, 5, 1]] } }];
const request = (style: string) => ({ style, format: 'text' as const, kind: 'references' as const, items });

describe('renderWithFallback', () => {
  it('renders a broken own style in the default style and says which and why', async () => {
    const gbt = (await renderWithFallback(request('gbt7714-2015'), [], run)).values;
    for (const own of [customStyle('Unbuildable', UNBUILDABLE_STYLE), customStyle('Unprintable', UNPRINTABLE_STYLE)]) {
      const out = await renderWithFallback(request(own.id), [own], run);
      expect(out.values).toEqual(gbt);
      expect(out.fallback).toMatchObject({ style: own.id, title: own.title, usedStyle: 'gbt7714-2015' });
      expect(out.fallback!.engineMessage.length).toBeGreaterThan(10);
    }
  });

  it('reports nothing for a working own style, a bundled style, or an id that names nothing', async () => {
    const own = customStyle('GB/T copy', (await import('node:fs')).readFileSync('csl/styles/china-national-standard-gb-t-7714-2015-numeric.csl', 'utf8'));
    for (const [id, custom] of [[own.id, [own]], ['apa', []], ['custom:gone', []]] as const) {
      const out = await renderWithFallback(request(id), custom, run);
      expect(out.fallback, id).toBeUndefined();
      expect(out.values[0], id).toContain('乡村振兴');
    }
  });

  it('throws when a bundled style fails', async () => {
    const failing = async () => {
      throw new Error('the citation engine stopped');
    };
    await expect(renderWithFallback(request('apa'), [], failing)).rejects.toThrow('the citation engine stopped');
  });
});

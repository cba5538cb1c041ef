/**
 * `npm run bench:citation` — the citation engine: for each bundled style, how long building a
 * citeproc-js engine takes (a fresh CitationEngines, first reference: style parse + compile +
 * render, median of 3) and one reference with the kept engine (median of 30), beside
 * citation-js's plugin-csl (the same citeproc-js, its own engine cache) rendering the same item
 * in the same style, in the same run. Why engines are kept per style: the first column.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { performance } from 'node:perf_hooks';
import { BUNDLED_STYLES } from '../src/core/citation/bundled-styles';
import { cslItem } from '../src/core/citation/csl-item';
import { readBundledStyle, readLocales } from '../src/cli/read-csl';
import { nodeRenderCitations } from '../src/cli/node-citations';
import { sampleArticles } from '../tests/fixtures/export/sample-bundle';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const item = cslItem(sampleArticles()[0]);
const request = (style: string) => ({ style, format: 'text' as const, kind: 'references' as const, items: [item] });

const config = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void }; locales: { add(name: string, xml: string): void } };
for (const [locale, xml] of Object.entries(readLocales())) config.locales.add(locale, xml);

console.log('| style | engine build + first reference (ms) | kept engine, one reference (ms) | citation-js plugin-csl, one reference (ms) | citation-js / Jianbao |');
console.log('|---|---|---|---|---|');
for (const style of BUNDLED_STYLES) {
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) {
    const render = nodeRenderCitations();
    const t = performance.now();
    await render(request(style.id));
    cold.push(performance.now() - t);
  }
  const render = nodeRenderCitations();
  await render(request(style.id));
  const warm: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await render(request(style.id));
    warm.push(performance.now() - t);
  }
  config.styles.add(style.id, readBundledStyle(style));
  const cite = new Cite([{ ...item }]);
  cite.format('bibliography', { template: style.id, lang: style.defaultLocale });
  const peer: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    cite.format('bibliography', { template: style.id, lang: style.defaultLocale });
    peer.push(performance.now() - t);
  }
  const [c, w, p] = [median(cold), median(warm), median(peer)];
  console.log(`| ${style.id} | ${c.toFixed(0)} | ${w.toFixed(1)} | ${p.toFixed(1)} | ${(p / w).toFixed(2)}× |`);
}

/** The speed half of the anchoring bench: re-anchor 1,000 highlights on a ~1 MB article. */
import { JSDOM } from 'jsdom';
import { paragraphsToHtml, type BenchArticle } from './corpus';
import { pickQuote } from './pick-quotes';
import { Random } from './random';
import type { AnchoringSystem } from './systems';

/** Timing of one system: median over runs of re-anchoring all highlights, and how it was run. */
export interface SpeedResult {
  system: string;
  medianMs: number;
  runs: number;
  /** Highlights actually timed per run; the median is scaled to 1,000 when fewer. */
  timedHighlights: number;
  anchored: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Builds one long article from all bench articles (about 1 MB of text), makes `count`
 * highlights, and times each system re-anchoring them on the unchanged page and after a
 * paragraph was inserted at the top (so no stored position is right any more).
 */
export async function measureSpeed(
  articles: BenchArticle[],
  systems: AnchoringSystem[],
  count: number,
  budgetMs: number,
): Promise<{ textChars: number; results: Record<string, SpeedResult[]> }> {
  const paragraphs = articles.flatMap((a) => a.paragraphs);
  const window = new JSDOM('<!doctype html><html><body></body></html>').window;
  const root = window.document.createElement('article');
  root.innerHTML = paragraphsToHtml(paragraphs);
  window.document.body.append(root);
  const random = new Random(7);
  const big = { id: 'all', lang: 'en', paragraphs };
  const ranges: Range[] = [];
  while (ranges.length < count) {
    const q = pickQuote(big, random);
    if (!q) continue;
    const paras = root.querySelectorAll('p');
    const range = window.document.createRange();
    range.setStart(paras[q.startPara].firstChild!, q.startOffset);
    range.setEnd(paras[q.endPara].firstChild!, q.endOffset);
    ranges.push(range);
  }
  const results: Record<string, SpeedResult[]> = { unchanged: [], 'paragraph-inserted-at-top': [] };
  const stored = new Map<string, unknown[]>();
  for (const system of systems) stored.set(system.name, await Promise.all(ranges.map((r) => system.describe(root, r))));
  for (const scenario of Object.keys(results)) {
    if (scenario === 'paragraph-inserted-at-top') root.insertAdjacentHTML('afterbegin', `<p>${paragraphs[1]}</p>`);
    for (const system of systems) {
      const all = stored.get(system.name)!;
      // A slow peer is timed on a prefix of the highlights that fits the budget, then scaled.
      const probeStart = performance.now();
      await system.anchorMany(root, all.slice(0, 10));
      const probeMs = performance.now() - probeStart;
      const timed = Math.min(all.length, Math.max(10, Math.floor((budgetMs / Math.max(probeMs, 0.001)) * 10)));
      const runs = timed === all.length ? 5 : 1;
      const times: number[] = [];
      let anchored = 0;
      for (let r = 0; r < runs; r++) {
        const start = performance.now();
        const out = await system.anchorMany(root, all.slice(0, timed));
        times.push(performance.now() - start);
        anchored = out.filter(Boolean).length;
      }
      results[scenario].push({ system: system.name, medianMs: (median(times) * all.length) / timed, runs, timedHighlights: timed, anchored });
    }
  }
  const textChars = root.textContent!.length;
  window.close();
  return { textChars, results };
}

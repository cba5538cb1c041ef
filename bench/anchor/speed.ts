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
  /** Highlights anchored in the (last) run; the time is scaled to all highlights when fewer. */
  timedHighlights: number;
  anchored: number;
}

// Timed runs per system and page when a run fits the budget; the median is reported.
const RUNS = 3;
// @apache-annotator/dom's describeTextQuote walks the whole 1 MB page per highlight (over 7
// minutes for 1,000): a system still describing after this long is timed on the highlights it
// described by then, and its time scaled to all of them, as slow anchoring runs are.
const SETUP_BUDGET_MS = 60_000;

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
    range.selectNodeContents(paras[q.startPara].firstChild!);
    range.setStart(paras[q.startPara].firstChild!, q.startOffset);
    range.setEnd(paras[q.endPara].firstChild!, q.endOffset);
    ranges.push(range);
  }
  const results: Record<string, SpeedResult[]> = { unchanged: [], 'paragraph-inserted-at-top': [] };
  const stored = new Map<string, unknown[]>();
  for (const system of systems) {
    const started = performance.now();
    const described = await system.describeMany(root, ranges, started + SETUP_BUDGET_MS);
    stored.set(system.name, described);
    console.log(`  (${system.name}: described ${described.length} of ${ranges.length} highlights in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  for (const scenario of Object.keys(results)) {
    if (scenario === 'paragraph-inserted-at-top') root.insertAdjacentHTML('afterbegin', paragraphsToHtml([paragraphs[1]]));
    for (const system of systems) {
      const all = stored.get(system.name)!;
      // Up to RUNS timed runs; a slow peer gets one run cut at the budget, scaled to all highlights.
      const times: number[] = [];
      let done = 0;
      let anchored = 0;
      for (let r = 0; r < RUNS; r++) {
        const start = performance.now();
        const out = await system.anchorMany(root, all, start + budgetMs);
        const elapsed = performance.now() - start;
        done = out.length;
        anchored = out.filter(Boolean).length;
        times.push((elapsed * ranges.length) / done);
        if (done < ranges.length || elapsed * (r + 1) > budgetMs) break;
      }
      results[scenario].push({ system: system.name, medianMs: median(times), runs: times.length, timedHighlights: done, anchored });
    }
  }
  const textChars = root.textContent!.length;
  window.close();
  return { textChars, results };
}

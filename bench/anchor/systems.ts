/**
 * The anchoring systems compared in one run: Jianbao and its peers, each describing a highlight
 * its own way on the original page and anchoring its own description on the edited page.
 */
import { JSDOM } from 'jsdom';
import * as TextQuote from 'dom-anchor-text-quote';
import * as TextPosition from 'dom-anchor-text-position';
import { anchor, anchorInModel, createTextModel, describe, describeInModel } from '../../src/dom/anchoring/index';
import type { Selector } from '../../src/core/model';

// The peers read browser globals for their constants, as they would in a page:
// dom-anchor-text-position `Node`, @apache-annotator/dom `NodeFilter` and `Range`.
const peerGlobals = new JSDOM('').window;
for (const name of ['Node', 'NodeFilter', 'Range'] as const) {
  (globalThis as Record<string, unknown>)[name] ??= peerGlobals[name];
}

/** One system under test. `prepare` lets a system build per-page state once (a text model). */
export interface AnchoringSystem {
  name: string;
  describe(root: Element, range: Range): Promise<unknown>;
  anchor(root: Element, stored: unknown): Promise<Range | null>;
  /**
   * Anchors many highlights on one page, sharing whatever per-page work the system allows,
   * and stops early once `deadline` (performance.now() milliseconds) has passed.
   */
  anchorMany(root: Element, stored: unknown[], deadline?: number): Promise<(Range | null)[]>;
  /**
   * Describes many highlights on one page (setup of the speed bench, not timed); a slow system
   * may stop once `deadline` has passed, and is then timed on the ones it described.
   */
  describeMany(root: Element, ranges: Range[], deadline?: number): Promise<unknown[]>;
}

const describeEach = (system: Pick<AnchoringSystem, 'describe'>) => async (root: Element, ranges: Range[], deadline = Infinity) => {
  const out: unknown[] = [];
  for (const r of ranges) {
    out.push(await system.describe(root, r));
    if (performance.now() > deadline) break;
  }
  return out;
};

/** Jianbao: the code under test. */
export const jianbao: AnchoringSystem = {
  name: 'Jianbao',
  describe: async (root, range) => describe(root, range),
  anchor: (root, stored) => anchor(root, stored as Selector[]),
  anchorMany: async (root, stored, deadline = Infinity) => {
    const model = createTextModel(root);
    const out: (Range | null)[] = [];
    for (const s of stored) {
      out.push(anchorInModel(model, s as Selector[]));
      if (performance.now() > deadline) break;
    }
    return out;
  },
  describeMany: async (root, ranges) => {
    const model = createTextModel(root);
    return ranges.map((r) => describeInModel(model, r));
  },
};

interface TilgoviSelectors {
  position: { start: number; end: number };
  quote: { exact: string; prefix: string; suffix: string };
}

async function anchorTilgovi(root: Element, stored: unknown): Promise<Range | null> {
  const { position, quote } = stored as TilgoviSelectors;
  // Position first, accepted only when its text equals the quote (the order Hypothesis used
  // with these libraries), then the quote searched near the old position.
  try {
    const range = TextPosition.toRange(root, position) as Range;
    if (range.toString() === quote.exact) return range;
  } catch {
    // A position past the end of the edited text throws; fall through to the quote.
  }
  try {
    return (TextQuote.toRange(root, quote, { hint: position.start }) as Range | null) ?? null;
  } catch {
    return null;
  }
}

/** dom-anchor-text-quote 4 with dom-anchor-text-position 5 as the position hint. */
export const tilgovi: AnchoringSystem = {
  name: 'dom-anchor-text-quote+position',
  describe: async (root, range) => ({ position: TextPosition.fromRange(root, range), quote: TextQuote.fromRange(root, range) }),
  anchor: anchorTilgovi,
  anchorMany: async (root, stored, deadline = Infinity) => {
    const out: (Range | null)[] = [];
    for (const s of stored) {
      out.push(await anchorTilgovi(root, s));
      if (performance.now() > deadline) break;
    }
    return out;
  },
  describeMany: async (root, ranges) => describeTilgoviFast(root, ranges),
};

/**
 * What TextPosition.fromRange / TextQuote.fromRange return (offsets into root.textContent,
 * 32 characters of context), computed in one pass: the libraries walk the page per call, which
 * takes minutes for 1,000 highlights on 1 MB. The first few are checked against the libraries.
 */
function describeTilgoviFast(root: Element, ranges: Range[]): TilgoviSelectors[] {
  const offsets = new Map<Node, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    offsets.set(node, total);
    total += (node as Text).data.length;
  }
  const text = root.textContent ?? '';
  const out = ranges.map((range) => {
    const start = offsets.get(range.startContainer)! + range.startOffset;
    const end = offsets.get(range.endContainer)! + range.endOffset;
    return {
      position: { start, end },
      quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    };
  });
  for (let i = 0; i < Math.min(3, ranges.length); i++) {
    const expected = { position: TextPosition.fromRange(root, ranges[i]), quote: TextQuote.fromRange(root, ranges[i]) };
    if (JSON.stringify(expected) !== JSON.stringify(out[i])) throw new Error('fast describe differs from dom-anchor-text-quote');
  }
  return out;
}

/**
 * @apache-annotator/dom 0.2.0. It imports @apache-annotator/selector at run time but lists it only
 * as a devDependency, so the project installs that package itself (package.json); if the import
 * still fails, the bench says so instead of comparing.
 */
export async function loadApacheAnnotator(): Promise<AnchoringSystem | string> {
  try {
    const moduleName = '@apache-annotator/dom';
    const apache = (await import(moduleName)) as {
      describeTextQuote(range: Range, scope: Node): Promise<unknown>;
      createTextQuoteSelectorMatcher(selector: unknown): (scope: Node) => AsyncIterable<Range>;
    };
    const anchorOne = async (root: Element, stored: unknown): Promise<Range | null> => {
      for await (const match of apache.createTextQuoteSelectorMatcher(stored)(root)) return match;
      return null;
    };
    const describeOne = (root: Element, range: Range): Promise<unknown> => apache.describeTextQuote(range, root);
    return {
      name: '@apache-annotator/dom',
      describe: describeOne,
      describeMany: describeEach({ describe: describeOne }),
      anchor: anchorOne,
      anchorMany: async (root, stored, deadline = Infinity) => {
        const out: (Range | null)[] = [];
        for (const s of stored) {
          out.push(await anchorOne(root, s));
          if (performance.now() > deadline) break;
        }
        return out;
      },
    };
  } catch (error) {
    return `not measured: ${(error as Error).message.split('\n')[0]}`;
  }
}

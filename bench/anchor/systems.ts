/**
 * The anchoring systems compared in one run: Jianbao and its peers, each describing a highlight
 * its own way on the original page and anchoring its own description on the edited page.
 */
import { JSDOM } from 'jsdom';
import * as TextQuote from 'dom-anchor-text-quote';
import * as TextPosition from 'dom-anchor-text-position';
import { anchor, anchorInModel, createTextModel, describe } from '../../src/dom/anchoring/index';
import type { Selector } from '../../src/core/model';

// dom-anchor-text-position reads the global `Node` for its constants, as it would in a browser.
(globalThis as { Node?: unknown }).Node ??= new JSDOM('').window.Node;

/** One system under test. `prepare` lets a system build per-page state once (a text model). */
export interface AnchoringSystem {
  name: string;
  describe(root: Element, range: Range): Promise<unknown>;
  anchor(root: Element, stored: unknown): Promise<Range | null>;
  /** Anchors many highlights on one page, sharing whatever per-page work the system allows. */
  anchorMany(root: Element, stored: unknown[]): Promise<(Range | null)[]>;
}

/** Jianbao: the code under test. */
export const jianbao: AnchoringSystem = {
  name: 'Jianbao',
  describe: async (root, range) => describe(root, range),
  anchor: (root, stored) => anchor(root, stored as Selector[]),
  anchorMany: async (root, stored) => {
    const model = createTextModel(root);
    return stored.map((s) => anchorInModel(model, s as Selector[]));
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
  anchorMany: async (root, stored) => {
    const out: (Range | null)[] = [];
    for (const s of stored) out.push(await anchorTilgovi(root, s));
    return out;
  },
};

/**
 * @apache-annotator/dom 0.2.0, when it can be loaded: it imports @apache-annotator/selector at
 * run time but lists it only as a devDependency, so a plain install lacks it.
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
    return {
      name: '@apache-annotator/dom',
      describe: (root, range) => apache.describeTextQuote(range, root),
      anchor: anchorOne,
      anchorMany: async (root, stored) => {
        const out: (Range | null)[] = [];
        for (const s of stored) out.push(await anchorOne(root, s));
        return out;
      },
    };
  } catch (error) {
    return `not measured: ${(error as Error).message.split('\n')[0]}`;
  }
}

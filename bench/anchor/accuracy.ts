/** The accuracy half of the anchoring bench: highlights × edit classes × systems. */
import { JSDOM } from 'jsdom';
import { paragraphsToHtml, type BenchArticle } from './corpus';
import { applyEdit, countVisible, EDIT_CLASSES, type Donor, type EditClass } from './edits';
import { judge, type Verdict } from './judge';
import { pickQuote, type QuoteSpec } from './pick-quotes';
import { Random } from './random';
import type { AnchoringSystem } from './systems';

/** Verdict counts per system and edit class. */
export type Tally = Record<string, Record<EditClass, Record<Verdict, number>>>;

function emptyTally(systems: AnchoringSystem[]): Tally {
  const tally: Tally = {};
  for (const s of systems) {
    tally[s.name] = {} as Tally[string];
    for (const e of EDIT_CLASSES) tally[s.name][e] = { correct: 0, orphan: 0, wrong: 0 };
  }
  return tally;
}

function expectedSpan(p: string[], q: QuoteSpec, shift: number | null): [number, number] | null {
  if (shift === null) return null;
  let start = 0;
  for (let i = 0; i < q.startPara; i++) start += countVisible(p[i]);
  start += countVisible(p[q.startPara].slice(0, q.startOffset));
  let length = 0;
  for (let i = q.startPara; i <= q.endPara; i++) {
    const from = i === q.startPara ? q.startOffset : 0;
    const to = i === q.endPara ? q.endOffset : p[i].length;
    length += countVisible(p[i].slice(from, to));
  }
  return [start + shift, start + shift + length];
}

function rangeOf(root: Element, q: QuoteSpec): Range {
  const paragraphs = root.querySelectorAll('p');
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(paragraphs[q.startPara].firstChild!);
  range.setStart(paragraphs[q.startPara].firstChild!, q.startOffset);
  range.setEnd(paragraphs[q.endPara].firstChild!, q.endOffset);
  return range;
}

/** Example failures kept for the report, so thresholds can be judged by real cases. */
export interface Failure {
  system: string;
  edit: EditClass;
  verdict: Verdict;
  exact: string;
  /** Stored selectors, the edited page and where the quote should be, for Jianbao with --detail. */
  detail?: string;
}

/** What to run: a subset of edit classes, and whether to explain Jianbao's failures. */
export interface AccuracyOptions {
  classes?: ReadonlySet<EditClass>;
  explain?: (root: Element, stored: unknown, expected: [number, number] | null) => string;
}

/** Runs every highlight of every article through every edit class and system. */
export async function measureAccuracy(
  articles: BenchArticle[],
  donors: Map<string, Donor>,
  systems: AnchoringSystem[],
  perArticle: number,
  seed: number,
  options: AccuracyOptions = {},
): Promise<{ tally: Tally; highlights: number; kinds: Record<string, number>; failures: Failure[] }> {
  const random = new Random(seed);
  const tally = emptyTally(systems);
  const kinds: Record<string, number> = {};
  const failures: Failure[] = [];
  let highlights = 0;
  for (const article of articles) {
    // A window per page: jsdom keeps every NodeIterator a peer creates and visits them all on
    // each removal, so one shared window slows down page after page.
    const window = new JSDOM('<!doctype html><html><body></body></html>').window;
    const document = window.document;
    const original = document.createElement('article');
    original.innerHTML = paragraphsToHtml(article.paragraphs);
    document.body.append(original);
    const donor = donors.get(article.lang === 'zh' ? 'zh' : 'other')!;
    for (let n = 0; n < perArticle; n++) {
      const q = pickQuote(article, random);
      if (!q) continue;
      highlights++;
      kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
      const range = rangeOf(original, q);
      const stored = await Promise.all(systems.map((s) => s.describe(original, range)));
      for (const kind of EDIT_CLASSES) {
        // Every edit is still drawn so a subset of classes sees the same pages as a full run.
        const edited = applyEdit(kind, article.paragraphs, q, donor, random);
        if (options.classes && !options.classes.has(kind)) continue;
        const expected = expectedSpan(article.paragraphs, q, edited.shift);
        const root = document.createElement('article');
        // Plain pages are built node by node (parsing markup was the bench's main cost), with
        // the same "\n" text between paragraphs that paragraphsToHtml writes.
        if (edited.paragraphs) {
          edited.paragraphs.forEach((text, i) => {
            if (i > 0) root.append('\n');
            root.appendChild(document.createElement('p')).append(text);
          });
        } else {
          root.innerHTML = edited.html;
        }
        document.body.append(root);
        for (let i = 0; i < systems.length; i++) {
          let found: Range | null;
          try {
            found = await systems[i].anchor(root, stored[i]);
          } catch {
            found = null;
          }
          const verdict = judge(root, found, expected);
          tally[systems[i].name][kind][verdict]++;
          if (verdict !== 'correct' && !(kind === 'quote-deleted' && verdict === 'orphan') && failures.length < 400) {
            const detail = options.explain && i === 0 ? options.explain(root, stored[i], expected) : undefined;
            failures.push({ system: systems[i].name, edit: kind, verdict, exact: range.toString().slice(0, 80), detail });
          }
        }
        root.remove();
      }
    }
    window.close();
  }
  return { tally, highlights, kinds, failures };
}

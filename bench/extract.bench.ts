/**
 * `npm run bench:extract [-- --set NAME] [--limit N] [--details]`: our detector and
 * @mozilla/readability 0.6.0 on the same jsdom documents in one run, on every set of
 * ../shared/bench-data/extraction (zyte, cwced-zh, readability-pages, postlight-dev), each
 * reported on its two fixed halves (bench/lib/split.ts: tune, held out) and in total.
 *
 * Our fields are scored as exports use them: a field below the confidence threshold is a
 * suggestion and counts as empty (`detectedFacts`, as the store keeps it; the headline is never held back); the row "incl. suggestions" scores every value.
 * Body P/R/F1 (CJK-aware tokens and Zyte's 4-grams), title, author right and precision, date,
 * lead, and detection time per page. Readability mutates its input, so it gets a clone made
 * outside the timed region. `--details` prints one JSON line per page of the tune half only:
 * the held-out half is never looked at page by page.
 */
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { parseHtmlDocument } from '../src/cli/parse-html-document';
import { detectArticle } from '../src/dom/article/detect-article';
import { splitPageItems } from '../src/dom/article/split-page-items';
import { detectedFacts } from '../src/core/article/field-confidence';
import { loadExtractionSet, type ExtractionPage } from './lib/load-extraction-set';
import { compareBags, fourGrams, quantile, summarise, tokenizeCjkAware, type PrecisionRecall } from './lib/text-metrics';
import {
  authorPrecisionCounts,
  expectedDay,
  isAuthorRight,
  isAuthorRightBySurname,
  isDateRight,
  isDateRightNearDay,
  isLeadRight,
  isTitleRight,
} from './lib/field-accuracy';
import { halfOf, type Half } from './lib/split';

const DATA = '../shared/bench-data/extraction';
const SETS = ['zyte', 'cwced-zh', 'readability-pages', 'postlight-dev'] as const;
type SetName = (typeof SETS)[number];

/** Which fields a set has ground truth for (readability-pages: body and title only, see its README caveats). */
const FIELDS: Record<SetName, { body: boolean; title: boolean; author: 'contains' | 'surname' | null; date: 'day' | 'near-day' | null; lead: boolean }> = {
  zyte: { body: true, title: false, author: null, date: null, lead: false },
  'cwced-zh': { body: true, title: false, author: 'contains', date: 'day', lead: false },
  'readability-pages': { body: true, title: true, author: null, date: null, lead: false },
  'postlight-dev': { body: false, title: true, author: 'surname', date: 'near-day', lead: true },
};

/** One tool's output on one page, in the shape the scorer reads. */
interface Output {
  text: string;
  title?: string;
  authors: string[];
  date?: string;
}

/** One tool's score on one page; undefined where the page has no truth for the field. */
interface PageScore {
  half: Half;
  tokens?: PrecisionRecall;
  grams?: PrecisionRecall;
  title?: boolean;
  author?: boolean;
  precision?: { found: number; detected: number };
  date?: boolean;
  lead?: boolean;
  ms: number;
}

function scorePage(set: SetName, page: ExtractionPage, out: Output, ms: number): PageScore {
  const f = FIELDS[set];
  const s: PageScore = { half: halfOf(page.id), ms };
  if (f.body) {
    s.tokens = compareBags(tokenizeCjkAware(out.text), tokenizeCjkAware(page.expectedText));
    s.grams = compareBags(fourGrams(out.text), fourGrams(page.expectedText));
  }
  if (f.title && page.expectedTitle) s.title = isTitleRight(page.expectedTitle, out.title);
  if (f.author && page.expectedAuthor) {
    s.author = f.author === 'surname' ? isAuthorRightBySurname(page.expectedAuthor, out.authors) : isAuthorRight(page.expectedAuthor, out.authors);
  }
  if (f.author && (page.expectedAuthor || page.assertedNone.includes('author'))) s.precision = authorPrecisionCounts(page.expectedAuthor, out.authors);
  if (f.date && page.expectedDate && expectedDay(page.expectedDate)) {
    s.date = f.date === 'near-day' ? isDateRightNearDay(page.expectedDate, out.date) : isDateRight(expectedDay(page.expectedDate)!, out.date);
  }
  if (f.lead && page.expectedLead) s.lead = isLeadRight(tokenizeCjkAware(out.text), tokenizeCjkAware(page.expectedLead));
  return s;
}

function row(label: string, tool: string, scores: PageScore[], ratio?: number): string {
  const pct = (values: Array<boolean | undefined>): string => {
    const known = values.filter((x): x is boolean => x !== undefined);
    const right = known.filter(Boolean).length;
    return known.length ? `${Math.round((100 * right) / known.length)}% (${right}/${known.length})` : 'n/a';
  };
  const tokens = scores.map((s) => s.tokens).filter((x): x is PrecisionRecall => !!x);
  const grams = scores.map((s) => s.grams).filter((x): x is PrecisionRecall => !!x);
  const f3 = (x: number): string => x.toFixed(3);
  const body = tokens.length ? (() => {
    const t = summarise(tokens);
    return `${f3(t.precision)} / ${f3(t.recall)} / **${f3(t.f1)}**`;
  })() : 'n/a';
  const gram = grams.length ? f3(summarise(grams).f1) : 'n/a';
  const counts = scores.map((s) => s.precision).filter((x): x is { found: number; detected: number } => !!x);
  const found = counts.reduce((n, c) => n + c.found, 0);
  const detected = counts.reduce((n, c) => n + c.detected, 0);
  const precision = counts.length ? (detected ? `${Math.round((100 * found) / detected)}% (${found}/${detected})` : '– (0 names)') : 'n/a';
  const ms = scores.map((s) => s.ms);
  const time = `${quantile(ms, 0.5).toFixed(1)} / ${quantile(ms, 0.95).toFixed(1)}${ratio === undefined ? '' : ` (×${ratio.toFixed(2)})`}`;
  return `| ${label} | ${tool} | ${body} | ${gram} | ${pct(scores.map((s) => s.title))} | ${pct(scores.map((s) => s.author))} | ${precision} | ${pct(scores.map((s) => s.date))} | ${pct(scores.map((s) => s.lead))} | ${time} |`;
}

const stripBy = (byline: string): string => byline.replace(/^\s*by\s+/iu, '').trim();

function main(): void {
  const args = process.argv.slice(2);
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const details = args.includes('--details');
  const lines = [
    '| set, half (pages) | tool | body tokens P / R / F1 | Zyte 4-gram F1 | title right | author right | author precision | date right | lead right | median / p95 ms (ours ÷ Readability) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const set of SETS.filter((s) => !only || s === only)) {
    const pages = loadExtractionSet(`${DATA}/${set}`, limit);
    const facts: PageScore[] = [];
    const all: PageScore[] = [];
    const theirs: PageScore[] = [];
    let articles = 0;
    // Every page of these sets holds one article: a split here is a false split.
    const splitPages: string[] = [];
    for (const page of pages) {
      const dom = parseHtmlDocument(page.html, page.url);
      const doc = dom.window.document;
      const clone = doc.cloneNode(true) as Document;
      // Warm nothing: each tool sees a fresh document once, as in a browser tab.
      let t0 = performance.now();
      const article = detectArticle(doc, page.url);
      // The annotator also asks whether the page holds several articles (split-page-items): timed with it.
      const split = splitPageItems(doc, article.body, article.walk);
      const ourMs = performance.now() - t0;
      if (split) splitPages.push(`${page.id.slice(0, 16)}:${split.pattern}:${split.items.length}`);
      t0 = performance.now();
      const parsed = new Readability(clone).parse();
      const theirMs = performance.now() - t0;
      if (article.isArticle) articles++;
      const fact = detectedFacts(article);
      const ourFacts: Output = { text: article.body.text, title: fact.title, authors: fact.authors.map((p) => p.name), date: fact.date };
      const ourAll: Output = { text: article.body.text, title: article.title, authors: article.authors.map((p) => p.name), date: article.date };
      facts.push(scorePage(set, page, ourFacts, ourMs));
      all.push(scorePage(set, page, ourAll, ourMs));
      theirs.push(
        scorePage(set, page, { text: parsed?.textContent ?? '', title: parsed?.title ?? undefined, authors: parsed?.byline ? [stripBy(parsed.byline)] : [], date: parsed?.publishedTime ?? undefined }, theirMs),
      );
      if (details && halfOf(page.id) === 'tune') {
        const s = facts[facts.length - 1];
        console.error(
          JSON.stringify({
            set,
            id: page.id.slice(0, 24),
            ...(s.tokens ? { p: +s.tokens.precision.toFixed(3), r: +s.tokens.recall.toFixed(3) } : {}),
            title: article.title,
            expT: page.expectedTitle,
            authors: article.authors.map((a) => `${a.name}/${a.role}`).join(','),
            expA: page.expectedAuthor,
            date: article.date,
            expD: page.expectedDate,
            ok: { title: s.title, author: s.author, precision: s.precision, date: s.date, lead: s.lead },
            conf: Object.fromEntries(Object.entries(article.fieldConfidence).map(([k, c]) => [k, `${c!.score} ${c!.evidence.join(',')}`])),
          }),
        );
      }
      dom.window.close();
    }
    const median = (xs: PageScore[]): number => quantile(xs.map((s) => s.ms), 0.5);
    for (const half of ['tune', 'held', 'all'] as const) {
      const pick = (xs: PageScore[]): PageScore[] => (half === 'all' ? xs : xs.filter((s) => s.half === half));
      const label = `${set}, ${half === 'held' ? 'held out' : half} (${pick(facts).length})`;
      lines.push(
        row(label, 'jianbao (facts)', pick(facts), median(pick(facts)) / median(pick(theirs))),
        row(label, 'jianbao incl. suggestions', pick(all)),
        row(label, 'Readability 0.6.0', pick(theirs)),
      );
    }
    lines.push(`| ${set} | pages called an article: ${articles}/${pages.length}; split into items: ${splitPages.length}${splitPages.length ? ` (${splitPages.join(', ')})` : ''} | | | | | | | | |`);
  }
  console.log(lines.join('\n'));
}

main();

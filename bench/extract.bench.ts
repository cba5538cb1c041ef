/**
 * `npm run bench:extract [-- --set zyte|cwced-zh] [--limit N] [--details]`: our detector and
 * @mozilla/readability 0.6.0 on the same jsdom documents in one run. Body P/R/F1 (CJK-aware
 * tokens and Zyte's 4-grams), author/date accuracy, and detection time per page. Readability
 * mutates its input, so it gets a clone made outside the timed region.
 */
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { parseHtmlDocument } from '../src/cli/parse-html-document';
import { detectArticle } from '../src/dom/article/detect-article';
import { loadExtractionSet } from './lib/load-extraction-set';
import { compareBags, fourGrams, quantile, summarise, tokenizeCjkAware, type PrecisionRecall } from './lib/text-metrics';
import { expectedDay, isAuthorRight, isDateRight } from './lib/field-accuracy';

const DATA = '../shared/bench-data/extraction';

interface ToolTally {
  tokens: PrecisionRecall[];
  grams: PrecisionRecall[];
  authorRight: number;
  authorTotal: number;
  dateRight: number;
  dateTotal: number;
  ms: number[];
  /** Pages the tool called an article (all benchmark pages are). */
  articles: number;
}

const newTally = (): ToolTally => ({ tokens: [], grams: [], authorRight: 0, authorTotal: 0, dateRight: 0, dateTotal: 0, ms: [], articles: 0 });

function score(t: ToolTally, expected: string, text: string, authors: string[], date: string | undefined, expAuthor?: string, expDate?: string): PrecisionRecall {
  const tok = compareBags(tokenizeCjkAware(text), tokenizeCjkAware(expected));
  t.tokens.push(tok);
  t.grams.push(compareBags(fourGrams(text), fourGrams(expected)));
  if (expAuthor) {
    t.authorTotal++;
    if (isAuthorRight(expAuthor, authors)) t.authorRight++;
  }
  const day = expDate ? expectedDay(expDate) : undefined;
  if (day) {
    t.dateTotal++;
    if (isDateRight(day, date)) t.dateRight++;
  }
  return tok;
}

function row(name: string, set: string, n: number, t: ToolTally): string {
  const tok = summarise(t.tokens);
  const gram = summarise(t.grams);
  const pct = (r: number, total: number): string => (total ? `${Math.round((100 * r) / total)}% (${r}/${total})` : 'n/a');
  const f = (x: number): string => x.toFixed(3);
  return `| ${set} (${n}) | ${name} | ${f(tok.precision)} / ${f(tok.recall)} / **${f(tok.f1)}** | ${f(gram.precision)} / ${f(gram.recall)} / ${f(gram.f1)} | ${pct(t.authorRight, t.authorTotal)} | ${pct(t.dateRight, t.dateTotal)} | ${quantile(t.ms, 0.5).toFixed(1)} / ${quantile(t.ms, 0.95).toFixed(1)} |`;
}

function main(): void {
  const args = process.argv.slice(2);
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const details = args.includes('--details');
  const lines = [
    '| set (pages) | tool | tokens P / R / F1 | Zyte 4-gram P / R / F1 | author right | date right | median / p95 ms |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const set of ['zyte', 'cwced-zh'].filter((s) => !only || s === only)) {
    const pages = loadExtractionSet(`${DATA}/${set}`, limit);
    const ours = newTally();
    const theirs = newTally();
    for (const page of pages) {
      const dom = parseHtmlDocument(page.html, page.url);
      const doc = dom.window.document;
      const clone = doc.cloneNode(true) as Document;
      // Warm nothing: each tool sees a fresh document once, as in a browser tab.
      let t0 = performance.now();
      const article = detectArticle(doc, page.url);
      ours.ms.push(performance.now() - t0);
      if (article.isArticle) ours.articles++;
      t0 = performance.now();
      const parsed = new Readability(clone).parse();
      theirs.ms.push(performance.now() - t0);
      if (parsed) theirs.articles++;
      const tok = score(ours, page.expectedText, article.body.text, article.authors.map((p) => p.name), article.date, page.expectedAuthor, page.expectedDate);
      score(theirs, page.expectedText, parsed?.textContent ?? '', parsed?.byline ? [parsed.byline] : [], parsed?.publishedTime ?? undefined, page.expectedAuthor, page.expectedDate);
      if (details) {
        const r = theirs.tokens[theirs.tokens.length - 1];
        console.error(
          JSON.stringify({ id: page.id.slice(0, 8), p: +tok.precision.toFixed(3), r: +tok.recall.toFixed(3), rp: +r.precision.toFixed(3), rr: +r.recall.toFixed(3), authors: article.authors.map((a) => a.name).join(','), expA: page.expectedAuthor, date: article.date, expD: page.expectedDate, src: article.sources }),
        );
      }
      dom.window.close();
    }
    lines.push(row('jianbao detectArticle', set, pages.length, ours), row('Readability 0.6.0', set, pages.length, theirs));
    const ratio = quantile(ours.ms, 0.5) / quantile(theirs.ms, 0.5);
    lines.push(`| ${set} | pages called an article: ours ${ours.articles}/${pages.length}, Readability parse() non-null ${theirs.articles}/${pages.length} | | | | | |`);
    lines.push(`| ${set} | median time ratio (ours / Readability) | | | | | ${ratio.toFixed(2)} |`);
  }
  console.log(lines.join('\n'));
}

main();

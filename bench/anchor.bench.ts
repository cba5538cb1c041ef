/**
 * `npm run bench:anchor` — robust anchoring, Jianbao against dom-anchor-text-quote (+position)
 * and @apache-annotator/dom in the same run. Accuracy: highlights on the extraction bench
 * articles (../shared/bench-data/extraction), each edit class applied, each verdict judged in
 * non-whitespace characters. Speed: 1,000 highlights re-anchored on a ~1 MB article.
 * Flags: --per-article N (default 10), --seed N, --speed-count N (default 1000), --speed-only, --accuracy-only,
 * --classes a,b (accuracy on those edit classes only; the same pages as a full run), --jianbao-only
 * (no peers), --detail (print each Jianbao failure with its stored context and the edited text).
 */
import { loadArticles, type BenchArticle } from './anchor/corpus';
import { measureAccuracy } from './anchor/accuracy';
import { measureSpeed } from './anchor/speed';
import { EDIT_CLASSES, type Donor, type EditClass } from './anchor/edits';
import { describeFailure } from './anchor/failure-detail';
import type { Selector } from '../src/core/model';
import { jianbao, loadApacheAnnotator, tilgovi, type AnchoringSystem } from './anchor/systems';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};

function donorsFor(articles: BenchArticle[]): Map<string, Donor> {
  const donors = new Map<string, Donor>();
  for (const key of ['zh', 'other']) {
    const pool = articles.filter((a) => (a.lang === 'zh') === (key === 'zh'));
    const paragraphs = pool.flatMap((a) => a.paragraphs).filter((p) => p.length > 40);
    const words = paragraphs.flatMap((p) => p.split(/\s+/)).filter((w) => w.length >= 2 && w.length <= 12);
    // Chinese has no spaces; borrow 2–4 character runs as "words".
    const zhWords = paragraphs.flatMap((p) => p.match(/[\u4e00-\u9fff]{2,4}/g) ?? []);
    donors.set(key, { paragraphs: paragraphs.slice(0, 500), words: key === 'zh' ? zhWords.slice(0, 5000) : words.slice(0, 5000) });
  }
  return donors;
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(2)}%`);

const articles = loadArticles('../shared/bench-data/extraction');
const apache = await loadApacheAnnotator();
const systems: AnchoringSystem[] = args.includes('--jianbao-only') ? [jianbao] : [jianbao, tilgovi, ...(typeof apache === 'string' ? [] : [apache])];
const classArg = args.indexOf('--classes');
const classes = classArg === -1 ? undefined : new Set(args[classArg + 1].split(',') as EditClass[]);
const detail = args.includes('--detail');
console.log(`# Anchoring bench (node ${process.version}, ${articles.length} articles)`);
if (typeof apache === 'string') console.log(`@apache-annotator/dom: ${apache}`);

if (!args.includes('--speed-only')) {
  const started = performance.now();
  const { tally, highlights, kinds, failures } = await measureAccuracy(articles, donorsFor(articles), systems, flag('--per-article', 10), flag('--seed', 1), {
    classes,
    explain: detail ? (root, stored, expected) => describeFailure(root, stored as Selector[], expected) : undefined,
  });
  console.log(`\n## Accuracy: ${highlights} highlights (${JSON.stringify(kinds)}), ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log('\n| edit class | system | correct | orphan | wrong |\n|---|---|---|---|---|');
  const shown = EDIT_CLASSES.filter((e) => !classes || classes.has(e));
  for (const edit of shown) {
    for (const s of systems) {
      const t = tally[s.name][edit];
      const n = t.correct + t.orphan + t.wrong;
      console.log(`| ${edit} | ${s.name} | ${pct(t.correct, n)} | ${pct(t.orphan, n)} | ${pct(t.wrong, n)} (${t.wrong}) |`);
    }
  }
  for (const s of systems) {
    let wrong = 0;
    let total = 0;
    let issueWrong = 0;
    let issueTotal = 0;
    for (const edit of shown) {
      const t = tally[s.name][edit];
      const n = t.correct + t.orphan + t.wrong;
      wrong += t.wrong;
      total += n;
      // duplicated-adjacent is an extra class, not one of the issue's targets.
      if (edit !== 'duplicated-adjacent') {
        issueWrong += t.wrong;
        issueTotal += n;
      }
    }
    console.log(`\n${s.name}: wrong overall ${pct(issueWrong, issueTotal)} (${issueWrong} of ${issueTotal}) on the issue's classes, ${pct(wrong, total)} (${wrong} of ${total}) with duplicated-adjacent`);
  }
  const ours = failures.filter((f) => f.system === jianbao.name);
  const listed = detail ? ours : ours.slice(0, 40);
  console.log(`\nJianbao failures (${listed.length} of ${ours.length} listed):`);
  for (const f of listed) console.log(`  ${f.edit} ${f.verdict}: ${JSON.stringify(f.exact)}${f.detail ? `\n${f.detail}` : ''}`);
}

if (!args.includes('--accuracy-only')) {
  console.log('\n(speed setup)');
  const { textChars, results } = await measureSpeed(articles, systems, flag('--speed-count', 1000), 6000);
  console.log(`\n## Speed: ${flag('--speed-count', 1000)} highlights re-anchored on one article of ${textChars.toLocaleString('en')} characters`);
  console.log('\n| page | system | median ms | ×Jianbao | anchored | timed |\n|---|---|---|---|---|---|');
  for (const [scenario, rows] of Object.entries(results)) {
    const base = rows.find((r) => r.system === jianbao.name)!.medianMs;
    for (const r of rows) {
      const timed = r.runs > 1 ? `${r.runs} runs` : `1 run of ${r.timedHighlights}, scaled`;
      console.log(`| ${scenario} | ${r.system} | ${r.medianMs.toFixed(0)} | ${(r.medianMs / base).toFixed(1)} | ${r.anchored}/${r.timedHighlights} | ${timed} |`);
    }
  }
}

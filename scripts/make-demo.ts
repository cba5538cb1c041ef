/**
 * Builds the bundled demo newspaper (demo/) from the seed e-paper text in ../shared/fixtures:
 * a Founder-style (方正) e-paper edition of 荆州日报, 31 March 2022, page 2 — a page view
 * listing the page's items and one article page per item, with the markup real e-paper sites
 * use (enpproperty comments, 引题 h3 / 主题 h1 / 副题 h2, 第N版 labels, dated content URLs).
 * Run: node scripts/run-ts.mjs scripts/make-demo.ts  (the output is committed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeText } from '../src/core/text/normalize';
import { escapeHtml } from '../src/core/export/escape-html';

interface ExpectedItem {
  id: number;
  kind: string;
  headline: number[];
  byline: number[];
  body: number[];
  other: number[];
  people: { name: string; role: string }[];
}

const seed = fs.readFileSync('../shared/fixtures/seed-page.txt', 'utf8');
const expected = JSON.parse(fs.readFileSync('../shared/fixtures/seed-page.expected.json', 'utf8')) as { items: ExpectedItem[] };
const lines = seed.split('\n');
const outDir = 'demo/html/2022-03/31';
fs.mkdirSync(outDir, { recursive: true });

/** Body lines → paragraphs, using the same normaliser the extension uses on raw e-paper text. */
function paragraphs(lineNumbers: number[]): string[] {
  const raw: string[] = [];
  let previous = -2;
  for (const n of lineNumbers) {
    if (previous >= 0 && n > previous + 1) raw.push('');
    raw.push(lines[n]);
    previous = n;
  }
  return normalizeText(raw.join('\n')).text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

function headlineParts(item: ExpectedItem): { kicker?: string; title: string; subtitle?: string } {
  const texts = item.headline.map((n) => lines[n].trim());
  if (texts.length === 0) return { title: item.kind === 'photo' ? '图片新闻' : item.kind === 'ad' ? '公益广告' : '（接上版）' };
  if (texts.length === 1) return { title: texts[0] };
  const hasKicker = /[：:]$/.test(texts[0]) || texts.length === 3;
  if (texts.length === 3) return { kicker: texts[0] + texts[1], title: texts[2] };
  return hasKicker ? { kicker: texts[0], title: texts[1] } : { title: texts[0], subtitle: texts[1] };
}

const PAPER = '荆州日报';
const DATE = '2022年03月31日';
const PAGE_LABEL = '第02版：要闻';

function articlePage(item: ExpectedItem): string {
  const { kicker, title, subtitle } = headlineParts(item);
  const byline = item.byline.map((n) => lines[n].trim()).join(' ');
  const author = item.people.filter((p) => p.role !== 'photographer').map((p) => p.name).join(' ');
  const body = paragraphs(item.body).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const credits = item.other.map((n) => `<p class="credit">${escapeHtml(lines[n].trim())}</p>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}--${PAPER}</title>
<link rel="stylesheet" href="../../../epaper.css">
</head>
<body>
<!--enpproperty <articleid>${item.id}</articleid><date>2022-03-31</date><author>${escapeHtml(author)}</author><title>${escapeHtml(title)}</title><introtitle>${escapeHtml(kicker ?? '')}</introtitle><subtitle>${escapeHtml(subtitle ?? '')}</subtitle><nodename>${PAGE_LABEL}</nodename>/enpproperty-->
<header class="masthead">
  <div class="paper">${PAPER}</div>
  <div class="edition"><span>${DATE}</span> <span class="page-label">${PAGE_LABEL}</span></div>
  <nav class="edition-nav"><a href="node_2.htm">返回版面</a> · <a href="node_2.htm">上一篇</a> · <a href="node_2.htm">下一篇</a></nav>
</header>
<main class="article-page">
  <article>
    ${kicker ? `<h3 class="kicker">${escapeHtml(kicker)}</h3>` : ''}
    <h1>${escapeHtml(title)}</h1>
    ${subtitle ? `<h2 class="subtitle">${escapeHtml(subtitle)}</h2>` : ''}
    ${byline ? `<div class="byline">${escapeHtml(byline)}</div>` : ''}
    <div class="content">
<!--enpcontent-->
<founder-content>
${body}
${credits}
</founder-content>
<!--/enpcontent-->
    </div>
  </article>
  <aside class="share">分享到：微信 微博 <a href="node_2.htm">打印本页</a></aside>
</main>
<footer class="site-footer">荆州日报社版权所有 · 演示页面（Jianbao demo）</footer>
</body>
</html>
`;
}

const listed = expected.items.filter((item) => item.kind === 'article' || item.kind === 'column' || item.kind === 'continuation');
for (const item of expected.items) fs.writeFileSync(path.join(outDir, `content_${item.id}.htm`), articlePage(item));

const nav = expected.items
  .map((item) => `<li><a href="content_${item.id}.htm">${escapeHtml(headlineParts(item).title)}</a></li>`)
  .join('\n');
fs.writeFileSync(
  path.join(outDir, 'node_2.htm'),
  `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${PAPER} ${PAGE_LABEL}</title><link rel="stylesheet" href="../../../epaper.css"></head>
<body>
<header class="masthead"><div class="paper">${PAPER}</div><div class="edition"><span>${DATE}</span> <span class="page-label">${PAGE_LABEL}</span></div></header>
<main class="page-index"><h2>本版标题导航</h2><ul>${nav}</ul>
<p class="muted">整版文字（电子版原始文本）：<a href="../../../seed-page.txt">seed-page.txt</a></p></main>
</body></html>
`,
);
fs.copyFileSync('../shared/fixtures/seed-page.txt', 'demo/seed-page.txt');
console.log(`demo: ${expected.items.length} article pages, ${listed.length} listed articles`);

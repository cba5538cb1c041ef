#!/usr/bin/env node
/**
 * Makes the newspaper-like test PDFs in tests/fixtures/pdf/ with headless Chromium (page.pdf)
 * and the Noto CJK fonts (Debian fonts-noto-cjk). Run `node scripts/make-test-pdfs.mjs` after
 * changing it and commit the PDFs; the tests only read them.
 *
 * - jzrb-20220331-02.pdf: the seed page (../shared/fixtures/seed-page.txt) as a printed 版: a
 *   page header line (date, weekday, 版次), its ten items laid out in rows of boxes, each item's
 *   headline spanning its columns, the body lines of the seed (as its text layer broke them)
 *   flowing down the item's columns. Which seed line goes to which item comes from the answer
 *   file, so the PDF has the same ground truth as the .txt.
 * - gazette-a1-a2.pdf: a two-page English print replica (masthead, dateline header, three
 *   columns, a story that jumps from A1 to A2, a photo caption).
 * - scan-no-text.pdf: a page that is one image (a screenshot of a printed page): no text layer.
 * - edition-4-pages.pdf: the seed page four times as 第01版 to 第04版, for bench:pdf.
 * - encrypted-password.pdf: the English replica locked with a user password (qpdf, Debian's
 *   qpdf package; skipped with a note when it is not installed).
 *
 * Bytes differ between runs (Chromium writes the creation date); the layout does not.
 */
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve('tests/fixtures/pdf');
const shared = path.resolve('../shared/fixtures');
fs.mkdirSync(out, { recursive: true });

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** Width in em of a line set in a CJK font: ideographs and CJK punctuation 1, the rest ½. */
const visualWidth = (text) => [...text].reduce((sum, c) => sum + (/[\u2E80-\uFFEF\u3000-\u303F“”‘’—…·]/.test(c) ? 1 : c === ' ' ? 0.33 : 0.55), 0);

// ---------------------------------------------------------------------------------------------
// The seed page
// ---------------------------------------------------------------------------------------------

const seedLines = fs.readFileSync(path.join(shared, 'seed-page.txt'), 'utf8').split('\n');
const answer = JSON.parse(fs.readFileSync(path.join(shared, 'seed-page.expected.json'), 'utf8')).items;

/** The lines of an item's text (body and other lines in print order); a gap in the line numbers is a blank line. */
function textRuns(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const lines = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n > sorted[i - 1] + 1) lines.push('');
    lines.push(seedLines[n]);
  });
  return lines;
}

/** Splits lines into `cols` columns of about equal height, breaking where the seed breaks a block when one is near. */
function columns(lines, cols) {
  const per = Math.ceil(lines.length / cols);
  const out = [];
  let start = 0;
  for (let c = 0; c < cols; c++) {
    let end = c === cols - 1 ? lines.length : Math.min(lines.length, start + per);
    // Newspapers break columns anywhere; drop a blank line that would open the next column.
    const column = lines.slice(start, end);
    while (column.length && column[0] === '') column.shift();
    out.push(column);
    start = end;
  }
  return out;
}

/**
 * Page plan: rows of items, each with its number of columns. Widths come from the longest body
 * line of the item (the seed's measure differs per item, as on the printed page).
 */
const plan = [
  [{ id: 5, cols: 3 }, { id: 1, cols: 1, photo: true }, { id: 2, cols: 1, boxed: true }, { id: 3, cols: 1, ad: true }],
  [{ id: 4, cols: 4 }, { id: 6, cols: 3 }],
  [{ id: 7, cols: 2 }, { id: 8, cols: 2 }, { id: 9, cols: 2 }],
  [{ id: 10, cols: 5 }],
];

function seedItemHtml(spec) {
  const item = answer.find((entry) => entry.id === spec.id);
  const body = textRuns([...item.body, ...item.other]);
  const measure = Math.ceil(Math.max(...body.map(visualWidth))) + 0.5;
  const headline = item.headline.map((n) => seedLines[n]);
  const byline = item.byline.map((n) => seedLines[n]);
  const width = spec.cols * measure + (spec.cols - 1) * 1.2;
  const parts = [];
  parts.push(`<section class="item${spec.boxed ? ' boxed' : ''}${spec.ad ? ' ad' : ''}" style="width:${width}em">`);
  if (spec.photo) parts.push(`<div class="photo" style="height:9em"></div>`);
  if (headline.length) {
    // A line ending in a colon (and the first two of three) is the kicker, the next line the
    // title, the rest the subtitle: how these headlines are set on the printed page.
    const titleIndex = headline.findIndex((line, i) => !/：$/.test(line) && !(headline.length === 3 && i < 2));
    parts.push('<header>');
    headline.forEach((line, i) => {
      const cls = i === titleIndex ? 'title' : i < titleIndex ? 'kicker' : 'subtitle';
      parts.push(`<div class="${cls}">${escapeHtml(line)}</div>`);
    });
    parts.push('</header>');
  }
  for (const line of byline) parts.push(`<div class="byline">${escapeHtml(line)}</div>`);
  parts.push(`<div class="cols">`);
  for (const column of columns(body, spec.cols)) {
    parts.push(`<div class="col" style="width:${measure}em">`);
    for (const line of column) parts.push(line === '' ? '<div class="blank"></div>' : `<div class="line">${escapeHtml(line)}</div>`);
    parts.push('</div>');
  }
  parts.push('</div></section>');
  return parts.join('\n');
}

const seedHtml = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>荆州日报 2022年03月31日 第02版：要闻</title>
<style>
  @page { margin: 0 }
  html, body { margin: 0; padding: 0 }
  body { font: 9pt/1.45 "Noto Serif CJK SC", serif; color: #111; padding: 8mm 9mm; width: max-content }
  .masthead { display: flex; justify-content: space-between; align-items: baseline; font: 10pt "Noto Serif CJK SC", serif;
    border-bottom: 2pt solid #a00; padding-bottom: 1.5mm; margin-bottom: 5mm }
  .masthead .section { font: bold 14pt "Noto Sans CJK SC", sans-serif; color: #a00 }
  .row { display: flex; gap: 2.4em; align-items: flex-start; margin-bottom: 3.6em }
  .item { flex: none }
  .item header { margin-bottom: 0.8em }
  .kicker, .subtitle { font: 11pt/1.4 "Noto Serif CJK SC", serif }
  .title { font: bold 17pt/1.3 "Noto Sans CJK SC", sans-serif; margin: 0.15em 0 }
  .byline { font: 9pt/1.45 "Noto Serif CJK SC", serif; margin-bottom: 0.6em }
  .cols { display: flex; gap: 1.2em; align-items: flex-start }
  .line { white-space: pre; height: 1.45em }
  .blank { height: 1.45em }
  .boxed { outline: 0.8pt solid #a00; outline-offset: 0.6em }
  .boxed .title { font-size: 13pt; color: #a00 }
  .ad { background: #fbeee6; outline: 0.8pt solid #c63; outline-offset: 0.6em }
  .photo { background: linear-gradient(135deg, #8aa 0%, #577 60%, #344 100%); margin-bottom: 0.6em }
</style></head><body>
<div class="masthead"><span>荆州日报</span><span>2022年3月31日 星期四 第02版</span><span class="section">要闻</span><span>责任编辑：李明</span></div>
${plan.map((row) => `<div class="row">${row.map(seedItemHtml).join('\n')}</div>`).join('\n')}
</body></html>`;

// ---------------------------------------------------------------------------------------------
// The English print replica (two pages)
// ---------------------------------------------------------------------------------------------

const storyA = [
  'The city council voted on Wednesday to rebuild the Harbor Street bridge, ending a debate that',
  'has divided the riverside neighborhoods for more than a decade.',
  'The plan, approved by a vote of seven to two, sets aside $48 million for a new span with',
  'wider sidewalks, a protected bicycle lane and a lift section that lets tall boats pass.',
  'Construction is expected to begin next spring and to take about three years. During that',
  'time a temporary ferry will carry pedestrians between the two banks, the city engineer said.',
  '“We have patched this bridge for twenty years,” said Councilwoman Maria Alvarez, who',
  'sponsored the measure. “It is time to build something that will last another hundred.”',
  'Opponents argued that the money would be better spent on the schools and on road repairs',
  'in the northern districts, where residents have long complained of potholes.',
];
const storyAJump = [
  'The bridge was closed twice last winter after inspectors found cracks in two of its steel',
  'beams. Traffic was rerouted through the industrial district for six weeks.',
  'Business owners on Harbor Street said the closures cost them a third of their customers.',
  '“People simply stopped coming,” said Tom Becker, who runs a bakery near the east end.',
  'The council also approved a study of flood defenses along the lower river, to be finished',
  'by the end of the year.',
];
const storyB = [
  'Volunteers planted more than two thousand trees along the river trail on Saturday, the',
  'largest planting in the history of the Riverside Parks Foundation.',
  'The oaks, maples and birches were donated by local nurseries. Each tree carries a small tag',
  'with the name of the family or school that planted it.',
  'Organizers said the trees will shade the trail within ten years and help hold the banks',
  'together when the river rises in spring.',
];
const storyC = [
  'The Riverside Public Library will open on Sundays again starting in April, after a',
  'three-year pause, thanks to a grant from the state arts council.',
  'The main branch will keep its doors open from noon to five, and the children’s room will',
  'hold a story hour every week.',
];
const storyD = [
  'The Riverside Symphony closed its season with a sold-out performance of Mahler’s Second',
  'Symphony on Friday, joined by three hundred singers from local choirs.',
  'Conductor Elena Park said the orchestra will tour four cities next year, its first tour',
  'since the hall was renovated.',
  'Tickets for the summer concerts in the park go on sale on Monday.',
];

const para = (lines) => `<p>${lines.map(escapeHtml).join(' ')}</p>`;
const englishCss = `
  @page { size: 11in 17in; margin: 0 }
  html, body { margin: 0 }
  body { font: 10pt/1.4 "DejaVu Serif", "Liberation Serif", serif; color: #111 }
  .page { width: 11in; height: 17in; box-sizing: border-box; padding: 0.5in 0.6in; page-break-after: always; overflow: hidden }
  .masthead { text-align: center; font: bold 44pt "DejaVu Serif", serif; letter-spacing: 1pt }
  .folio { display: flex; justify-content: space-between; border-top: 1.5pt solid #000; border-bottom: 0.5pt solid #000;
    font: 9pt "DejaVu Sans", sans-serif; padding: 3pt 0; margin: 6pt 0 14pt }
  .story { margin-bottom: 26pt }
  h1 { font: bold 26pt/1.15 "DejaVu Serif", serif; margin: 0 0 6pt }
  h2 { font: bold 18pt/1.2 "DejaVu Serif", serif; margin: 0 0 5pt }
  .deck { font: italic 13pt/1.3 "DejaVu Serif", serif; margin: 0 0 6pt }
  .byline { font: bold 9pt "DejaVu Sans", sans-serif; text-transform: uppercase; margin: 0 0 8pt }
  .cols3 { column-count: 3; column-gap: 0.3in } .cols2 { column-count: 2; column-gap: 0.3in }
  p { margin: 0 0 6pt; text-indent: 1.2em; text-align: justify; hyphens: none }
  .jump { font: italic 9pt "DejaVu Sans", sans-serif }
  .photo { height: 3.2in; background: linear-gradient(160deg, #9ab 0%, #456 100%); margin-bottom: 4pt }
  .caption { font: 8.5pt/1.35 "DejaVu Sans", sans-serif; margin-bottom: 22pt }
  .grid { display: flex; gap: 0.3in } .grid > * { flex: 1 }
`;
const englishHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Riverside Gazette, March 31, 2022</title>
<style>${englishCss}</style></head><body>
<div class="page">
  <div class="masthead">The Riverside Gazette</div>
  <div class="folio"><span>Thursday, March 31, 2022</span><span>Vol. 141, No. 90</span><span>A1</span></div>
  <div class="story">
    <h1>Council Votes to Rebuild the Harbor Street Bridge</h1>
    <div class="deck">A $48 million span with a bicycle lane ends a decade of debate</div>
    <div class="byline">By Jane Holloway and Sam Ortiz</div>
    <div class="cols3">${storyA.reduce((acc, line, i) => (i % 2 ? acc : acc + para(storyA.slice(i, i + 2))), '')}
      <p class="jump">Continued on Page A2</p></div>
  </div>
  <div class="photo"></div>
  <div class="caption">Volunteers plant oak saplings along the river trail on Saturday. Photograph by Lena Morris</div>
  <div class="grid">
    <div class="story"><h2>Two Thousand Trees Planted Along the River</h2><div class="byline">By Priya Nair</div>
      <div class="cols2">${storyB.reduce((acc, line, i) => (i % 2 ? acc : acc + para(storyB.slice(i, i + 2))), '')}</div></div>
    <div class="story"><h2>Library to Open on Sundays Again</h2><div class="byline">By Mark Chen</div>
      ${storyC.reduce((acc, line, i) => (i % 2 ? acc : acc + para(storyC.slice(i, i + 2))), '')}</div>
  </div>
</div>
<div class="page">
  <div class="folio"><span>A2</span><span>The Riverside Gazette</span><span>Thursday, March 31, 2022</span></div>
  <div class="story">
    <h2>Bridge Vote Ends Decade of Debate</h2>
    <p class="jump">Continued from Page A1</p>
    <div class="cols3">${storyAJump.reduce((acc, line, i) => (i % 2 ? acc : acc + para(storyAJump.slice(i, i + 2))), '')}</div>
  </div>
  <div class="story">
    <h2>Symphony Closes Season With Mahler</h2><div class="byline">By Ruth Adler</div>
    <div class="cols2">${storyD.reduce((acc, line, i) => (i % 2 ? acc : acc + para(storyD.slice(i, i + 2))), '')}</div>
  </div>
</div>
</body></html>`;

// ---------------------------------------------------------------------------------------------

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--font-render-hinting=none'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });

  await page.setContent(seedHtml, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const size = await page.evaluate(() => ({ width: document.body.scrollWidth, height: document.body.scrollHeight }));
  await page.pdf({ path: path.join(out, 'jzrb-20220331-02.pdf'), width: `${size.width}px`, height: `${size.height + 2}px`, printBackground: true });
  console.log('jzrb-20220331-02.pdf', size);

  // The 4-page edition for bench:pdf: the seed page as 第01版 to 第04版, one page each.
  const sheet = seedHtml.slice(seedHtml.indexOf('<body>') + 6, seedHtml.indexOf('</body>'));
  const sheets = [1, 2, 3, 4].map((n) => `<div class="sheet">${sheet.replace('第02版', `第0${n}版`)}</div>`).join('\n');
  const editionHtml = seedHtml
    .replace('<title>荆州日报 2022年03月31日 第02版：要闻</title>', '<title>荆州日报 2022年03月31日</title>')
    .replace('body { font: 9pt/1.45 "Noto Serif CJK SC", serif; color: #111; padding: 8mm 9mm; width: max-content }',
      `body { font: 9pt/1.45 "Noto Serif CJK SC", serif; color: #111; margin: 0 } .sheet { box-sizing: border-box; padding: 8mm 9mm; width: ${size.width}px; height: ${size.height + 2}px; overflow: hidden; break-after: page }`)
    .replace(/<body>[\s\S]*<\/body>/, `<body>${sheets}</body>`);
  await page.setContent(editionHtml, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ path: path.join(out, 'edition-4-pages.pdf'), width: `${size.width}px`, height: `${size.height + 2}px`, printBackground: true });
  console.log('edition-4-pages.pdf');

  await page.setContent(englishHtml, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ path: path.join(out, 'gazette-a1-a2.pdf'), preferCSSPageSize: true, printBackground: true });
  console.log('gazette-a1-a2.pdf');

  // The scan: a screenshot of the top of the seed page, placed as the only thing on a page.
  await page.setViewportSize({ width: 900, height: 1200 });
  await page.setContent(seedHtml, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const shot = await page.screenshot({ type: 'jpeg', quality: 55, clip: { x: 0, y: 0, width: 900, height: 1200 } });
  await page.setContent(`<!doctype html><html><head><title>scan</title><style>@page{margin:0}body{margin:0}img{width:100%;display:block}</style></head>
    <body><img src="data:image/jpeg;base64,${shot.toString('base64')}"></body></html>`, { waitUntil: 'load' });
  await page.pdf({ path: path.join(out, 'scan-no-text.pdf'), width: '900px', height: '1200px', printBackground: true });
  console.log('scan-no-text.pdf');
} finally {
  await browser.close();
}

try {
  execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', path.join(out, 'gazette-a1-a2.pdf'), path.join(out, 'encrypted-password.pdf')]);
  console.log('encrypted-password.pdf');
} catch (error) {
  console.warn(`encrypted-password.pdf not made (qpdf: ${error.message}); apt-get install qpdf`);
}

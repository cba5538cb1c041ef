/**
 * The per-format defects of issue 12, each read back by an independent reader: BibLaTeX with
 * @retorquere/bibtex-parser, Markdown with markdown-it (HTML on, as Obsidian renders), Readwise
 * CSV with csv-parse (strict RFC 4180), the HTML page in jsdom, W3C as JSON. No export but the
 * backup writes a javascript: or other non-http(s) address.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { nodeRenderCitations } from '../../../src/cli/node-citations';
import { buildExport, EXPORT_FORMAT_IDS } from '../../../src/core/export/export-formats';
import type { ExportBundle } from '../../../src/core/export/export-bundle';
import type { ArticleRecord, Highlight } from '../../../src/core/model';

const render = nodeRenderCitations();
const content = async (id: (typeof EXPORT_FORMAT_IDS)[number], bundle: ExportBundle) => (await buildExport(id, bundle, render)).map((f) => f.content).join('\n');

function article(changes: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id: 'https://news.example/a', url: 'https://news.example/a', title: 'Ports expand', authors: [{ name: 'Jane Doe', role: 'reporter' }], publication: 'The Example Times', date: '2026-03-04', page: 'A1', language: 'en', bodyText: '', sentences: [], sources: {}, createdAt: Date.UTC(2026, 2, 4, 12), updatedAt: Date.UTC(2026, 2, 4, 12), ...changes };
}
function highlight(changes: Partial<Highlight> = {}): Highlight {
  return { id: 'h1', pageUrl: 'https://news.example/a', pageTitle: 'Ports expand', articleId: 'https://news.example/a', exact: 'The port will double in size', selectors: [{ type: 'TextPositionSelector', start: 10, end: 38 }], color: 'yellow', note: '', tags: [], tokens: [], status: 'anchored', createdAt: Date.UTC(2026, 2, 4, 13), updatedAt: Date.UTC(2026, 2, 4, 13), ...changes };
}
const bundle = (a: ArticleRecord[], h: Highlight[]): ExportBundle => ({ articles: a, highlights: h, exportedAt: new Date(Date.UTC(2026, 2, 5)) });

describe('BibLaTeX', () => {
  it('reads back <, >, --- and specials literally, and one organisation byline as one author', async () => {
    const title = 'Rates <up> --- or -- down? `maybe` 50% & {braces}';
    const bib = await content('biblatex', bundle([article({ title, authors: [{ name: 'Smith and Wesson Staff', role: 'author' }, { name: 'Pieter van der Berg', role: 'reporter' }] })], []));
    const { entries, errors } = parseBibtex(bib);
    expect(errors).toEqual([]);
    expect(entries[0].fields.title).toBe(title.replace('`maybe`', 'ˋmaybeˋ'));
    expect(entries[0].fields.author).toEqual([{ name: 'Smith and Wesson Staff' }, { lastName: 'Berg', prefix: 'van der', firstName: 'Pieter' }]);
  });
});

describe('Markdown and Obsidian', () => {
  const md = new MarkdownIt({ html: true });
  it('keeps an indented note line after a blank line as text, not a code block', async () => {
    const note = 'First thought.\n\n    indented second thought\n- not a list';
    for (const id of ['markdown', 'obsidian'] as const) {
      const html = md.render((await content(id, bundle([article()], [highlight({ note })]))).replace(/^---\n[\s\S]*?\n---\n/, ''));
      expect(html, id).not.toMatch(/<pre|<code/);
      expect(html, id).toContain('\n- not a list</p>');
      expect(html, id).toContain('\u00a0\u00a0\u00a0\u00a0indented second thought');
    }
  });

  it('writes no hashtag that is only digits ("=1+1" would be #11), keeps the valid ones', async () => {
    const text = await content('markdown', bundle([article()], [highlight({ tags: ['=1+1', '1984', 'y1984', 'energy saving'] })]));
    expect(text).toContain('#y1984 #energy-saving');
    expect(text).not.toMatch(/#11\b|#1984\b/);
  });
});

describe('Readwise CSV', () => {
  it('splits a highlight over 8,191 characters into rows Readwise takes and cuts a long note', async () => {
    const exact = Array.from({ length: 900 }, (_, i) => `Sentence ${i} of a very long passage.`).join(' ');
    const note = 'n'.repeat(9000);
    const rows = parseCsv((await content('csv-readwise', bundle([article()], [highlight({ exact, note })]))).slice(1), { columns: true, relaxQuotes: false }) as Record<string, string>[];
    expect(rows.length).toBe(Math.ceil(exact.length / 8191) + (exact.length % 8191 === 0 ? 0 : 0));
    for (const row of rows) {
      expect(row.Highlight.length).toBeLessThanOrEqual(8191);
      expect(row.Note.length).toBeLessThanOrEqual(8191);
    }
    expect(rows.map((r) => r.Highlight).join('')).toBe(exact);
    expect(rows[0].Note.endsWith('…')).toBe(true);
    expect(rows.slice(1).every((r) => r.Note === '')).toBe(true);
    expect(rows.map((r) => Number(r.Location))).toEqual(rows.map((_, i) => 10 + rows.slice(0, i).reduce((n, r) => n + r.Highlight.length, 0)));
  });
});

describe('HTML page', () => {
  it('gives each article its language, wraps long words, isolates tags and drops bidi controls from the reference', async () => {
    const zh = article({ id: 'https://epaper.example.cn/1', url: 'https://epaper.example.cn/1', title: '城市运行管理', language: undefined, authors: [] });
    const long = 'https://example.com/' + 'x'.repeat(400);
    const text = await content('html', bundle([article({ title: 'Ports \u202eexpand' }), zh], [highlight({ note: long, tags: ['\u202eevil', 'fine'] })]));
    const doc = new JSDOM(text).window.document;
    expect(doc.documentElement.lang).toBe('en');
    expect([...doc.querySelectorAll('article')].map((a) => a.lang)).toEqual(['en', 'zh-Hans']);
    expect(doc.querySelector('style')!.textContent).toMatch(/\.note[^{]*\{overflow-wrap:anywhere\}/);
    expect([...doc.querySelectorAll('.tags bdi')].map((b) => b.textContent)).toEqual(['#\u202eevil', '#fine']);
    expect(doc.querySelector('.cite')!.textContent).toBe('DOE J. Ports expand[N/OL]. The Example Times, 2026-03-04(A1)[2026-03-04]. https://news.example/a.');
  });
});

describe('HTML bidi isolation', () => {
  it('keeps an override in a name, paper or section inside that value: the roles and the other names are outside it', async () => {
    const R = '\u202e';
    const a = article({ authors: [{ name: `Jane ${R}Doe`, role: 'reporter' }, { name: 'Bob Roe', role: 'correspondent' }], publication: `The ${R}Times`, section: `Sec ${R}A` });
    const doc = new JSDOM(await content('html', bundle([a], [highlight({})]))).window.document;
    const dd = (label: string) => [...doc.querySelectorAll('dt')].find((dt) => dt.textContent === label)!.nextElementSibling!;
    const byline = dd('Byline');
    expect([...byline.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([`Jane ${R}Doe`, 'Bob Roe']);
    // What Jianbao writes around the names is not inside any isolate.
    const outside = [...byline.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent);
    expect(outside).toEqual([' (reporter), ', ' (correspondent)']);
    // Every bidi control in the page (the reference drops them) sits in a <bdi> holding one record value only.
    const walker = doc.createTreeWalker(doc.body, 4);
    const holders: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[\u202a-\u202e\u2066-\u2069]/.test(node.textContent ?? '')) continue;
      holders.push(node.parentElement!.closest('bdi')?.textContent ?? `NOT ISOLATED: ${node.textContent}`);
    }
    expect(holders).toEqual([`Jane ${R}Doe`, `The ${R}Times`, `Sec ${R}A`]);
    expect(doc.querySelector('.cite')!.textContent).not.toMatch(/[\u202a-\u202e]/);
  });
});

describe('addresses', () => {
  it('writes no javascript:, file: or other non-http(s) address in any export but the backup', async () => {
    for (const url of ['javascript:alert(1)', 'file:///home/me/page.html', 'data:text/html,hi']) {
      const b = bundle([article({ id: url, url })], [highlight({ pageUrl: url, articleId: url })]);
      for (const id of EXPORT_FORMAT_IDS.filter((f) => f !== 'backup')) {
        const text = await content(id, b);
        expect(text.includes(url), `${id} with ${url}`).toBe(false);
      }
      const w3c = JSON.parse(await content('w3c', b)) as { first: { items: { target: { source: string } }[] } };
      expect(w3c.first.items[0].target.source).toMatch(/^urn:jianbao:page:[0-9a-f]{8}$/);
    }
  });
});

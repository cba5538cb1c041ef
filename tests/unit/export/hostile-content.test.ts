/**
 * Hostile page text (script tags, spreadsheet formulas, Markdown links, raw HTML, TeX and
 * RIS tags) in quotes, notes, titles and URLs stays inert in every export format.
 */
import { describe, expect, it } from 'vitest';
import { nodeRenderCitations } from '../../../src/cli/node-citations';
import { buildExport, EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormatId } from '../../../src/core/export/export-formats';
import { HOSTILE, hostileBundle } from '../../fixtures/export/sample-bundle';
import { parseCsv } from '../../fixtures/export/parse-csv';

const render = nodeRenderCitations();
const build = async (id: ExportFormatId): Promise<string> => (await buildExport(id, hostileBundle(), render)).map((f) => f.content).join('\n');

/** Markdown with every backslash escape removed: what a renderer shows as literal text. */
function unescapedMarkdown(md: string): string {
  return md.replace(/\\[!-/:-@[-`{-~]/g, '');
}

describe('hostile content', () => {
  it.each(['markdown', 'obsidian'] as const)('stays literal text in %s', async (id) => {
    const md = (await build(id)).replace(/^---\n[\s\S]*?\n---\n/gm, '');
    const visible = unescapedMarkdown(md);
    expect(visible).not.toMatch(/<(script|img|iframe|b)\b/i);
    expect(visible).not.toMatch(/\]\(/);
    expect(visible).not.toMatch(/\[\[/);
    expect(visible).not.toMatch(/^#+ Heading/m);
    expect(visible).not.toContain('==mark==');
    expect(md).not.toMatch(/<javascript:/);
    // The quote text is all there, only escaped.
    expect(md).toContain('> \\<img src\\=x onerror\\=alert\\(1\\)\\>');
  });

  it('writes Obsidian front matter as JSON-quoted YAML scalars only', async () => {
    for (const file of EXPORT_FORMATS.obsidian.build(hostileBundle())) {
      const front = /^---\n([\s\S]*?)\n---\n/.exec(file.content)![1];
      for (const line of front.split('\n')) expect(line).toMatch(/^[a-z]+: (".*"|\[(".*"(, )?)*\])$/);
      expect(file.filename).not.toMatch(/[/\\<>:"|?*]/);
    }
  });

  it('escapes every tag and attribute in the HTML page and links only http(s)', async () => {
    const html = await build('html');
    const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1].toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'article', 'h2', 'dl', 'dt', 'dd', 'blockquote', 'p', 'a', 'bdi']));
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/href="(?!https?:)/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain("Content-Security-Policy");
  });

  it.each(['csv-readwise', 'csv-full'] as const)('quotes %s per RFC 4180 and neutralises formulas', async (id) => {
    const csv = await build(id);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const width = rows[0].length;
    for (const row of rows) {
      expect(row).toHaveLength(width);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows.flat()).toContain(`'${HOSTILE.quote}`);
  });

  it('keeps braces balanced and TeX specials escaped in BibLaTeX', async () => {
    const bib = await build('biblatex');
    let depth = 0;
    for (let i = 0; i < bib.length; i++) {
      if (bib[i] === '\\') {
        i++;
        continue;
      }
      if (bib[i] === '{') depth++;
      if (bib[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib).toContain('\\textbackslash{}input');
    expect(bib).not.toMatch(/(?<!\\)[%#&$_]/);
  });

  it('keeps every RIS value on its own tag line', async () => {
    const lines = (await build('ris')).split('\r\n');
    for (const line of lines) expect(line === '' || /^[A-Z][A-Z0-9]  - /.test(line)).toBe(true);
    // One record per article (and one for the page known only by URL), however many tag-like lines the quote holds.
    expect(lines.filter((l) => l.startsWith('TY  - '))).toEqual(['TY  - NEWS', 'TY  - NEWS']);
    expect(lines.filter((l) => l.startsWith('ER  - '))).toHaveLength(2);
  });

  it('keeps the hostile text intact as JSON strings in W3C, CSL-JSON and the backup', async () => {
    const w3c = JSON.parse(await build('w3c')) as { first: { items: { body: { value: string }[] }[] } };
    expect(w3c.first.items[0].body[0].value).toBe(HOSTILE.note);
    const csl = JSON.parse(await build('csl-json')) as Record<string, unknown>[];
    expect(csl[0]['container-title']).toBe(HOSTILE.publication);
    expect(csl[0].URL).toBeUndefined();
    const backup = JSON.parse(await build('backup')) as { highlights: { exact: string }[] };
    expect(backup.highlights[0].exact).toBe(HOSTILE.quote);
  });

  it('writes citations that keep the text and never the javascript: URL', async () => {
    for (const id of EXPORT_FORMAT_IDS.filter((f) => f.startsWith('citation-') || f === 'references')) {
      const text = await build(id);
      // The title may say "javascript:" as text; the URL slot must never hold it.
      expect(text).not.toMatch(/(^|\s)javascript:/);
      expect(text.split('\n').filter(Boolean)).toHaveLength(2);
    }
    // One citeproc build per citation format (a dozen) in one test: a few seconds alone, past the
    // 30 s default in a full run on the shared 2-core machine (08:57 train); still a hang detector.
  }, 120_000);
});

/**
 * Property: every export format that carries bylines gives the names back, person by person,
 * when read by an independent reader — CSL-JSON by JSON.parse, BibLaTeX by
 * @retorquere/bibtex-parser (family, given, particle and suffix in their parts; an organisation
 * or a CJK name as one literal), RIS and the Zotero file by citation-js (one AU per person,
 * family first), both CSVs by csv-parse, Markdown by markdown-it, the HTML page by jsdom,
 * Obsidian's front matter as the JSON-quoted YAML it is. Names: Latin with particles, hyphens
 * and suffixes, CJK, and organisations; 1–4 people per article.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cslName, familyFirstName, type CslName } from '../../../src/core/citation/csl-name';
import { EXPORT_FORMATS } from '../../../src/core/export/export-formats';
import type { ExportBundle } from '../../../src/core/export/export-bundle';
import type { ArticleRecord, Highlight, Person } from '../../../src/core/model';

const latin = fc
  .record({
    given: fc.constantFrom('Jane', 'Jean-Paul', 'Anne-Marie', 'Zoë', 'Martin Luther', 'José', 'Ludwig', 'Ngozi'),
    particle: fc.option(fc.constantFrom('van der', 'van', 'de', 'von', 'da', 'di'), { nil: undefined }),
    family: fc.constantFrom('Berg', 'Gaulle', 'Dupont-Leclerc', 'Smith', 'Müller', 'Okonjo-Iweala', 'Beethoven', 'García'),
    suffix: fc.option(fc.constantFrom('Jr.', 'Sr.', 'III'), { nil: undefined }),
  })
  .map(({ given, particle, family, suffix }) => [given, particle, family, suffix].filter(Boolean).join(' '));
const cjk = fc.constantFrom('王子瑶', '欧阳修', '陈江静', '田中太郎', '김민준', '司马光');
const organisation = fc.constantFrom('Smith and Wesson Staff', 'Associated Press', 'Xinhua News Agency', 'BBC News', 'Reuters');
const names = fc.uniqueArray(fc.oneof(latin, cjk, organisation), { minLength: 1, maxLength: 4 });

function bundleOf(people: string[]): ExportBundle {
  const url = 'https://news.example/story';
  const authors: Person[] = people.map((name) => ({ name, role: 'reporter' }));
  const article: ArticleRecord = { id: url, url, title: 'Ports expand', authors, publication: 'The Example Times', date: '2026-03-04', page: 'A1', bodyText: '', sentences: [], sources: {}, createdAt: 0, updatedAt: 0 };
  const highlight: Highlight = { id: 'h1', pageUrl: url, pageTitle: 'Ports expand', articleId: url, exact: 'The port', selectors: [{ type: 'TextPositionSelector', start: 0, end: 8 }], color: 'yellow', note: '', tags: [], tokens: [], status: 'anchored', createdAt: 0, updatedAt: 0 };
  return { articles: [article], highlights: [highlight], exportedAt: new Date(0) };
}

const text = (id: keyof typeof EXPORT_FORMATS, bundle: ExportBundle) => EXPORT_FORMATS[id].build(bundle).map((f) => f.content).join('\n');

/** What a BibLaTeX reader should find for one CSL name. */
function bibtexName(n: CslName): Record<string, string> {
  if (n.literal !== undefined) return { name: n.literal };
  const out: Record<string, string> = { lastName: n.family! };
  if (n.given) out.firstName = n.given;
  if (n['non-dropping-particle']) out.prefix = n['non-dropping-particle'];
  if (n.suffix) out.suffix = n.suffix;
  return out;
}

/** The names of a "Name (role), Name (role)" byline as Markdown and HTML show it. */
const bylineNames = (line: string): string[] => line.split(/, (?=[^,]*\((?:reporter)\))/).map((part) => part.replace(/ \(reporter\)$/, ''));

const md = new MarkdownIt({ html: true });

describe('names round-trip through every format (property)', () => {
  it('comes back person by person from independent readers', () => {
    fc.assert(
      fc.property(names, (people) => {
        const bundle = bundleOf(people);
        const parts = people.map(cslName);

        expect((JSON.parse(text('csl-json', bundle)) as { author: CslName[] }[])[0].author).toEqual(parts);

        const bib = parseBibtex(text('biblatex', bundle));
        expect(bib.errors).toEqual([]);
        expect(bib.entries[0].fields.author).toEqual(parts.map(bibtexName));

        for (const id of ['ris', 'zotero'] as const) {
          const [record] = plugins.input.chain(text(id, bundle), { generateGraph: false }) as { reporter?: string | string[] }[];
          expect(([] as string[]).concat(record.reporter ?? []), id).toEqual(parts.map(familyFirstName));
        }

        const readwise = parseCsv(text('csv-readwise', bundle).slice(1), { columns: true }) as Record<string, string>[];
        expect(readwise[0].Author.split(', ')).toEqual(people);
        const full = parseCsv(text('csv-full', bundle).slice(1), { columns: true }) as Record<string, string>[];
        expect((JSON.parse(full[0].authors) as Person[]).map((p) => p.name)).toEqual(people);

        const rendered = new JSDOM(md.render(text('markdown', bundle))).window.document;
        const byline = [...rendered.querySelectorAll('li')].map((li) => li.textContent!).find((t) => t.startsWith('Byline: '))!;
        expect(bylineNames(byline.slice('Byline: '.length))).toEqual(people);

        const front = /^---\n([\s\S]*?)\n---\n/.exec(text('obsidian', bundle))![1];
        expect(JSON.parse(/^authors: (\[.*\])$/m.exec(front)![1])).toEqual(people);

        const html = new JSDOM(EXPORT_FORMATS.html.build(bundle)[0].content).window.document;
        const dd = [...html.querySelectorAll('dt')].find((dt) => dt.textContent === 'Byline')!.nextElementSibling!;
        expect(bylineNames(dd.textContent!)).toEqual(people);
      }),
      { numRuns: 60 },
    );
  });

  it('parses Latin names into their parts, keeps CJK names and organisations whole', () => {
    fc.assert(
      fc.property(latin, (raw) => {
        const n = cslName(raw);
        expect(n.literal).toBeUndefined();
        expect([n.given, n['non-dropping-particle'], n.family, n.suffix].filter(Boolean).join(' ')).toBe(raw);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.oneof(cjk, organisation), (raw) => {
        expect(cslName(raw)).toEqual({ literal: raw });
      }),
    );
  });
});

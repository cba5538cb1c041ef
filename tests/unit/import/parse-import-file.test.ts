import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/core/export/backup-format';
import { buildW3c } from '../../../src/core/export/w3c-export';
import type { ImportPlan } from '../../../src/core/import/import-plan';
import { parseImportFile, utf8Length } from '../../../src/core/import/parse-import-file';
import type { Result } from '../../../src/core/errors';
import { isColorKey } from '../../../src/core/settings/color-rules';
import { normalizeUrl } from '../../../src/core/url/canonical-url';
import { highlightArb } from '../../fixtures/export/record-arbitraries';
import { sampleBundle } from '../../fixtures/export/sample-bundle';

function planOf(result: Result<ImportPlan>): ImportPlan {
  if (!result.ok) throw new Error(`expected a plan, got ${result.error.code}: ${result.error.detail}`);
  return result.value;
}

function errorOf(result: Result<ImportPlan>): { code: string; detail: string } {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

const backupText = (): string => buildBackup(sampleBundle());

describe('parseImportFile, Jianbao backup', () => {
  it('returns the articles, highlights and settings of a backup unchanged', () => {
    const bundle = sampleBundle();
    const plan = planOf(parseImportFile(buildBackup(bundle)));
    expect(plan.source).toBe('jianbao-backup');
    expect(plan.articles).toEqual(bundle.articles);
    expect(plan.highlights).toEqual(bundle.highlights);
    expect(plan.settings).toEqual(bundle.settings);
    expect(plan.warnings).toEqual([]);
  });

  it('reads a backup that starts with a byte order mark', () => {
    expect(planOf(parseImportFile(`\uFEFF${backupText()}`)).highlights).toHaveLength(5);
  });

  it('names the record and the field of an invalid value', () => {
    const backup = JSON.parse(backupText());
    backup.highlights[3].color = 42;
    backup.articles[1].sentences[0].start = -1;
    const { code, detail } = errorOf(parseImportFile(JSON.stringify(backup)));
    expect(code).toBe('InvalidImport');
    expect(detail).toContain('backup.highlights[3].color');
    expect(detail).toContain('backup.articles[1].sentences[0].start');
  });

  it('rejects a position selector that ends before it starts', () => {
    const backup = JSON.parse(backupText());
    backup.highlights[0].selectors[1] = { type: 'TextPositionSelector', start: 9, end: 3 };
    expect(errorOf(parseImportFile(JSON.stringify(backup))).detail).toMatch(/highlights\[0\]\.selectors\[1\].*end is before start/);
  });

  it('rejects two records with one id', () => {
    const backup = JSON.parse(backupText());
    backup.highlights[2].id = backup.highlights[0].id;
    expect(errorOf(parseImportFile(JSON.stringify(backup))).detail).toContain('highlights[2].id: repeats the id of highlights[0]');
  });

  it('asks for an update when the backup comes from a newer version', () => {
    const backup = JSON.parse(backupText());
    backup.version = 99;
    expect(errorOf(parseImportFile(JSON.stringify(backup))).detail).toMatch(/newer Jianbao.*99/);
  });

  it('drops unknown fields, including __proto__, without polluting prototypes', () => {
    const text = backupText().replace('"id": "00000000-0000-4000-8000-000000000001"', '"__proto__": {"polluted": true}, "script": "<x>", "id": "00000000-0000-4000-8000-000000000001"');
    const plan = planOf(parseImportFile(text));
    expect(Object.keys(plan.highlights[0])).not.toContain('script');
    expect(Object.getPrototypeOf(plan.highlights[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseImportFile, limits and unknown files', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const text = backupText();
    expect(errorOf(parseImportFile(text, { maxBytes: utf8Length(text) - 1 })).code).toBe('ImportTooLarge');
    expect(parseImportFile(text, { maxBytes: utf8Length(text) }).ok).toBe(true);
  });

  it('counts UTF-8 bytes of CJK text and surrogate pairs', () => {
    expect(utf8Length('a中😀')).toBe(1 + 3 + 4);
  });

  it('says when a file is not JSON, or not a format it knows', () => {
    expect(errorOf(parseImportFile('{"oops"')).detail).toMatch(/not JSON/);
    expect(errorOf(parseImportFile('{"format":"other-app"}')).detail).toMatch(/Unknown file format "other-app"/);
    expect(errorOf(parseImportFile('{"hello":1}')).detail).toMatch(/expected a Jianbao backup, W3C Web Annotation JSON or a Hypothesis/);
  });
});

describe('parseImportFile, W3C Web Annotation', () => {
  it('reads Jianbao W3C export back with quotes, notes, tags, colours and selectors (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(highlightArb, { selector: (h) => h.id, maxLength: 8 }), (highlights) => {
        const text = buildW3c({ articles: [], highlights, exportedAt: new Date(0) });
        const plan = planOf(parseImportFile(text));
        const byId = new Map(plan.highlights.map((h) => [h.id, h]));
        expect(plan.highlights).toHaveLength(highlights.length);
        for (const h of highlights) {
          const back = byId.get(h.id)!;
          // A colour outside the colour rules comes back as the default colour (it would go into page CSS).
          const color = isColorKey(h.color) ? h.color : 'yellow';
          expect([back.exact, back.note, back.tags, back.color, back.selectors]).toEqual([h.exact, h.note, h.tags, color, h.selectors]);
          // The page key comes back normalised (no fragment, no trackers), as pages look it up.
          const pageUrl = normalizeUrl(h.pageUrl) ?? h.pageUrl;
          expect([back.pageUrl, back.pageTitle, back.articleId, back.createdAt, back.updatedAt]).toEqual([pageUrl, h.pageTitle, h.articleId, h.createdAt, h.updatedAt]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads a single annotation written by another tool, with optional fields missing', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno1',
      type: 'Annotation',
      bodyValue: 'Important',
      target: { source: 'http://example.org/page', selector: [{ type: 'TextQuoteSelector', exact: 'the quote' }, { type: 'CssSelector', value: '#x' }] },
    };
    const plan = planOf(parseImportFile(JSON.stringify(annotation), { defaultColor: 'green' }));
    expect(plan.highlights).toEqual([
      expect.objectContaining({ id: 'http://example.org/anno1', exact: 'the quote', note: 'Important', color: 'green', status: 'pending', pageTitle: 'http://example.org/page' }),
    ]);
    expect(plan.highlights[0].selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'the quote', prefix: '', suffix: '' }]);
    expect(plan.warnings).toEqual(['annotations[0]: a CssSelector was left out (Jianbao keeps quote, position and range selectors).']);
  });

  it('names the annotation and the field of an invalid selector', () => {
    const collection = JSON.parse(buildW3c(sampleBundle()));
    collection.first.items[2].target.selector[1].start = 'x';
    expect(errorOf(parseImportFile(JSON.stringify(collection))).detail).toContain('annotations[2].target.selector[1].start');
  });
});

describe('parseImportFile, Hypothesis', () => {
  const text = readFileSync('tests/fixtures/export/hypothesis-export.json', 'utf8');

  it('reads highlights with quote, note, tags, selectors and dates, and skips page notes and replies', () => {
    const plan = planOf(parseImportFile(text, { defaultColor: 'blue' }));
    expect(plan.source).toBe('hypothesis');
    expect(plan.highlights).toHaveLength(1);
    const [h] = plan.highlights;
    expect(h).toMatchObject({
      id: 'hypothesis:Xk3hQnRgEe6abc123',
      pageUrl: 'https://epaper.jzrb.example/html/2022-03/31/node_2.htm',
      pageTitle: '荆州日报 2022年03月31日 第02版',
      exact: '力争在2023年底前，建成荆州市级城市运行管理服务平台',
      note: 'Compare with 2021.',
      tags: ['城市治理', '一网统管'],
      color: 'blue',
      createdAt: Date.UTC(2026, 10, 18, 9, 12, 33),
      updatedAt: Date.UTC(2026, 10, 19, 10, 0, 0),
    });
    expect(h.selectors.map((s) => s.type)).toEqual(['RangeSelector', 'TextPositionSelector', 'TextQuoteSelector']);
    expect(plan.warnings).toEqual(['2 annotation(s) without a quoted text (page notes or replies) were left out.']);
  });

  it('reads a bare array of Hypothesis API rows', () => {
    const rows = (JSON.parse(text) as { annotations: unknown[] }).annotations;
    expect(planOf(parseImportFile(JSON.stringify(rows))).source).toBe('hypothesis');
  });

  it('gives the same ids on every import of the same file', () => {
    expect(planOf(parseImportFile(text)).highlights).toEqual(planOf(parseImportFile(text)).highlights);
  });
});

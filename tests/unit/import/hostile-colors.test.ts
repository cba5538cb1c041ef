import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/core/export/backup-format';
import { parseImportFile } from '../../../src/core/import/parse-import-file';
import type { ImportPlan } from '../../../src/core/import/import-plan';
import type { Result } from '../../../src/core/errors';
import { sampleBundle } from '../../fixtures/export/sample-bundle';

/** A key that, pasted into the painter's <style>, would close the selector and hide the page. */
const CSS_BREAKOUT = 'a"]{}body{display:none}[x="';

function backupWith(change: (backup: Record<string, any>) => void): string {
  const backup = JSON.parse(buildBackup(sampleBundle()));
  change(backup);
  return JSON.stringify(backup);
}

function detailOf(result: Result<ImportPlan>): string {
  if (result.ok) throw new Error('expected the import to be refused');
  expect(result.error.code).toBe('InvalidImport');
  return result.error.detail;
}

describe('hostile colours in an import file', () => {
  it('refuses a backup whose palette key would break out of the CSS, naming the field', () => {
    const text = backupWith((b) => (b.settings.palette[0].key = CSS_BREAKOUT));
    expect(detailOf(parseImportFile(text))).toMatch(/backup\.settings\.palette\[0\]\.key: a colour key is/);
  });

  it('refuses a backup whose palette value is not a #rrggbb colour (no url(...) fetches)', () => {
    const text = backupWith((b) => (b.settings.palette[1].value = 'url(https://evil.example/track)'));
    expect(detailOf(parseImportFile(text))).toMatch(/backup\.settings\.palette\[1\]\.value: a colour value is/);
  });

  it('refuses a backup with a hostile default colour or highlight colour', () => {
    expect(detailOf(parseImportFile(backupWith((b) => (b.settings.defaultColor = CSS_BREAKOUT))))).toContain('backup.settings.defaultColor');
    expect(detailOf(parseImportFile(backupWith((b) => (b.highlights[2].color = CSS_BREAKOUT))))).toContain('backup.highlights[2].color');
  });

  it('still reads a backup of the options page palette (custom keys, #rrggbb values)', () => {
    const text = backupWith((b) => b.settings.palette.push({ key: 'custom-1', name: 'Lilac', value: '#d0bfff' }));
    const result = parseImportFile(text);
    expect(result.ok).toBe(true);
  });

  it('gives a W3C annotation with a non-key styleClass the default colour, with a warning', () => {
    const annotation = (styleClass: string, n: number) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
      type: 'Annotation',
      target: { source: 'https://example.com/a', styleClass, selector: { type: 'TextQuoteSelector', exact: 'quote' } },
    });
    const result = parseImportFile(JSON.stringify([annotation(CSS_BREAKOUT, 1), annotation('green', 2)]), { defaultColor: 'blue' });
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.highlights.map((h) => h.color)).toEqual(['blue', 'green']);
    expect(result.value.warnings).toEqual([expect.stringMatching(/1 annotation\(s\) had a styleClass that is not a Jianbao colour key \(first: annotations\[0\]\.target\.styleClass/)]);
  });

  it('never uses a hostile default colour for imported annotations', () => {
    const hypothesis = { annotations: [{ id: 'h1', created: '2024-01-01T00:00:00Z', uri: 'https://example.com/a', target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'quote' }] }] }] };
    const result = parseImportFile(JSON.stringify(hypothesis), { defaultColor: CSS_BREAKOUT });
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.highlights[0].color).toBe('yellow');
  });
});

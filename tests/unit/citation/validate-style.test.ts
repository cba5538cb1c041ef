import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCslStyle } from '../../../src/core/citation/validate-style';

const head = '<?xml version="1.0"?><style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">';

describe('validateCslStyle', () => {
  it('accepts every shipped style with its title', () => {
    for (const file of readdirSync('csl/styles')) {
      const result = validateCslStyle(readFileSync(`csl/styles/${file}`, 'utf8'));
      expect(result.ok, file).toBe(true);
    }
    expect(validateCslStyle(readFileSync('csl/styles/apa.csl', 'utf8'))).toEqual({ ok: true, title: 'APA Style 7th edition' });
  });

  it('says in one sentence why a file cannot be used', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['<html><body/></html>', /not a CSL style/],
      ['<style><citation/></style>', /namespace/],
      [`${head}<info/></style>`, /no <citation>/],
      [`${head}<citation><layout></citation></style>`, /not well-formed.*closes <layout>/],
      [`${head}<citation><layout/></citation>`, /never closed/],
      [`<!DOCTYPE x [<!ENTITY a "b">]>${head}<citation/></style>`, /DTD/],
      [`${head}<citation/></style>${' '.repeat(1024 * 1024)}`, /larger than 1 MB/],
    ];
    for (const [xml, message] of cases) {
      const result = validateCslStyle(xml);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STYLE_PROBLEM_EN, styleProblemText, validateCslStyle, type StyleProblemCode } from '../../../src/core/citation/validate-style';

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
      if (!result.ok) {
        expect(result.error).toMatch(message);
        // The code and arguments say the same sentence the pages localise.
        expect(styleProblemText(result.problem)).toBe(result.error);
      }
    }
    expect(validateCslStyle(`${head}<citation><layout></citation></style>`)).toMatchObject({ ok: false, problem: { code: 'closesOther', args: ['citation', 'layout'] } });
  });

  it('has each reason in both UI languages, the English one equal to the command line\'s', () => {
    const messages = (lang: string) => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const en = messages('en');
    const zh = messages('zh_CN');
    for (const code of Object.keys(STYLE_PROBLEM_EN) as StyleProblemCode[]) {
      expect(en[`styleProblem_${code}`]?.message, code).toBe(STYLE_PROBLEM_EN[code]);
      const chinese = zh[`styleProblem_${code}`]?.message ?? '';
      expect(chinese, code).toMatch(/[\u4e00-\u9fff]/);
      // The same placeholders, so no tag name is lost in translation.
      expect(chinese.match(/\$\d/g)?.sort() ?? [], code).toEqual(STYLE_PROBLEM_EN[code].match(/\$\d/g)?.sort() ?? []);
    }
  });
});

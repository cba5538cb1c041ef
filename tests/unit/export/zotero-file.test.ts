/**
 * "Send to Zotero": the file is RIS that an independent reader (citation-js's RIS plugin, the
 * parser family Zotero's own RIS import follows) reads as one newspaper article per article,
 * each reporter a person of their own, and every highlight (quote, note, tags) as a note; Zotero
 * makes each N1 a child note of the item (README, "Send to Zotero").
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/core/export/export-formats';
import { latinArticles } from '../../fixtures/citation/latin-articles';
import { sampleBundle } from '../../fixtures/export/sample-bundle';

interface RisRecord {
  type: string;
  title: string;
  /** One string for one AU, a list for several. */
  reporter?: string | string[];
  note?: string | string[];
  'container-title'?: string;
  URL?: string;
}

const read = (ris: string) => plugins.input.chain(ris, { generateGraph: false }) as RisRecord[];

describe('Send to Zotero file', () => {
  it('is RIS with one article-newspaper record per article and the highlights as notes', () => {
    const bundle = sampleBundle();
    const [file] = EXPORT_FORMATS.zotero.build(bundle);
    expect(file.filename).toMatch(/^jianbao-\d{4}-\d{2}-\d{2}-zotero\.ris$/);
    const records = read(file.content);
    expect(records).toHaveLength(4);
    expect(records.every((r) => r.type === 'article-newspaper')).toBe(true);
    const first = records[0];
    expect(first.title).toBe('加快城市运行管理“一网统管”：《荆州市城市运行管理服务平台工作方案》出台');
    expect(first['container-title']).toBe('荆州日报');
    expect(first.reporter).toEqual(['王子瑶', '闵涛', '陈江静']);
    const notes = ([] as string[]).concat(first.note ?? []).join('\n');
    const highlights = bundle.highlights.filter((h) => h.articleId === bundle.articles[0].id);
    expect(highlights.length).toBeGreaterThan(0);
    for (const h of highlights) {
      expect(notes).toContain(`“${h.exact}”`);
      if (h.note.trim()) expect(notes).toContain(h.note.trim().replace(/\s+/g, ' '));
      for (const tag of h.tags) expect(notes).toContain(tag);
    }
  });

  it('names every person once, family first, with particles and suffixes in place', () => {
    const records = read(EXPORT_FORMATS.zotero.build({ articles: latinArticles(), highlights: [], exportedAt: new Date() })[0].content);
    const reporters = records.map((r) => ([] as string[]).concat(r.reporter ?? []));
    expect(reporters).toContainEqual(['van der Berg, Pieter', 'van Beethoven, Ludwig']);
    expect(reporters).toContainEqual(['King, Martin Luther, Jr.']);
    expect(reporters).toContainEqual(['Smith and Wesson Staff']);
  });
});

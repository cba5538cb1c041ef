/**
 * Baseline on a real page: the e-paper text in ../shared/fixtures/seed-page.txt, one `<p>` per
 * printed block with `<br>` at each printed line end. Every line is highlighted, anchored
 * back, and described again; the selectors must come back unchanged. To add a page, put its
 * text next to seed-page.txt and add its name to PAGES.
 */
import { readFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import { anchorInModel, createTextModel, describeInModel, rangeFromSpan } from '../../../src/dom/anchoring/index';

const PAGES = ['seed-page.txt'];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

suite('fixture round trip', () => {
  for (const page of PAGES) {
    it(`describes, anchors and describes again every line of ${page} to the same selectors`, () => {
      const text = readFileSync(`../shared/fixtures/${page}`, 'utf8');
      const blocks = text.split(/\n\s*\n/).filter((b) => b.trim());
      const root = document.createElement('article');
      root.innerHTML = blocks.map((b) => `<p>${b.split('\n').map(escapeHtml).join('<br>')}</p>`).join('\n');
      document.body.replaceChildren(root);
      const model = createTextModel(root);
      let checked = 0;
      let offset = 0;
      for (const line of model.text.split('\n')) {
        const span = { start: offset, end: offset + line.length };
        offset += line.length + 1;
        if (line.trim().length < 2) continue;
        const selectors = describeInModel(model, rangeFromSpan(model, span)!);
        const range = anchorInModel(model, selectors);
        expect(range?.toString().replace(/\s+/g, ' ').trim()).toBe(line.trim());
        expect(describeInModel(model, range!)).toEqual(selectors);
        checked++;
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});

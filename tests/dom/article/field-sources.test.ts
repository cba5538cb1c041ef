/**
 * The confidence table (SOURCE_BASE) and the detector's source priorities name the same
 * sources: a source the detector picks without a base would fall to the default score, and a
 * base no detector produces is a stale promise in the docs (it once listed forum-header and
 * og-description before anything produced them).
 */
import { describe, expect, it } from 'vitest';
import { PRIORITY } from '../../../src/dom/article/detect-article';
import { SOURCE_BASE } from '../../../src/core/article/field-confidence';

// Sources set outside the priority pick: the blog owner fallback, and the body selectors of select-body.ts.
const DIRECT: Record<string, string[]> = { authors: ['site-owner'], body: ['epaper-body', 'scored-blocks', 'scored-blocks-unpruned'] };

describe('field sources', () => {
  for (const [field, bases] of Object.entries(SOURCE_BASE)) {
    it(`${field}: every source the detector picks has a base, and every base is picked`, () => {
      const produced = [...((PRIORITY as Record<string, readonly string[]>)[field] ?? []), ...(DIRECT[field] ?? [])];
      expect(produced.filter((s) => !(s in bases))).toEqual([]);
      expect(Object.keys(bases).filter((s) => !produced.includes(s))).toEqual([]);
    });
  }
});

/**
 * The bounds that messages and import files share (src/core/model-bounds.ts): a timestamp every
 * Date/Intl call accepts, a sentence range of exactly two ordered integers, spans inside the
 * text they cut. Each case is checked at both boundaries: a backup file and a page's message.
 */
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/core/export/backup-format';
import { parseImportFile } from '../../../src/core/import/parse-import-file';
import type { ArticleRecord, Highlight } from '../../../src/core/model';
import { MAX_TIMESTAMP_MS } from '../../../src/core/model-bounds';
import { validateRequest } from '../../../src/messages';

const highlight: Highlight = {
  id: 'h1',
  pageUrl: 'https://example.com/a',
  pageTitle: 'A page',
  exact: 'a quote',
  selectors: [{ type: 'TextQuoteSelector', exact: 'a quote', prefix: '', suffix: '' }],
  color: 'yellow',
  note: '',
  tags: [],
  tokens: [],
  status: 'anchored',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

const article: ArticleRecord = {
  id: 'https://example.com/a',
  url: 'https://example.com/a',
  title: 'A',
  authors: [],
  bodyText: 'One. Two.',
  sentences: [{ start: 0, end: 4 }, { start: 5, end: 9 }],
  sources: {},
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

/** A backup holding one article and one highlight with `changes` applied (raw JSON, so bad values survive). */
function backupWith(h: Record<string, unknown>, a: Record<string, unknown> = {}): string {
  return buildBackup({ highlights: [{ ...highlight, ...h } as Highlight], articles: [{ ...article, ...a } as ArticleRecord], exportedAt: new Date(0) });
}

function importError(text: string): string {
  const result = parseImportFile(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error.detail;
}

/** A popup's undo message carrying the whole stored highlight. */
const restoreMessage = (h: Record<string, unknown>) => {
  const { tokens, ...rest } = { ...highlight, ...h };
  return { type: 'ui-bg:restore-highlight', payload: { highlight: { ...rest, tokens } } };
};

describe('timestamps', () => {
  it.each([
    ['far past the Date range', 9e15],
    ['inside the Date range but past year 9999', Date.UTC(10000, 0, 1)],
    ['negative', -1],
    ['fractional', 1.5],
  ])('refuses a createdAt %s in a backup and in a message', (_label, createdAt) => {
    expect(importError(backupWith({ createdAt }))).toMatch(/highlights\[0\]\.createdAt/);
    expect(validateRequest(restoreMessage({ createdAt }))).toMatchObject({ ok: false, error: { code: 'InvalidMessage' } });
  });

  it('accepts the last moment of year 9999, which formats as ISO text', () => {
    expect(parseImportFile(backupWith({ createdAt: MAX_TIMESTAMP_MS, updatedAt: MAX_TIMESTAMP_MS })).ok).toBe(true);
    expect(new Date(MAX_TIMESTAMP_MS).toISOString()).toBe('9999-12-31T23:59:59.999Z');
    expect(validateRequest(restoreMessage({ createdAt: MAX_TIMESTAMP_MS })).ok).toBe(true);
  });

  it('refuses an article timestamp out of range', () => {
    expect(importError(backupWith({}, { updatedAt: 9e15 }))).toMatch(/articles\[0\]\.updatedAt/);
  });
});

describe('sentence ranges', () => {
  it.each([
    ['three numbers', [1, 2, 3]],
    ['one number', [1]],
    ['reversed', [3, 1]],
    ['fractional', [0, 1.5]],
    ['negative', [-1, 2]],
  ])('refuses %s in a backup and in a message', (_label, sentenceRange) => {
    expect(importError(backupWith({ sentenceRange }))).toMatch(/highlights\[0\]\.sentenceRange/);
    expect(validateRequest(restoreMessage({ sentenceRange }))).toMatchObject({ ok: false });
  });

  it('accepts two ordered integers, equal ones included', () => {
    expect(parseImportFile(backupWith({ sentenceRange: [2, 2] })).ok).toBe(true);
    expect(validateRequest(restoreMessage({ sentenceRange: [0, 4] })).ok).toBe(true);
  });
});

describe('spans and offsets', () => {
  it('refuses an article sentence that ends past its body', () => {
    expect(importError(backupWith({}, { sentences: [{ start: 0, end: 40 }] }))).toMatch(/articles\[0\].*past the end of bodyText/);
  });

  it('refuses a reversed text position in a message and in a backup', () => {
    const selectors = [{ type: 'TextPositionSelector', start: 9, end: 3 }];
    expect(importError(backupWith({ selectors }))).toMatch(/end is before start/);
    const { id, pageUrl, pageTitle, exact, color } = highlight;
    const save = (s: unknown[]) => validateRequest({ type: 'cs-bg:save-highlight', payload: { highlight: { id, pageUrl, pageTitle, exact, color, selectors: s } } });
    expect(save([{ type: 'TextPositionSelector', start: 3, end: 9 }]).ok).toBe(true);
    expect(save(selectors)).toMatchObject({ ok: false, error: { detail: expect.stringMatching(/end is before start/) } });
  });

  it('refuses an offset past the longest text the model stores', () => {
    const selectors = [{ type: 'TextPositionSelector', start: 0, end: 2 ** 40 }];
    expect(importError(backupWith({ selectors }))).toMatch(/selectors/);
  });

  it('refuses a tab id that is not a small non-negative integer', () => {
    expect(validateRequest({ type: 'ui-bg:page-info', payload: { tabId: 2 ** 53 } })).toMatchObject({ ok: false });
    expect(validateRequest({ type: 'ui-bg:page-info', payload: { tabId: 3 } }).ok).toBe(true);
  });
});

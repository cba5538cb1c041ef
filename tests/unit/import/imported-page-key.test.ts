import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../../src/core/import/import-plan';
import { parseImportFile } from '../../../src/core/import/parse-import-file';
import type { Result } from '../../../src/core/errors';
import { canonicalPageUrl } from '../../../src/core/url/canonical-url';

/** The address an annotation was made on, with a tracker and a fragment. */
const RAW = 'https://News.example.com/2024/story.html?utm_source=feed&id=7#comments';
/** The key the page itself reports when it is opened (the loader's page-opened message). */
const PAGE_KEY = canonicalPageUrl('https://news.example.com/2024/story.html?id=7');

function planOf(result: Result<ImportPlan>): ImportPlan {
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

const quote = { type: 'TextQuoteSelector', exact: 'the quote' };

describe('imported annotations are stored under the page key', () => {
  it('W3C: the target source is normalised like the page address', () => {
    const annotation = { type: 'Annotation', id: 'urn:uuid:11111111-1111-4111-8111-111111111111', target: { source: RAW, selector: quote } };
    const [highlight] = planOf(parseImportFile(JSON.stringify(annotation))).highlights;
    expect(PAGE_KEY).toBe('https://news.example.com/2024/story.html?id=7');
    expect(highlight.pageUrl).toBe(PAGE_KEY);
  });

  it('Hypothesis: the uri is normalised like the page address', () => {
    const file = { annotations: [{ id: 'abc', created: '2024-01-01T00:00:00Z', uri: RAW, target: [{ source: RAW, selector: [quote] }] }] };
    const [highlight] = planOf(parseImportFile(JSON.stringify(file))).highlights;
    expect(highlight.pageUrl).toBe(PAGE_KEY);
  });

  it('keeps a source that is not a web address as it is', () => {
    const annotation = { type: 'Annotation', target: { source: 'urn:isbn:9787020002207', selector: quote } };
    expect(planOf(parseImportFile(JSON.stringify(annotation))).highlights[0].pageUrl).toBe('urn:isbn:9787020002207');
  });
});

/** A clipping as the citation formatter and the exports read it (an ArticleRecord with its stored body). */
import type { Clipping } from '../src/core/clippings/clipping';
import type { ArticleRecord } from '../src/core/model';

export function articleOfClipping(clipping: Clipping, bodyText = ''): ArticleRecord {
  const { note: _note, tags: _tags, imageCount: _ic, imageBytes: _ib, imagesSkipped: _is, pageUrl: _p, ...fields } = clipping;
  return { ...fields, bodyText, sentences: [], sources: {} };
}

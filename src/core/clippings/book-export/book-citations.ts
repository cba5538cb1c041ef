/**
 * Each clipping's reference in the reader's style, for the book's exports: rendered by the
 * citation engine (the background's host in the extension, in-process on the command line)
 * before the pure writers run, in requests of at most MAX_REQUEST_ITEMS.
 */
import { cslItem } from '../../citation/csl-item';
import { MAX_REQUEST_ITEMS, type RenderCitations } from '../../citation/citation-request';
import type { ExportBundle } from '../../export/export-bundle';
import { articleOfClipping } from '../clipping';

/** Clipping id → reference text ('references': each item alone, in the items' order). */
export async function bookCitations(bundle: ExportBundle, render: RenderCitations, style: string, ids?: readonly string[]): Promise<Map<string, string>> {
  const set = bundle.clippings;
  if (!set) return new Map();
  const wanted = ids ? new Set(ids) : undefined;
  const chosen = set.clippings.filter((c) => !wanted || wanted.has(c.id));
  const texts = new Map(set.texts.map((t) => [t.id, t.bodyText]));
  const out = new Map<string, string>();
  for (let i = 0; i < chosen.length; i += MAX_REQUEST_ITEMS) {
    const part = chosen.slice(i, i + MAX_REQUEST_ITEMS);
    const items = part.map((c) => cslItem(articleOfClipping(c, texts.get(c.id) ?? ''), new Date(c.createdAt)));
    const cited = await render({ style, format: 'text', kind: 'references', items });
    part.forEach((c, k) => out.set(c.id, cited[k] ?? ''));
  }
  return out;
}

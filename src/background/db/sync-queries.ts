/** What the popup and the book read of sync: the concurrent versions a note conflicts with. */
import { metaKey } from '../../core/sync/record-meta';
import type { JianbaoDb } from './database';

/**
 * Record id → the other versions of its note (only records that have some): a highlight's
 * note (the popup) or a clipping's note on the whole article (the book).
 */
export async function noteConflicts(db: JianbaoDb, ids: string[], kind: 'highlight' | 'clipping' = 'highlight'): Promise<Map<string, string[]>> {
  const metas = await db.syncMeta.bulkGet(ids.map((id) => metaKey(kind, id)));
  const out = new Map<string, string[]>();
  metas.forEach((meta, i) => {
    const versions = meta?.texts.note?.conflicts ?? [];
    if (versions.length) out.set(ids[i], versions.map((version) => version.v));
  });
  return out;
}

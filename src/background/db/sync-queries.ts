/** What the popup reads of sync: the concurrent versions a highlight's note conflicts with. */
import { metaKey } from '../../core/sync/record-meta';
import type { JianbaoDb } from './database';

/** Highlight id → the other versions of its note (only highlights that have some). */
export async function noteConflicts(db: JianbaoDb, ids: string[]): Promise<Map<string, string[]>> {
  const metas = await db.syncMeta.bulkGet(ids.map((id) => metaKey('highlight', id)));
  const out = new Map<string, string[]>();
  metas.forEach((meta, i) => {
    const versions = meta?.texts.note?.conflicts ?? [];
    if (versions.length) out.set(ids[i], versions.map((version) => version.v));
  });
  return out;
}

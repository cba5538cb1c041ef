/** A record written without its search-index entries (schema v6 `indexBacklog`). */
export interface IndexBacklogRow {
  /** `annotations:<id>` or `clippingTexts:<id>`. */
  key: string;
}

/** The tables whose search index a restore defers. */
export type BackloggedTable = 'annotations' | 'clippingTexts';

export function backlogKey(table: BackloggedTable, id: string): string {
  return `${table}:${id}`;
}

/** The table and id of a backlog key; undefined for a key of no known table. */
export function parseBacklogKey(key: string): { table: BackloggedTable; id: string } | undefined {
  const cut = key.indexOf(':');
  const table = key.slice(0, cut);
  if (cut < 0 || (table !== 'annotations' && table !== 'clippingTexts')) return undefined;
  return { table, id: key.slice(cut + 1) };
}

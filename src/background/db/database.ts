/**
 * The Dexie database: the only owner of the schema. Dexie calls stay inside src/background/db/
 * (the popup and options read through the named query functions in queries.ts).
 */
import Dexie, { type Table } from 'dexie';
import type { Clipping, ClippingImage, StoredClippingText } from '../../core/clippings/clipping';
import type { ArticleRecord, Highlight } from '../../core/model';
import type { SyncMeta } from '../../core/sync/record-meta';
import type { SyncStateRow } from '../sync/sync-state';
import { SCHEMA_VERSIONS } from './schema';
import type { IndexBacklogRow } from './index-backlog-row';
import { searchKeysMiddleware } from './search-keys-middleware';

export const DB_NAME = 'jianbao';

export class JianbaoDb extends Dexie {
  annotations!: Table<Highlight, string>;
  articles!: Table<ArticleRecord, string>;
  clippings!: Table<Clipping, string>;
  clippingTexts!: Table<StoredClippingText, string>;
  clippingImages!: Table<ClippingImage, string>;
  syncMeta!: Table<SyncMeta, string>;
  syncState!: Table<SyncStateRow, string>;
  indexBacklog!: Table<IndexBacklogRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
    // Keeps the derived search-index field of highlights filled on writes and hidden on reads.
    this.use(searchKeysMiddleware);
  }
}

let shared: JianbaoDb | undefined;

/** The database of this extension context, opened lazily once. */
export function openDb(name: string = DB_NAME): JianbaoDb {
  if (name !== DB_NAME) return new JianbaoDb(name);
  shared ??= new JianbaoDb(name);
  return shared;
}

/**
 * The append-only list of schema versions of the `jianbao` database. A shipped version is
 * never edited: a change is a new entry naming only the tables it changes, with its own
 * upgrade function (see DESIGN.md, "Data").
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // [pageUrl+createdAt] lists a page's highlights in reading order without a sort;
      // *tags and *tokens are multi-entry indexes for tag filters and full-text search.
      annotations:
        'id, pageUrl, articleId, color, status, createdAt, updatedAt, [pageUrl+createdAt], *tags, *tokens',
      articles: 'id, url, publication, date, updatedAt',
    },
  },
];

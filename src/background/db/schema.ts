/**
 * The append-only list of schema versions of the `jianbao` database. A shipped version is
 * never edited: a change is a new entry naming only the tables it changes, with its own
 * upgrade function (see DESIGN.md, "Data").
 */
import type { Transaction } from 'dexie';
import { SEARCH_KEYS_FIELD, searchKeysFor, type SearchKeySource } from './search-keys';

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
  {
    version: 2,
    stores: {
      // *searchKeys replaces *tokens: the same tokens plus colour and tag, each key ending in
      // the creation time, so a search or filter reads its newest matches straight from the
      // index (see search-keys.ts). The `tokens` field itself stays on the records.
      annotations:
        'id, pageUrl, articleId, color, status, createdAt, updatedAt, [pageUrl+createdAt], *tags, *searchKeys',
    },
    // The keys are also filled by the database middleware on every put; they are set here
    // explicitly so the upgrade does not depend on it.
    upgrade: async (tx) => {
      await tx
        .table('annotations')
        .toCollection()
        .modify((h: SearchKeySource & Record<string, unknown>) => {
          h[SEARCH_KEYS_FIELD] = searchKeysFor(h);
        });
    },
  },
  {
    version: 3,
    stores: {
      // The clipping book (src/core/clippings/clipping.ts). Headings are small so the contents
      // read them all at once; the body and its search tokens, and each image's bytes, live in
      // tables of their own that are read one clipping at a time (or by the token index).
      clippings: 'id, pageUrl, publication, date, createdAt, updatedAt, *tags',
      clippingTexts: 'id, *tokens',
      clippingImages: 'id, clippingId',
    },
    // New tables only: nothing of version 2 changes, so there is nothing to convert.
  },
  {
    version: 4,
    stores: {
      // Sync (docs/architecture/sync.md): per record only its stamps, hashes, the note's
      // version vector and conflicts, the server's revision (not a second copy of the library).
      // `dirty` (0/1) finds what to send, `sid` the record of a server document id.
      syncMeta: 'key, dirty, sid',
      // One row: this device's replica id and clock, the server it syncs with, the changes-feed
      // checkpoint and when the library was last scanned for edits.
      syncState: 'key',
    },
    // New tables only: nothing of version 3 changes.
  },
  {
    version: 5,
    stores: {
      // [publication+date]: the book's first screen reads a paper's edition dates and one day's
      // clippings from this index instead of every heading (clipping-queries.ts bookPreview).
      clippings: 'id, pageUrl, publication, date, createdAt, updatedAt, *tags, [publication+date]',
    },
    // A new index only: IndexedDB builds it over the stored clippings; no record changes.
  },
  {
    version: 6,
    stores: {
      // Records a restore wrote without their search-index entries, to be indexed by a second
      // pass (services/search-index-backlog.ts). `key` is `<table>:<id>` (annotations or
      // clippingTexts), so the pass walks the highlights first and a key names one record.
      indexBacklog: 'key',
    },
    // A new table only: every stored record is indexed already, so the backlog starts empty.
  },
  {
    version: 7,
    stores: {
      // *searchKeys replaces *tokens, as version 2 did for highlights: each token ending in the
      // clipping's creation time, so the book's search reads its newest matches one time window
      // at a time instead of every matching id (clipping-queries.ts clippingSearch).
      clippingTexts: 'id, *searchKeys',
    },
    // The rows get their keys from their tokens and their clipping's creation time; the tokens
    // field goes (the keys hold every token; backups never carried them).
    upgrade: async (tx) => {
      const created = new Map<string, number>();
      await tx.table('clippings').each((c: { id: string; createdAt?: number }) => void created.set(c.id, c.createdAt ?? 0));
      await tx
        .table('clippingTexts')
        .toCollection()
        .modify((row: { id: string; tokens?: string[]; searchKeys?: string[] }) => {
          row.searchKeys = searchKeysFor({ tokens: row.tokens ?? [], createdAt: created.get(row.id) ?? 0 });
          delete row.tokens;
        });
    },
  },
];

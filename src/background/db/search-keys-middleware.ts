/**
 * A Dexie DBCore middleware that keeps the derived `searchKeys` field of highlights right:
 * every add/put (services, imports, upgrades, tests) gets it recomputed from the record, but a
 * restore's put marked `withoutSearchKeys` (indexed later); every read leaves it out, so callers
 * only ever see the Highlight model.
 */
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { SEARCH_KEYS_FIELD, searchKeysFor, type SearchKeySource } from './search-keys';

/** The table whose records carry the field. */
const TABLE = 'annotations';

/**
 * Marks a highlight to be written without its search keys (a restore's first pass: the index
 * entries are most of a restore's cost and are added later, services/search-index-backlog.ts).
 * A symbol, so the mark is never stored (structured clone skips symbol keys) and no record
 * read from anywhere can carry it.
 */
export const WITHOUT_SEARCH_KEYS: unique symbol = Symbol('jianbao.withoutSearchKeys');

/** A copy of a highlight the middleware stores without search keys. */
export function withoutSearchKeys<T extends object>(value: T): T {
  return { ...value, [WITHOUT_SEARCH_KEYS]: true };
}

function withKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if ((value as { [WITHOUT_SEARCH_KEYS]?: boolean })[WITHOUT_SEARCH_KEYS]) {
    const { [WITHOUT_SEARCH_KEYS]: _mark, [SEARCH_KEYS_FIELD]: _keys, ...rest } = value as Record<string | symbol, unknown>;
    return rest;
  }
  return { ...(value as object), [SEARCH_KEYS_FIELD]: searchKeysFor(value as SearchKeySource) };
}

function withoutKeys<T>(value: T): T {
  if (!value || typeof value !== 'object' || !(SEARCH_KEYS_FIELD in value)) return value;
  const { [SEARCH_KEYS_FIELD]: _derived, ...rest } = value as Record<string, unknown>;
  return rest as T;
}

function hideInCursor(cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (!cursor) return cursor;
  // A view of the cursor whose value hides the field. Methods come through the prototype chain
  // (Dexie's own, bound to the real cursor), but `key` and `primaryKey` must be read from the
  // real cursor: in browsers they are IDBCursor getters that throw "Illegal invocation" when
  // called on any other object (anyOf and startsWithAnyOf read `cursor.key` on every step;
  // fake-indexeddb's getters do not check, so only real browsers showed it). Dexie's own cursor
  // middlewares forward the same three properties.
  // The view is remembered per step so repeated reads of `value` see the same object.
  let raw: unknown;
  let view: unknown;
  const value = () => {
    if (cursor.value !== raw) {
      raw = cursor.value;
      view = withoutKeys(raw);
    }
    return view;
  };
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: value },
  }) as DBCoreCursor;
}

function wrapTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: req.values.map(withKeys) }) : table.mutate(req),
    get: async (req) => withoutKeys(await table.get(req)),
    getMany: async (req) => (await table.getMany(req)).map(withoutKeys),
    query: async (req) => {
      const res = await table.query(req);
      return req.values ? { ...res, result: res.result.map(withoutKeys) } : res;
    },
    openCursor: async (req) => (req.values === false ? table.openCursor(req) : hideInCursor(await table.openCursor(req))),
  };
}

/** The middleware; registered once by JianbaoDb. */
export const searchKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'jianbao-search-keys',
  create: (down) => ({ ...down, table: (name) => (name === TABLE ? wrapTable(down.table(name)) : down.table(name)) }),
};

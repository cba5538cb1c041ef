/**
 * A fresh, empty IndexedDB for each test: both the global factory and Dexie's own reference
 * are replaced, so no state leaks between tests.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JianbaoDb } from '../../src/background/db/database';

let counter = 0;

export function freshDb(): JianbaoDb {
  const factory = new IDBFactory();
  (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
  (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange = IDBKeyRange;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  return new JianbaoDb(`jianbao-test-${++counter}`);
}

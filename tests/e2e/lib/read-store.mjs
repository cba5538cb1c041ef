// Runs inside an extension context (service worker or extension page): a raw IndexedDB read of
// one store, independent of the code under test.
export function readStore(store) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('jianbao');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) return resolve([]);
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    };
  });
}

/** A tiny promise wrapper over one IndexedDB object store: enough for journals, nothing more. */
export type KeyValueStore<T> = {
  get: (key: string) => Promise<T | undefined>;
  put: (key: string, value: T) => Promise<void>;
  delete: (key: string) => Promise<void>;
  values: () => Promise<T[]>;
  clear: () => Promise<void>;
};

export function openKeyValueStore<T>(databaseName: string, storeName: string): KeyValueStore<T> {
  let database: Promise<IDBDatabase> | null = null;
  const open = () => {
    database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseName, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(storeName);
      };
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('IndexedDB is not available.'));
      };
    });
    return database;
  };
  const run = async <R>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<R>): Promise<R> => {
    const store = (await open()).transaction(storeName, mode).objectStore(storeName);
    return new Promise<R>((resolve, reject) => {
      const request = action(store);
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('IndexedDB request failed.'));
      };
    });
  };
  return {
    get: (key) => run<T | undefined>('readonly', (store) => store.get(key) as IDBRequest<T | undefined>),
    put: async (key, value) => {
      await run('readwrite', (store) => store.put(value, key));
    },
    delete: async (key) => {
      await run('readwrite', (store) => store.delete(key));
    },
    values: () => run<T[]>('readonly', (store) => store.getAll() as IDBRequest<T[]>),
    clear: async () => {
      await run('readwrite', (store) => store.clear());
    },
  };
}

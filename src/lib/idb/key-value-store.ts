/** A tiny promise wrapper over one IndexedDB object store: enough for journals, nothing more. */
export type KeyValueStore<T> = {
  get: (key: string) => Promise<T | undefined>;
  put: (key: string, value: T) => Promise<void>;
  delete: (key: string) => Promise<void>;
  values: () => Promise<T[]>;
  clear: () => Promise<void>;
};

/** Stores that hold a member's work (journals): emptied when the member signs out or the session ends for good. */
const memberStores: KeyValueStore<unknown>[] = [];

/** Counts the clears: work started before one (a run still ending) must not write its journal back afterwards. */
let memberGeneration = 0;
export const memberStoresGeneration = () => memberGeneration;

/** Empties every store opened with `{ member: true }`; a store that cannot be reached is left as it is. */
export async function clearMemberStores(): Promise<void> {
  memberGeneration += 1;
  await Promise.all(memberStores.map((store) => store.clear().catch(() => undefined)));
}

export function openKeyValueStore<T>(databaseName: string, storeName: string, options: { member?: boolean } = {}): KeyValueStore<T> {
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
  const keyValueStore: KeyValueStore<T> = {
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
  if (options.member) memberStores.push(keyValueStore as KeyValueStore<unknown>);
  return keyValueStore;
}

import { openDB, type IDBPDatabase } from 'idb';
import { TABLE_KEYS, type StorageTable, type WorkspaceAdapter } from '../../core';

const DB_NAME = 'fdl-studio-workspace';
// 2: the executions table.
const DB_VERSION = 2;
type TableName = keyof typeof TABLE_KEYS;

function table(db: IDBPDatabase, name: TableName): StorageTable {
  return {
    get: (key) => db.get(name, key) as Promise<unknown>,
    getAll: () => db.getAll(name) as Promise<unknown[]>,
    put: async (value) => {
      await db.put(name, value);
    },
    delete: (key) => db.delete(name, key),
  };
}

/**
 * The workspace adapter over IndexedDB through `idb`. Rejects when IndexedDB is missing or
 * refuses to open (private mode, blocked upgrade): the caller falls back to memory and says so.
 */
export async function openIdbAdapter(): Promise<WorkspaceAdapter> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available.');
  const db = await openDB(DB_NAME, DB_VERSION, {
    upgrade(up) {
      for (const name of Object.keys(TABLE_KEYS) as TableName[])
        if (!up.objectStoreNames.contains(name))
          up.createObjectStore(name, { keyPath: TABLE_KEYS[name] });
    },
  });
  return {
    workflows: table(db, 'workflows'),
    drafts: table(db, 'drafts'),
    versions: table(db, 'versions'),
    executions: table(db, 'executions'),
    kind: 'indexeddb',
  };
}

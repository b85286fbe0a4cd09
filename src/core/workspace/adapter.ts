/**
 * The storage under the workspace: four tables of plain records. The browser implements it
 * over IndexedDB (`idb`), tests and the no-storage fallback with `createMemoryAdapter`. Reads
 * return `unknown`: records come from disk and are shape-checked by the store.
 */
export interface StorageTable {
  get(key: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  put(value: object): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface WorkspaceAdapter {
  /** Keyed by `id`. */
  workflows: StorageTable;
  /** Keyed by `workflowId`. */
  drafts: StorageTable;
  /** Keyed by `id`. */
  versions: StorageTable;
  /** Simulated executions, keyed by `id` (each carries its `workflowId`). */
  executions: StorageTable;
  /** "indexeddb" or "memory": memory loses everything on reload, the UI says so. */
  kind: 'indexeddb' | 'memory';
}

/** The key field of each table. */
export const TABLE_KEYS = {
  workflows: 'id',
  drafts: 'workflowId',
  versions: 'id',
  executions: 'id',
} as const;

const clone = (v: unknown): unknown =>
  v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown);

function memoryTable(keyField: string): StorageTable {
  const rows = new Map<string, unknown>();
  // Copies in and out: a stored record must not change when the caller mutates its object
  // (records are plain JSON data, as IndexedDB's structured clone would store them).
  return {
    get: (key) => Promise.resolve(rows.has(key) ? clone(rows.get(key)) : undefined),
    getAll: () => Promise.resolve([...rows.values()].map((r) => clone(r))),
    put(value) {
      const key = (value as Record<string, unknown>)[keyField];
      if (typeof key !== 'string') return Promise.reject(new Error(`missing key ${keyField}`));
      rows.set(key, clone(value));
      return Promise.resolve();
    },
    delete(key) {
      rows.delete(key);
      return Promise.resolve();
    },
  };
}

/** An in-memory implementation of the adapter (tests; browsers without IndexedDB). */
export function createMemoryAdapter(): WorkspaceAdapter {
  return {
    workflows: memoryTable(TABLE_KEYS.workflows),
    drafts: memoryTable(TABLE_KEYS.drafts),
    versions: memoryTable(TABLE_KEYS.versions),
    executions: memoryTable(TABLE_KEYS.executions),
    kind: 'memory',
  };
}

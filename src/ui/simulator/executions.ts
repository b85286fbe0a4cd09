import type { RunError, RunStatus } from '../../core';

/** One past execution of a workflow, as the executions list shows it. */
export interface ExecutionRecord {
  /** Unique for the session (execution names may repeat). */
  id: string;
  workflow: string;
  name: string;
  status: RunStatus;
  /** Epoch milliseconds. */
  startTime: number;
  virtualSeconds: number;
  error: RunError | null;
}

/**
 * Where executions are kept. The default lives in memory for the session; the workspace can
 * install one that persists them with the workflow (`setExecutionStore`).
 */
export interface ExecutionStore {
  list(workflow: string): readonly ExecutionRecord[];
  /** Adds or replaces (same id) a record. */
  put(record: ExecutionRecord): void;
  subscribe(listener: () => void): () => void;
}

/** An in-memory ExecutionStore (newest first). */
export function createMemoryExecutionStore(): ExecutionStore {
  let records: ExecutionRecord[] = [];
  const cache = new Map<string, readonly ExecutionRecord[]>();
  const listeners = new Set<() => void>();
  return {
    list(workflow) {
      // A stable array per workflow between changes (useSyncExternalStore needs it).
      let l = cache.get(workflow);
      if (!l) {
        l = records.filter((r) => r.workflow === workflow);
        cache.set(workflow, l);
      }
      return l;
    },
    put(record) {
      const i = records.findIndex((r) => r.id === record.id);
      records = i >= 0 ? records.map((r, j) => (j === i ? record : r)) : [record, ...records];
      cache.clear();
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let current: ExecutionStore = createMemoryExecutionStore();

/** The page's execution store. */
export function executionStore(): ExecutionStore {
  return current;
}

/** Installs another store (the workspace's persistent one). */
export function setExecutionStore(store: ExecutionStore): void {
  current = store;
}
